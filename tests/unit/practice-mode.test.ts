import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMode, parseStoredScore, scoreStorageKey, searchForMode, serialiseScore, summariseByPage, tally, type GradedQuestion } from '../../src/plugins/study/practice-mode.ts';
import { quizSectionTitle } from '../../src/plugins/study/quiz-sections.ts';

const pages = ['session-manager', 'run-command'];

test('parseMode reads the order and the page from a shared URL; anything unknown means the whole test, shuffled', () => {
	assert.deepEqual(parseMode('', pages), { order: 'shuffled', page: null });
	assert.deepEqual(parseMode('?order=fixed&page=session-manager', pages), { order: 'fixed', page: 'session-manager' });
	assert.deepEqual(parseMode('?page=run-command', pages), { order: 'shuffled', page: 'run-command' });
	assert.deepEqual(parseMode('?order=random&page=no-such-page', pages), { order: 'shuffled', page: null });
	assert.deepEqual(parseMode('?order=FIXED&page=', pages), { order: 'shuffled', page: null });
});

test('searchForMode writes only what differs from the default and keeps other parameters', () => {
	assert.equal(searchForMode('', { order: 'shuffled', page: null }), '');
	assert.equal(searchForMode('', { order: 'fixed', page: 'session-manager' }), '?order=fixed&page=session-manager');
	assert.equal(searchForMode('?order=fixed&page=run-command', { order: 'shuffled', page: null }), '');
	assert.equal(searchForMode('?present&page=run-command', { order: 'fixed', page: null }), '?present=&order=fixed');
	// What it writes, parseMode reads back.
	const mode = { order: 'fixed', page: 'run-command' } as const;
	assert.deepEqual(parseMode(searchForMode('?x=1', mode), pages), mode);
});

test('tally counts right, wrong and unanswered apart', () => {
	const results = ['right', 'wrong', 'unanswered', 'unanswered', 'right'] as const;
	assert.deepEqual(tally(results.map((result) => ({ page: 'a', section: 's', result }))), { right: 2, wrong: 1, unanswered: 2, total: 5 });
	assert.deepEqual(tally([]), { right: 0, wrong: 0, unanswered: 0, total: 0 });
});

test('summariseByPage scores each page in question order and sends only wrong answers to review, one link per section', () => {
	const question = (id: number, page: string, section: string, result: GradedQuestion['result']) => ({ id, page, section, result });
	const questions = [
		question(1, 'session-manager', 'how-it-works', 'wrong'),
		question(2, 'session-manager', 'rdp-batch', 'right'),
		question(3, 'session-manager', 'how-it-works', 'wrong'),
		question(4, 'session-manager', 'logging', 'unanswered'),
		question(5, 'run-command', 'rate-control', 'unanswered'),
		question(6, 'run-command', 'targets', 'wrong'),
	];
	const summary = summariseByPage(questions);
	assert.deepEqual(
		summary.map(({ page, right, wrong, unanswered, total }) => ({ page, right, wrong, unanswered, total })),
		[
			{ page: 'session-manager', right: 1, wrong: 2, unanswered: 1, total: 4 },
			{ page: 'run-command', right: 0, wrong: 1, unanswered: 1, total: 2 },
		]
	);
	assert.deepEqual(
		summary.map(({ review }) => review.map(({ section, questions }) => [section, questions.map(({ id }) => id)])),
		[[['how-it-works', [1, 3]]], [['targets', [6]]]]
	);
});

test('the last score is kept per edition and per page, apart from the whole test', () => {
	assert.equal(scoreStorageKey('ja', null), 'ssm-guide:practice:last-score:ja'); // the key earlier versions wrote
	assert.equal(scoreStorageKey('ja', 'session-manager'), 'ssm-guide:practice:last-score:ja:session-manager');
	assert.notEqual(scoreStorageKey('en', null), scoreStorageKey('ja', null));
});

test('parseStoredScore reads what serialiseScore wrote and the plain score of earlier versions; anything else is no score', () => {
	const score = { right: 3, total: 40, unanswered: 35 };
	assert.deepEqual(parseStoredScore(serialiseScore(score)), score);
	assert.deepEqual(parseStoredScore('31 / 40'), { right: 31, total: 40, unanswered: 0 });
	for (const stored of [
		null,
		'',
		'null',
		'42',
		'not json',
		'{"right":3}',
		'{"right":3,"total":2,"unanswered":0}',
		'{"right":-1,"total":4,"unanswered":0}',
		'{"right":1.5,"total":4,"unanswered":0}',
	]) {
		assert.equal(parseStoredScore(stored), null, String(stored));
	}
});

test('a quiz section must be a heading of its page: its text names the review link, or the build stops naming page and section', () => {
	const headings = [
		{ slug: 'how-it-works', text: '仕組み' },
		{ slug: 'rdp-batch', text: 'RDP用のバッチファイル' },
	];
	// A renamed section's old id (src/anchor-aliases.json) still finds its heading.
	assert.equal(quizSectionTitle(headings, { question: 'どれですか。', section: 'bat-file' }, 'src/content/docs/session-manager.mdx', { 'bat-file': 'rdp-batch' }), 'RDP用のバッチファイル');
	assert.equal(quizSectionTitle(headings, { question: 'どれですか。', section: 'rdp-batch' }, 'src/content/docs/session-manager.mdx'), 'RDP用のバッチファイル');
	assert.throws(
		() => quizSectionTitle(headings, { question: 'どれですか。', section: 'port-forwading' }, 'src/content/docs/session-manager.mdx'),
		/^Error: src\/content\/docs\/session-manager\.mdx: the quiz question "どれですか。" names section "port-forwading", which is not a heading of the page\. Headings: how-it-works, rdp-batch\.$/
	);
});
