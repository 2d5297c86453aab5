import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	agendaItems,
	clampSlideIndex,
	generatedSlide,
	lineRange,
	formatTime,
	planSlides,
	presentationUrl,
	progressPercent,
	readingUrl,
	slideIndexForHash,
	timerReadout,
	type ContentBlock,
	type Slide,
} from '../../src/plugins/presentation/runtime/slides.ts';

/** Blocks stand for elements by name; `contains` lists the ids inside each (what the DOM would answer). */
const section = (id: string, title = id): ContentBlock<string> => ({ element: `h2#${id}`, heading: { id, title }, notes: [] });
const paragraph = (name: string, notes: ContentBlock<string>['notes'] = []): ContentBlock<string> => ({
	element: name,
	heading: undefined,
	notes,
});
const note = (minutes: number, text: string) => ({
	minutes,
	html: `<p class="speaker-notes__label">スピーカーノート${minutes ? `（${minutes}分）` : ''}</p><p>${text}</p>`,
});

const ids = (slides: Slide<string>[]) => slides.map((slide) => slide.id);

test('the title slide comes first and keeps the content before the first section', () => {
	const slides = planSlides([paragraph('title-slide'), paragraph('lead'), section('why', 'なぜ'), paragraph('why-text')], 'Session Manager', 0);
	assert.deepEqual(ids(slides), ['', 'why']);
	assert.deepEqual(slides[0], { id: '', title: 'Session Manager', elements: ['title-slide', 'lead'], minutes: 0, notesHtml: '', points: undefined, prose: [] });
	assert.deepEqual(slides[1]?.elements, ['h2#why', 'why-text']);
	assert.equal(slides[1]?.title, 'なぜ');
});

test('each section heading starts one slide, in page order', () => {
	const slides = planSlides([section('a'), paragraph('a1'), paragraph('a2'), section('b'), section('c'), paragraph('c1')], 'Page', 0);
	assert.deepEqual(ids(slides), ['', 'a', 'b', 'c']);
	assert.deepEqual(
		slides.map((slide) => slide.elements),
		[[], ['h2#a', 'a1', 'a2'], ['h2#b'], ['h2#c', 'c1']]
	);
});

test('a page without sections is just the title slide', () => {
	const slides = planSlides([paragraph('only')], 'Page', 10);
	assert.deepEqual(ids(slides), ['']);
	assert.equal(slides[0]?.minutes, 0);
});

test('speaker notes give a slide its minutes and its notes, without their label', () => {
	const slides = planSlides([section('a'), paragraph('a1', [note(3, 'first'), note(2, 'second')]), section('b')], 'Page', 0);
	assert.equal(slides[1]?.minutes, 5);
	assert.equal(slides[1]?.notesHtml, '<p>first</p><p>second</p>');
	assert.equal(slides[2]?.notesHtml, '');
});

test('sections without planned minutes share evenly what the page duration leaves', () => {
	const slides = planSlides(
		[paragraph('lead', [note(1, 'intro')]), section('a'), paragraph('a1', [note(4, 'a')]), section('b'), section('c')],
		'Page',
		15
	);
	// 15 − (1 on the title slide + 4 on a) = 10, over b and c.
	assert.deepEqual(
		slides.map((slide) => slide.minutes),
		[1, 4, 5, 5]
	);
	// A note that plans no minutes leaves its section unplanned.
	const unplannedNote = planSlides([section('a'), paragraph('a1', [note(0, 'x')]), section('b')], 'Page', 9);
	assert.deepEqual(
		unplannedNote.map((slide) => slide.minutes),
		[0, 4.5, 4.5]
	);
});

test('shares are never negative, and nothing is divided when every section is planned', () => {
	const overPlanned = planSlides([section('a'), paragraph('a1', [note(20, 'long')]), section('b')], 'Page', 10);
	assert.deepEqual(
		overPlanned.map((slide) => slide.minutes),
		[0, 20, 0]
	);
	const noDuration = planSlides([section('a'), section('b')], 'Page', 0);
	assert.deepEqual(
		noDuration.map((slide) => slide.minutes),
		[0, 0, 0]
	);
	const allPlanned = planSlides([section('a'), paragraph('a1', [note(3, 'x')])], 'Page', 10);
	assert.deepEqual(
		allPlanned.map((slide) => slide.minutes),
		[0, 3]
	);
	for (const slides of [overPlanned, noDuration, allPlanned]) {
		for (const slide of slides) assert.ok(Number.isFinite(slide.minutes) && slide.minutes >= 0, `${slide.id}: ${slide.minutes}`);
	}
});

test('a hash finds its section, the slide holding a sub-section id, else the title slide', () => {
	const slides = planSlides([paragraph('lead'), section('why'), paragraph('why-text'), section('port-forwarding'), paragraph('rdp')], 'Page', 0);
	const contains: Record<string, string[]> = { rdp: ['rdp-batch', 'remote-host'], lead: ['intro-term'] };
	const holds = (element: string, id: string) => contains[element]?.includes(id) ?? false;
	assert.equal(slideIndexForHash(slides, '', holds), 0);
	assert.equal(slideIndexForHash(slides, '#', holds), 0);
	assert.equal(slideIndexForHash(slides, '#why', holds), 1);
	assert.equal(slideIndexForHash(slides, 'port-forwarding', holds), 2);
	assert.equal(slideIndexForHash(slides, '#rdp-batch', holds), 2);
	assert.equal(slideIndexForHash(slides, '#intro-term', holds), 0);
	assert.equal(slideIndexForHash(slides, '#nowhere', holds), 0);
	// Hashes arrive percent-encoded (Japanese slugs).
	const japanese = planSlides([section('料金')], 'Page', 0);
	assert.equal(slideIndexForHash(japanese, `#${encodeURIComponent('料金')}`, holds), 1);
});

test('an index is kept within the deck', () => {
	assert.equal(clampSlideIndex(-1, 5), 0);
	assert.equal(clampSlideIndex(2, 5), 2);
	assert.equal(clampSlideIndex(9, 5), 4);
});

test('URLs: the audience and presenter address of a slide, and the reading view to return to', () => {
	assert.equal(presentationUrl('/session-manager/', '', false), '/session-manager/?present');
	assert.equal(presentationUrl('/session-manager/', 'pricing', false), '/session-manager/?present#pricing');
	assert.equal(presentationUrl('/ssm-guide/session-manager/', 'pricing', true), '/ssm-guide/session-manager/?present=presenter#pricing');
	assert.equal(presentationUrl('/session-manager/', '', true), '/session-manager/?present=presenter');
	assert.equal(readingUrl('/session-manager/', 'pricing'), '/session-manager/#pricing');
	assert.equal(readingUrl('/session-manager/', ''), '/session-manager/');
});

test('the progress bar runs from 0 on the title slide to 100 on the last', () => {
	assert.equal(progressPercent(0, 5), 0);
	assert.equal(progressPercent(1, 5), 25);
	assert.equal(progressPercent(4, 5), 100);
	assert.equal(progressPercent(0, 1), 100);
});

test('times show as m:ss, rounded down and never negative', () => {
	assert.equal(formatTime(0), '0:00');
	assert.equal(formatTime(999), '0:00');
	assert.equal(formatTime(61_000), '1:01');
	assert.equal(formatTime(20 * 60_000), '20:00');
	assert.equal(formatTime(125 * 60_000 + 9_500), '125:09');
	assert.equal(formatTime(-5_000), '0:00');
});

test('the timer reads elapsed and planned time and is over only past a planned time', () => {
	const start = Date.UTC(2026, 11, 1, 10);
	const at = (minutes: number, slideMinutes: number, pageDuration = 16) =>
		timerReadout({ now: start + minutes * 60_000, startedAt: start, slideStartedAt: start, slideMinutes, pageDuration });
	assert.deepEqual(at(0, 2), { elapsed: '0:00', total: '16:00', slideTime: '0:00 / 2:00', isOver: false });
	assert.equal(at(2, 2).isOver, false);
	assert.deepEqual(at(20, 2), { elapsed: '20:00', total: '16:00', slideTime: '20:00 / 2:00', isOver: true });
	// An even share can be a fraction of a minute.
	assert.equal(at(0, 16 / 3).slideTime, '0:00 / 5:20');
	// No plan: dashes, and never over.
	assert.deepEqual(at(90, 0, 0), { elapsed: '90:00', total: '–', slideTime: '90:00 / –', isOver: false });
	// The slide clock starts with the slide, the elapsed clock with the presentation.
	const later = timerReadout({ now: start + 5 * 60_000, startedAt: start, slideStartedAt: start + 4 * 60_000, slideMinutes: 3, pageDuration: 16 });
	assert.deepEqual(later, { elapsed: '5:00', total: '16:00', slideTime: '1:00 / 3:00', isOver: false });
});

const points = (figure = false, steps = 0): ContentBlock<string> => ({ element: 'points', heading: undefined, notes: [], points: { figure, steps } });

test('a section with a <Slide> shows heading and points; its prose becomes the presenter\'s notes', () => {
	const figure: ContentBlock<string> = { element: 'figure', heading: undefined, notes: [], figure: true };
	const notesBlock: ContentBlock<string> = { element: 'notes', heading: undefined, notes: [note(2, 'say this')], notesOnly: true };
	const slides = planSlides(
		[paragraph('title-slide'), paragraph('lead'), section('a'), points(), paragraph('a1'), figure, notesBlock, section('b'), paragraph('b1')],
		'Page',
		10
	);
	assert.deepEqual(slides[1]?.points, { figure: false, steps: 0 });
	assert.deepEqual(slides[1]?.prose, ['a1', 'figure']);
	assert.equal(slides[1]?.minutes, 2);
	assert.equal(slides[1]?.notesHtml, '<p>say this</p>');
	// A section without one stays as it was; the title slide keeps only the title once the deck uses points.
	assert.deepEqual(slides[2]?.prose, []);
	assert.deepEqual(slides[0]?.prose, ['lead']);
});

test('with figure, the section\'s first figure stays on the slide; with steps, the count of points to reveal', () => {
	const figure: ContentBlock<string> = { element: 'figure', heading: undefined, notes: [], figure: true };
	const second: ContentBlock<string> = { element: 'figure-2', heading: undefined, notes: [], figure: true };
	const slides = planSlides([section('a'), points(true, 3), paragraph('a1'), figure, second], 'Page', 0);
	assert.deepEqual(slides[1]?.prose, ['a1', 'figure-2']);
	assert.equal(slides[1]?.points?.steps, 3);
});

test('the agenda lists the sections with rounded minutes, not the slides the runtime adds', () => {
	const slides = planSlides([section('a', 'A'), paragraph('a1', [note(3, 'x')]), section('b', 'B')], 'Page', 10);
	slides.push(generatedSlide('b-q1', 'Q1', 'quiz'));
	assert.deepEqual(agendaItems(slides), [
		{ title: 'A', minutes: 3 },
		{ title: 'B', minutes: 7 },
	]);
});

test('a slide code range reads as 1-based inclusive lines; anything else is no range', () => {
	assert.deepEqual(lineRange('2'), { from: 2, to: 2 });
	assert.deepEqual(lineRange('3-8'), { from: 3, to: 8 });
	for (const value of [undefined, '', '0', '5-3', 'a-b', '2,4']) assert.equal(lineRange(value), undefined, String(value));
});

test('with a code range, the section\'s first code block stays on the slide', () => {
	const code: ContentBlock<string> = { element: 'code', heading: undefined, notes: [], code: true };
	const slides = planSlides(
		[section('a'), { element: 'points', heading: undefined, notes: [], points: { figure: false, steps: 0, codeLines: { from: 2, to: 2 } } }, paragraph('a1'), code],
		'Page',
		0
	);
	assert.deepEqual(slides[1]?.prose, ['a1']);
});
