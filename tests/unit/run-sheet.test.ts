import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { agendaOf, agendaParts, formatClock, parseClock, scheduleAgenda, type CoursePage } from '../../src/plugins/run-sheet/agenda.ts';
import { runSheetCourse } from '../../src/plugins/run-sheet/course.ts';
import { plannedSections } from '../../src/plugins/run-sheet/page-sections.ts';
import { choosePart, decodeSelection, dropPart, encodeSelection, movePart, type Selection } from '../../src/plugins/run-sheet/selection.ts';
import { sectionsOfSource } from '../../src/plugins/study/lab-links.ts';

const sources = { id: 'sources', title: '出典' };
const frontmatterDuration = (source: string) => Number(/^duration:\s*(\d+)\s*$/m.exec(source)![1]);

// --- Sections and minutes from the MDX source ----------------------------------------------------------------

test('plannedSections: minutes from <SpeakerNotes>, the rest shared evenly as in planSlides', () => {
	const source = [
		'---',
		'title: T',
		'duration: 12',
		'---',
		'Lead <SpeakerNotes minutes={1} />',
		'## 仕組み {#how}',
		'<SpeakerNotes minutes={3}>',
		'text',
		'</SpeakerNotes>',
		'<SpeakerNotes minutes="2" />',
		'## `aws ssm` の**例** {#example}',
		'```mdx',
		'## 見出しの例 {#not-a-section}',
		'<SpeakerNotes minutes={9} />',
		'```',
		'## [料金](/pricing/) {#pricing}',
		'<SpeakerNotes>no minutes</SpeakerNotes>',
	].join('\n');
	// 12 − 1 (before the first section) − 5 planned = 6 for `example`, `pricing` and 出典: 2 each.
	assert.deepEqual(plannedSections(source, 12, [sources]), [
		{ id: 'how', title: '仕組み', minutes: 5 },
		{ id: 'example', title: 'aws ssm の例', minutes: 2 },
		{ id: 'pricing', title: '料金', minutes: 2 },
		{ id: 'sources', title: '出典', minutes: 2 },
	]);
});

test('plannedSections: minutes are rounded like the agenda slide, and never negative', () => {
	const source = '## A {#a}\n\n## B {#b}\n\n## C {#c}\n';
	assert.deepEqual(plannedSections(source, 10).map((section) => section.minutes), [3, 3, 3]);
	assert.deepEqual(plannedSections('## A {#a}\n<SpeakerNotes minutes={8} />\n## B {#b}\n', 5).map((section) => section.minutes), [8, 0]);
});

test('a real page that plans all its time: section minutes sum to its duration and every H2 is listed', () => {
	for (const file of ['src/content/docs/session-manager.mdx', 'src/content/docs/en/labs/run-command.mdx']) {
		const source = readFileSync(file, 'utf8');
		const duration = frontmatterDuration(source);
		const sections = plannedSections(source, duration, [sources]);
		const h2Ids = [...sectionsOfSource(source).keys()].filter((id) => new RegExp(`^## .*\\{#${id}\\}`, 'm').test(source));
		assert.deepEqual(sections.map((section) => section.id), [...h2Ids, 'sources'], file);
		assert.equal(sections.reduce((sum, section) => sum + section.minutes, 0), duration, file);
		assert.equal(sections.at(-1)!.minutes, 0, `${file}: nothing left for 出典`);
		assert.ok(sections.every((section) => section.id === 'sources' || section.minutes > 0), file);
	}
});

test('runSheetCourse: the edition’s pages in reading order, tools of the site left out, 出典 only when timed', () => {
	const entries = [
		{ id: 'session-manager', body: '## A {#a}\n<SpeakerNotes minutes={4} />\n', data: { title: 'Session Manager', duration: 4 } },
		{ id: 'en/session-manager', body: '## A {#a}\n<SpeakerNotes minutes={4} />\n', data: { title: 'Session Manager (en)', duration: 4 } },
		{ id: 'glossary', body: '## X {#x}\n', data: { title: '用語集', duration: 10 } },
		{ id: 'run-sheet', body: '## Y {#y}\n', data: { title: '進行表', duration: 5, kind: 'site' } },
	];
	const course = runSheetCourse(['glossary', 'run-sheet', 'settings', 'session-manager'], entries, 'ja', (slug) => `/base/${slug}/`, [sources]);
	assert.deepEqual(course, [
		{ slug: 'glossary', title: '用語集', minutes: 10, href: '/base/glossary/', sections: [{ id: 'x', title: 'X', minutes: 5 }, { id: 'sources', title: '出典', minutes: 5 }] },
		{ slug: 'session-manager', title: 'Session Manager', minutes: 4, href: '/base/session-manager/', sections: [{ id: 'a', title: 'A', minutes: 4 }] },
	]);
	assert.deepEqual(runSheetCourse(['session-manager'], entries, 'en', (slug) => `/en/${slug}/`).map((page) => page.title), ['Session Manager (en)']);
});

// --- The agenda ----------------------------------------------------------------------------------------------

test('parseClock and formatClock: 24-hour HH:MM, wrapping past midnight', () => {
	assert.equal(parseClock('13:30'), 810);
	assert.equal(parseClock('00:00'), 0);
	assert.equal(parseClock('23:59'), 1439);
	for (const bad of ['24:00', '9:30', '12:60', '', 'noon']) assert.equal(parseClock(bad), undefined, bad);
	assert.equal(formatClock(810), '13:30');
	assert.equal(formatClock(1470), '00:30');
	assert.equal(formatClock(-10), '23:50');
});

const course: CoursePage[] = [
	{
		slug: 'session-manager',
		title: 'Session Manager',
		minutes: 16,
		href: '/ssm-guide/session-manager/',
		sections: [
			{ id: 'why', title: '何が変わるのか', minutes: 2 },
			{ id: 'port-forwarding', title: 'ポート転送', minutes: 3 },
		],
	},
	{ slug: 'run-command', title: 'Run Command', minutes: 21, href: '/ssm-guide/run-command/', sections: [{ id: 'rate-control', title: 'レート制御', minutes: 2 }] },
];
const labels = { breakTitle: '休憩', pageSection: (page: string, section: string) => `${page} — ${section}` };

test('agendaOf: parts in order with clock times, total and end; breaks are parts of their own', () => {
	const selection: Selection = {
		date: '',
		start: '13:30',
		parts: [
			{ kind: 'page', page: 'session-manager', section: 'port-forwarding', presenter: '田中' },
			{ kind: 'break', minutes: 10 },
			{ kind: 'page', page: 'run-command', section: '', presenter: '' },
		],
	};
	const agenda = agendaOf(selection, course, labels);
	assert.deepEqual(
		agenda.rows.map(({ title, minutes, presenter, start, end, presentHref }) => [start, end, title, minutes, presenter, presentHref]),
		[
			['13:30', '13:33', 'Session Manager — ポート転送', 3, '田中', '/ssm-guide/session-manager/?present#port-forwarding'],
			['13:33', '13:43', '休憩', 10, '', undefined],
			['13:43', '14:04', 'Run Command', 21, '', '/ssm-guide/run-command/?present'],
		]
	);
	assert.equal(agenda.totalMinutes, 34);
	assert.equal(agenda.end, '14:04');
});

test('scheduleAgenda: a late session crosses midnight; no parts ends when it starts', () => {
	const parts = agendaParts([{ kind: 'page', page: 'run-command', section: '', presenter: '' }, { kind: 'break', minutes: 15 }], course, labels);
	const agenda = scheduleAgenda(parts, '23:50');
	assert.deepEqual(agenda.rows.map((row) => `${row.start}-${row.end}`), ['23:50-00:11', '00:11-00:26']);
	assert.equal(agenda.end, '00:26');
	assert.deepEqual(scheduleAgenda([], '09:00'), { rows: [], totalMinutes: 0, start: '09:00', end: '09:00' });
});

test('agendaParts leaves out what the course does not have', () => {
	const parts = agendaParts([{ kind: 'page', page: 'gone', section: '', presenter: '' }, { kind: 'page', page: 'run-command', section: 'gone', presenter: '' }], course, labels);
	assert.deepEqual(parts, []);
});

// --- URL state -----------------------------------------------------------------------------------------------

const isKnown = (page: string, section: string) => course.some((p) => p.slug === page && (!section || p.sections.some((s) => s.id === section)));

test('encodeSelection writes the documented, wiki-readable query', () => {
	const selection: Selection = {
		date: '2026-12-10',
		start: '13:30',
		parts: [
			{ kind: 'page', page: 'session-manager', section: 'port-forwarding', presenter: '田中' },
			{ kind: 'page', page: 'run-command', section: '', presenter: '' },
			{ kind: 'break', minutes: 10 },
			{ kind: 'page', page: 'session-manager', section: 'why', presenter: '' },
		],
	};
	assert.equal(
		encodeSelection(selection),
		'?date=2026-12-10&start=13:30&part=session-manager:port-forwarding:%E7%94%B0%E4%B8%AD&part=run-command&part=break:10&part=session-manager:why'
	);
	assert.equal(encodeSelection({ date: '', start: '09:00', parts: [] }), '?start=09:00');
});

test('decodeSelection(encodeSelection(x)) is x, Japanese and awkward presenter names included', () => {
	const names = ['田中 太郎', 'a:b:c', '50% & more+1', '  ', '佐藤／鈴木?#'];
	const selection: Selection = {
		date: '2026-01-31',
		start: '23:45',
		parts: [
			...names.map((presenter, index) =>
				index === 0
					? { kind: 'page' as const, page: 'run-command', section: '', presenter }
					: { kind: 'page' as const, page: 'session-manager', section: index === 1 ? 'why' : 'port-forwarding', presenter }
			).slice(0, 3),
			{ kind: 'break', minutes: 5 },
		],
	};
	const decoded = decodeSelection(encodeSelection(selection), isKnown);
	assert.deepEqual(decoded, selection);
	// Also when a wiki or browser re-encodes the separators.
	assert.deepEqual(decodeSelection(new URLSearchParams(encodeSelection(selection).slice(1)).toString(), isKnown), selection);
	for (const presenter of names) {
		const one: Selection = { date: '', start: '10:00', parts: [{ kind: 'page', page: 'run-command', section: 'rate-control', presenter }] };
		assert.deepEqual(decodeSelection(encodeSelection(one), isKnown), one, presenter);
	}
});

test('decodeSelection ignores unknown pages and sections, malformed parts and overlaps, without throwing', () => {
	const decoded = decodeSelection(
		'?start=25:00&date=2026-13-01&part=nope&part=session-manager:nope:x&part=run-command&part=run-command:rate-control' +
			'&part=break:0&part=break:abc&part=break:10:x&part=break:999&part=../etc&part=&part=%E0%A4%A&part=session-manager:why&part=session-manager:why',
		isKnown
	);
	assert.deepEqual(decoded, {
		date: '',
		start: '13:30',
		parts: [
			{ kind: 'page', page: 'run-command', section: '', presenter: '' },
			{ kind: 'page', page: 'session-manager', section: 'why', presenter: '' },
		],
	});
	assert.deepEqual(decodeSelection('', isKnown), { date: '', start: '13:30', parts: [] });
});

test('choosePart keeps reading order around breaks and replaces overlapping parts; dropPart and movePart', () => {
	const order = (page: string, section: string) => {
		const index = course.findIndex((p) => p.slug === page);
		return index * 100 + (section ? course[index]!.sections.findIndex((s) => s.id === section) + 1 : 0);
	};
	let parts = choosePart([], 'run-command', '', order);
	parts = choosePart(parts, 'session-manager', 'port-forwarding', order);
	parts = [...parts, { kind: 'break', minutes: 10 }];
	parts = choosePart(parts, 'session-manager', 'why', order);
	const keys = (list: typeof parts) => list.map((p) => (p.kind === 'break' ? `break:${p.minutes}` : `${p.page}:${p.section}`));
	assert.deepEqual(keys(parts), ['session-manager:why', 'session-manager:port-forwarding', 'run-command:', 'break:10']);
	assert.deepEqual(keys(choosePart(parts, 'session-manager', '', order)), ['session-manager:', 'run-command:', 'break:10']);
	assert.deepEqual(keys(choosePart(parts, 'run-command', 'rate-control', order)), ['session-manager:why', 'session-manager:port-forwarding', 'break:10', 'run-command:rate-control']);
	assert.deepEqual(keys(dropPart(parts, 'session-manager', 'why')), ['session-manager:port-forwarding', 'run-command:', 'break:10']);
	assert.deepEqual(keys(movePart(parts, 3, -2)), ['session-manager:why', 'break:10', 'session-manager:port-forwarding', 'run-command:']);
	assert.deepEqual(keys(movePart(parts, 0, -1)), keys(parts));
});
