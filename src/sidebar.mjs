// @ts-check
/**
 * The sidebar, in the order the guide is meant to be read. Every entry is a fixed ASCII slug: wiki links and
 * the URL list in the README depend on these, so renaming one needs a redirect.
 *
 * @satisfies {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']}
 */
export const sidebar = [
	{ label: 'ホーム', link: '/' },
	{
		label: 'はじめに',
		items: ['overview', 'prerequisites'],
	},
	{
		label: 'ノードツール',
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
		label: '新しいツール',
		items: ['just-in-time-node-access'],
	},
	{
		label: '資料',
		items: ['pricing', 'glossary', 'practice'],
	},
];

/** Page slugs in sidebar order, for lists that follow the reading order (pricing table, practice test). */
export const pageOrder = sidebar.flatMap((entry) => ('items' in entry ? entry.items : []));
