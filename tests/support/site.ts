import { editions as sourceEditions } from '../../src/i18n/locales.ts';

export { builds, readSitemapPagePaths, sitePort, siteUrl, type BuildName } from '../../scripts/lib/builds.ts';

/**
 * The page URLs every build must publish in Japanese (the root edition): wiki links depend on them, so they are
 * fixed here, not derived. The English edition publishes the same pages under `en/` (see `englishPath`).
 */
export const publishedPagePaths = [
	'',
	'overview/',
	'prerequisites/',
	'session-manager/',
	'fleet-manager/',
	'run-command/',
	'state-manager/',
	'patch-manager/',
	'hybrid-activations/',
	'distributor/',
	'compliance/',
	'inventory/',
	'labs/',
	'labs/session-manager/',
	'labs/run-command/',
	'labs/state-manager/',
	'labs/patch-manager/',
	'labs/inventory-compliance/',
	'just-in-time-node-access/',
	'pricing/',
	'glossary/',
	'practice/',
	'run-sheet/',
	'settings/',
] as const;

/** The guide's own tools (frontmatter `kind: site`): forms, not lessons, so they have no slides and no progress. */
export const siteToolPagePaths: readonly string[] = ['run-sheet/', 'settings/'];

/** Whether a page path of either edition (`run-sheet/`, `en/settings/`) is one of the guide's own tools. */
export function isSiteToolPage(pagePath: string): boolean {
	return siteToolPagePaths.includes(pagePath.replace(/^en\//, ''));
}

/** Each edition's URL prefix and what its pages must say about themselves; titles and og locales come from the site's own list. */
export const editions = {
	ja: {
		prefix: '',
		siteTitle: sourceEditions.ja.siteTitle,
		ogLocale: sourceEditions.ja.ogLocale,
		mainNavLabel: 'メイン',
	},
	en: {
		prefix: 'en/',
		siteTitle: sourceEditions.en.siteTitle,
		ogLocale: sourceEditions.en.ogLocale,
		mainNavLabel: 'Main',
	},
} as const;

export type Edition = keyof typeof editions;

/** `session-manager/` → `en/session-manager/`; the home page `` → `en/`. */
export function englishPath(japanesePath: string): string {
	return `${editions.en.prefix}${japanesePath}`;
}

/** Both editions' pages: what the sitemap must list. */
export const allPublishedPagePaths = [...publishedPagePaths, ...publishedPagePaths.map(englishPath)];

/** Which edition a page path (relative to the base) belongs to. */
export function editionOf(pagePath: string): Edition {
	return pagePath.startsWith(editions.en.prefix) ? 'en' : 'ja';
}
