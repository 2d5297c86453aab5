import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryIdInEdition, labsPractising, parsePageSection, sectionsOfSource } from '../../src/plugins/study/lab-links.ts';

test('parsePageSection splits page and section', () => {
	assert.deepEqual(parsePageSection('run-command#rate-control'), { page: 'run-command', section: 'rate-control' });
});

test('entryIdInEdition adds the edition folder', () => {
	assert.equal(entryIdInEdition('ja', 'run-command'), 'run-command');
	assert.equal(entryIdInEdition('en', 'labs/run-command'), 'en/labs/run-command');
});

test('labsPractising finds the labs of the same edition that practise a page', () => {
	const lab = (id: string, practises: string[]) => ({ id, data: { kind: 'lab', lab: { practises } } });
	const entries = [
		lab('labs/state-manager', ['state-manager#schedule', 'compliance#association']),
		lab('labs/run-command', ['run-command#rate-control']),
		lab('en/labs/run-command', ['run-command#rate-control']),
		{ id: 'run-command', data: { kind: 'tool' } },
	];
	assert.deepEqual(labsPractising(entries, 'ja', 'run-command').map((e) => e.id), ['labs/run-command']);
	assert.deepEqual(labsPractising(entries, 'en', 'run-command').map((e) => e.id), ['en/labs/run-command']);
	assert.deepEqual(labsPractising(entries, 'ja', 'compliance').map((e) => e.id), ['labs/state-manager']);
	assert.deepEqual(labsPractising(entries, 'ja', 'glossary'), []);
});

test('sectionsOfSource reads the ASCII-id headings of a page source', () => {
	const sections = sectionsOfSource('# T\n\n## レート制御 {#rate-control}\n\ntext {#not-a-heading}\n\n### 100台に展開する例 {#rollout-example}\n');
	assert.deepEqual([...sections], [['rate-control', 'レート制御'], ['rollout-example', '100台に展開する例']]);
});

test('pageSlugOfFile: a folder index is the folder page, home pages stay index', async () => {
	const { pageSlugOfFile } = await import('../../src/plugins/glossary/usage.ts');
	assert.equal(pageSlugOfFile('/d/', '/d/labs/index.mdx'), 'labs');
	assert.equal(pageSlugOfFile('/d/', '/d/en/labs/index.mdx'), 'labs');
	assert.equal(pageSlugOfFile('/d/', '/d/en/run-command.mdx'), 'run-command');
	assert.equal(pageSlugOfFile('/d/', '/d/index.mdx'), 'index');
	assert.equal(pageSlugOfFile('/d/', '/d/en/index.mdx'), 'index');
});
