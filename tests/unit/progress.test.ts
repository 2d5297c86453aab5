import assert from 'node:assert/strict';
import { test } from 'node:test';
import { courseOf, minutesByPage } from '../../src/plugins/progress/course.ts';
import { emptyProgress, parseProgress, progressKey, setDone, summarise } from '../../src/plugins/progress/progress-state.ts';
import { pageOrder, sidebar } from '../../src/sidebar.ts';

test('progressKey separates sites (base paths) and editions', () => {
	assert.equal(progressKey('/', 'ja'), '/:progress:ja');
	assert.notEqual(progressKey('/ssm-guide/', 'ja'), progressKey('/', 'ja'));
	assert.notEqual(progressKey('/', 'en'), progressKey('/', 'ja'));
});

test('parseProgress reads what setDone wrote and treats anything else as no progress', () => {
	const state = setDone(setDone(emptyProgress, 'session-manager', true), 'labs/run-command', true);
	assert.deepEqual(parseProgress(JSON.stringify(state)), { done: ['session-manager', 'labs/run-command'] });
	for (const stored of [null, '', 'not json', '[]', '{"done":"x"}', '42']) assert.deepEqual(parseProgress(stored), emptyProgress, String(stored));
	assert.deepEqual(parseProgress('{"done":["a",1,"a",null,"b"]}'), { done: ['a', 'b'] });
});

test('setDone marks and unmarks without duplicates', () => {
	const marked = setDone(setDone(emptyProgress, 'a', true), 'a', true);
	assert.deepEqual(marked.done, ['a']);
	assert.deepEqual(setDone(marked, 'a', false).done, []);
	assert.deepEqual(setDone(marked, 'b', false).done, ['a']);
});

test('summarise counts done pages and the minutes left, ignoring marks of pages no longer in the course', () => {
	const minutes = { overview: 10, 'session-manager': 16, practice: 20 };
	assert.deepEqual(summarise(minutes, emptyProgress), { done: 0, total: 3, remainingMinutes: 46, totalMinutes: 46 });
	assert.deepEqual(summarise(minutes, { done: ['session-manager', 'removed-page'] }), { done: 1, total: 3, remainingMinutes: 30, totalMinutes: 46 });
	assert.deepEqual(summarise(minutes, { done: ['overview', 'session-manager', 'practice'] }).remainingMinutes, 0);
});

test('courseOf follows the sidebar, in the edition’s own titles, leaves out the site’s own pages and stops on a slug without a page', () => {
	const entry = (id: string, title: string, duration: number, pricing?: string) => ({ id, data: { title, duration, kind: pricing ? 'tool' : 'guide', pricing: pricing ? { model: pricing } : undefined } });
	const groups = [
		{ label: 'はじめに', translations: { en: 'Getting started' }, items: ['overview'] },
		{ label: 'ノードツール', translations: { en: 'Node tools' }, items: ['session-manager', 'run-sheet'] },
		{ label: 'ホーム' },
	];
	const runSheet = (id: string) => ({ id, data: { title: '進行表', duration: 5, kind: 'site' } });
	const entries = [entry('overview', '全体像', 10), entry('session-manager', 'Session Manager', 16, 'conditional'), runSheet('run-sheet'), entry('en/overview', 'Overview', 10), entry('en/session-manager', 'Session Manager', 15, 'conditional'), runSheet('en/run-sheet')];
	const ja = courseOf(groups, entries, 'ja');
	assert.deepEqual(ja.map((group) => group.label), ['はじめに', 'ノードツール']);
	assert.deepEqual(ja.map((group) => group.id), ['course-getting-started', 'course-node-tools']);
	assert.deepEqual(ja[1]!.pages, [{ slug: 'session-manager', title: 'Session Manager', minutes: 16, kind: 'tool', pricing: 'conditional' }]);
	assert.deepEqual(minutesByPage(courseOf(groups, entries, 'en')), { overview: 10, 'session-manager': 15 });
	assert.throws(() => courseOf(groups, entries.slice(0, 2), 'ja'), /src\/sidebar\.ts: "run-sheet" has no page in the ja edition/);
});

test('the real sidebar gives a course in the reading order of pageOrder', () => {
	const entries = pageOrder.map((slug) => ({ id: slug, data: { title: slug, duration: 5 } }));
	assert.deepEqual(courseOf(sidebar, entries, 'ja').flatMap((group) => group.pages.map((page) => page.slug)), pageOrder);
});
