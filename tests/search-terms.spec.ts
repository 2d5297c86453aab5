import { expect, test } from '@playwright/test';
import { searchWithPagefindApi } from './support/search';
import type { Edition } from './support/site';

/**
 * A reader finds each tool page by its English name, its katakana reading and a key term of the tool, among the
 * first screen of results. Each query names the page that must appear. The queries run through Pagefind's own
 * API in one page per edition (same index and ranking as the dialog); search.spec.ts, editions.spec.ts and
 * security-headers.spec.ts drive the dialog itself end to end.
 */
const expectations: Record<Edition, Record<string, string[]>> = {
	ja: {
		'session-manager/': ['Session Manager', 'セッションマネージャー', 'ポート転送', '踏み台'],
		'fleet-manager/': ['Fleet Manager', 'フリートマネージャー', 'リモートデスクトップ'],
		'run-command/': ['Run Command', 'コマンドの実行履歴', 'AWS-RunShellScript'],
		'state-manager/': ['State Manager', 'ステートマネージャー', '関連付け'],
		'patch-manager/': ['Patch Manager', 'パッチマネージャー', 'パッチポリシー'],
		'hybrid-activations/': ['Hybrid Activations', 'ハイブリッドアクティベーション', 'アクティベーションコード'],
		'distributor/': ['Distributor', 'ディストリビューター', 'AWS-ConfigureAWSPackage'],
		'compliance/': ['Compliance', 'コンプライアンス', '非準拠'],
		'inventory/': ['Inventory', 'インベントリ', 'AWS-GatherSoftwareInventory'],
		'just-in-time-node-access/': ['Just-in-time node access', 'ジャストインタイム', '承認ポリシー'],
		// The hands-on labs: the overview by the word itself, a lab by what it practises.
		'labs/': ['ハンズオン', 'クイック作成リンク'],
		'labs/session-manager/': ['ハンズオン Session Manager'],
	},
	// The English edition: each tool page by a key term, searched from the English site (its own index).
	en: {
		'en/session-manager/': ['bastion host'],
		'en/fleet-manager/': ['Remote Desktop'],
		'en/run-command/': ['error threshold'],
		'en/state-manager/': ['association'],
		'en/patch-manager/': ['patch baseline'],
		'en/hybrid-activations/': ['activation code'],
		'en/distributor/': ['AWS-ConfigureAWSPackage'],
		'en/compliance/': ['non-compliant'],
		'en/inventory/': ['AWS-GatherSoftwareInventory'],
		'en/just-in-time-node-access/': ['approval policy'],
		'en/labs/': ['hands-on', 'quick-create link'],
		'en/labs/session-manager/': ['hands-on Session Manager'],
	},
};

for (const edition of ['ja', 'en'] as const) {
	test(`every key term of the ${edition} edition finds its tool page on the first screen of results`, async ({ page, baseURL }) => {
		const pairs = Object.entries(expectations[edition]).flatMap(([pagePath, queries]) => queries.map((query) => ({ query, pagePath })));
		const found = await searchWithPagefindApi(page, baseURL!, pairs.map(({ query }) => query), edition);
		const misses = pairs
			.filter(({ query, pagePath }) => !found[query]?.includes(new URL(pagePath, baseURL).pathname))
			.map(({ query, pagePath }) => `${query} → expected /${pagePath}, got ${JSON.stringify(found[query])}`);
		expect(misses).toEqual([]);
		// Only this edition's pages: the index is chosen by the page's language.
		const englishRoot = new URL('en/', baseURL).pathname;
		const otherEdition = Object.values(found)
			.flat()
			.filter((path) => path.startsWith(englishRoot) !== (edition === 'en'));
		expect(otherEdition, 'results from the other edition').toEqual([]);
	});
}
