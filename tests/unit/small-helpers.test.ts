import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { markdownLink } from '../../src/plugins/copy-link/markdown-link.ts';
import { pairDarkVariants, readScreenshotSlots } from '../../src/plugins/screenshots/slots.ts';
import { cardTitle } from '../../src/plugins/social-cards/card-title.ts';
import { sentenceStyles, tableRowSentences } from '../../src/plugins/tables/search-text.ts';

test('a copied Markdown link escapes what would break its text', () => {
	assert.equal(markdownLink('料金 — Session Manager', 'https://x/session-manager/#pricing'), '[料金 — Session Manager](https://x/session-manager/#pricing)');
	assert.equal(markdownLink('a [b] c\\d', 'u'), '[a \\[b\\] c\\\\d](u)');
});

test('card titles break at phrase boundaries, never inside a Japanese word', () => {
	assert.equal(cardTitle('全体像：ノードツールの地図'), '全体像：\nノードツールの地図');
	assert.equal(cardTitle('AWS Systems Manager ノード管理 学習ガイド'), 'AWS Systems Manager\nノード管理 学習ガイド');
	assert.equal(cardTitle('Run Command'), 'Run Command');
});

const root = mkdtempSync(join(tmpdir(), 'slots-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('a slot is an illustration while its file still has the hash the render script recorded', () => {
	const dir = join(root, 'src/assets/screenshots');
	mkdirSync(join(dir, 'en/patch-manager'), { recursive: true });
	writeFileSync(join(dir, 'en/patch-manager/pm-1.png'), 'rendered');
	writeFileSync(join(dir, 'en/patch-manager/pm-2.jpg'), 'a real capture');
	writeFileSync(join(dir, 'notes.txt'), 'not an image');
	const rendered = createHash('sha256').update('rendered').digest('hex');
	writeFileSync(join(dir, 'generated.json'), JSON.stringify({ 'en/patch-manager/pm-1.png': rendered, 'en/patch-manager/pm-2.jpg': rendered }));
	assert.deepEqual(readScreenshotSlots(root), {
		'en/patch-manager/pm-1.png': { illustration: true },
		'en/patch-manager/pm-2.jpg': { illustration: false },
	});
});

test('a dark-mode picture is shown only while it pictures what its slot holds', () => {
	assert.deepEqual(
		pairDarkVariants({
			// Both rendered illustrations: the dark one goes with the slot.
			'session-manager/ssm-bat.png': true,
			'dark/session-manager/ssm-bat.png': true,
			// The owner replaced the slot with a capture; the dark illustration left behind would show the old picture.
			'patch-manager/pm-1.png': false,
			'dark/patch-manager/pm-1.png': true,
			// The owner added a capture in both themes.
			'en/patch-manager/pm-2.png': false,
			'dark/en/patch-manager/pm-2.png': false,
			// No dark picture at all.
			'inventory/inventory-1.png': true,
		}),
		{
			'session-manager/ssm-bat.png': { illustration: true, dark: 'dark/session-manager/ssm-bat.png' },
			'patch-manager/pm-1.png': { illustration: false },
			'en/patch-manager/pm-2.png': { illustration: false, dark: 'dark/en/patch-manager/pm-2.png' },
			'inventory/inventory-1.png': { illustration: true },
		}
	);
});

test('a table row reads as a sentence: its label, then each value after its column header', () => {
	const cell = (tagName: 'th' | 'td', text: string) => ({ type: 'element' as const, tagName, properties: {}, children: [{ type: 'text' as const, value: text }] });
	const row = (...cells: ReturnType<typeof cell>[]) => ({ type: 'element' as const, tagName: 'tr', properties: {}, children: cells });
	const table = {
		type: 'element' as const,
		tagName: 'table',
		properties: {},
		children: [
			{ type: 'element' as const, tagName: 'thead', properties: {}, children: [row(cell('th', '観点'), cell('th', '踏み台 + SSH'), cell('th', 'Session Manager'))] },
			{
				type: 'element' as const,
				tagName: 'tbody',
				properties: {},
				children: [row(cell('td', '開けるポート'), cell('td', '22番'), cell('td', 'なし')), row(cell('td', '記録'), cell('td', '自分で用意。'), cell('td', 'CloudTrail')), row(cell('td', ''), cell('td', ''), cell('td', ''))],
			},
		],
	};
	assert.deepEqual(tableRowSentences(table, sentenceStyles.ja), ['開けるポート — 踏み台 + SSH：22番／Session Manager：なし。', '記録 — 踏み台 + SSH：自分で用意。／Session Manager：CloudTrail。']);
	assert.deepEqual(tableRowSentences(table, sentenceStyles.en), ['開けるポート — 踏み台 + SSH: 22番; Session Manager: なし.', '記録 — 踏み台 + SSH: 自分で用意。; Session Manager: CloudTrail.']);
	// Two columns: a term and what it is.
	const pairs = { ...table, children: [row(cell('th', '用語'), cell('th', '意味')), row(cell('td', 'SSM Agent'), cell('td', 'ノードで動くエージェント'))] };
	assert.deepEqual(tableRowSentences(pairs, sentenceStyles.ja), ['SSM Agent：ノードで動くエージェント。']);
});
