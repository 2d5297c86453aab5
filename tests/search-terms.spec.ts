import { expect, test } from '@playwright/test';
import { searchSite } from './support/search';

/**
 * A reader finds each tool page by its English name, its katakana reading and a key term of the tool, among the
 * first results. Each query names the page that must appear.
 */
const expectations: Record<string, string[]> = {
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
};

for (const [expectedPage, queries] of Object.entries(expectations)) {
	for (const query of queries) {
		test(`searching ${query} lists /${expectedPage}`, async ({ page, baseURL }) => {
			const paths = await searchSite(page, query);
			expect(paths).toContain(new URL(expectedPage, baseURL).pathname);
		});
	}
}

/** The English edition: each tool page by a key term, searched from the English site (its own index). */
const englishExpectations: Record<string, string[]> = {
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
};

for (const [expectedPage, queries] of Object.entries(englishExpectations)) {
	for (const query of queries) {
		test(`searching ${query} on the English site lists /${expectedPage}`, async ({ page, baseURL }) => {
			const paths = await searchSite(page, query, 'en');
			expect(paths).toContain(new URL(expectedPage, baseURL).pathname);
		});
	}
}
