import type { StarlightUserConfig } from '@astrojs/starlight/types';

/**
 * The sidebar, in the order the guide is meant to be read. Every entry is a fixed ASCII slug: wiki links and
 * the URL list in the README depend on these, so renaming one needs a redirect. The English edition uses the
 * same slugs under /en/ (Starlight adds the prefix) and the `translations` of each group label.
 */
export const sidebar = [
	{ label: 'ホーム', translations: { en: 'Home' }, link: '/' },
	{
		label: 'はじめに',
		translations: { en: 'Getting started' },
		items: ['overview', 'prerequisites'],
	},
	{
		label: 'ノードツール',
		translations: { en: 'Node tools' },
		items: [
			'session-manager',
			'fleet-manager',
			'run-command',
			'state-manager',
			'patch-manager',
			'hybrid-activations',
			'distributor',
			'compliance',
			'inventory',
		],
	},
	{
		label: 'ハンズオン',
		translations: { en: 'Hands-on labs' },
		items: ['labs', 'labs/session-manager', 'labs/run-command', 'labs/state-manager', 'labs/patch-manager', 'labs/inventory-compliance'],
	},
	{
		label: '新しいツール',
		translations: { en: 'Newer tools' },
		items: ['just-in-time-node-access'],
	},
	{
		label: '資料',
		translations: { en: 'Reference' },
		items: ['pricing', 'glossary', 'practice'],
	},
	{
		// The guide's own tools (kind: site): not lessons, so not in the course, the progress or an agenda.
		label: '勉強会と設定',
		translations: { en: 'Sessions and settings' },
		items: ['run-sheet', 'settings'],
	},
] satisfies StarlightUserConfig['sidebar'];

/** Page slugs in sidebar order, for lists that follow the reading order (pricing table, practice test). */
export const pageOrder: string[] = sidebar.flatMap((entry) => ('items' in entry ? entry.items : []));
