import { readFileSync } from 'node:fs';

/**
 * The two builds the suite checks: one for a domain root, one for a sub-path of a team server. Each is served
 * from `serveDir` by a plain static file server, so the sub-path build sits in a `ssm-guide/` folder exactly as
 * it would on a real host. scripts/run-tests.mjs makes the builds from this list, each for `http://localhost:PORT`
 * with PORT the preferred one when it is free (another program, such as `npm start`, may hold it).
 */
export const builds = {
	root: { outDir: 'dist', serveDir: 'dist', basePath: '/', preferredPort: 4321 },
	subpath: { outDir: 'dist-subpath/ssm-guide', serveDir: 'dist-subpath', basePath: '/ssm-guide/', preferredPort: 4322 },
} as const;

export type BuildName = keyof typeof builds;

/**
 * The origin a build was made for (its SITE_URL, e.g. `http://localhost:4321`), read from the sitemap index it
 * wrote. The tests serve each build at exactly that origin, so canonical URLs, og tags and QR codes match.
 */
export function siteUrl(name: BuildName): string {
	const index = readFileSync(`${builds[name].outDir}/sitemap-index.xml`, 'utf8');
	const firstLocation = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
	if (!firstLocation) throw new Error(`${builds[name].outDir}/sitemap-index.xml lists no sitemap. Build the site first (npm test does).`);
	return new URL(firstLocation).origin;
}

/** The port of the origin a build was made for. */
export function sitePort(name: BuildName): number {
	return Number(new URL(siteUrl(name)).port);
}

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
	'just-in-time-node-access/',
	'pricing/',
	'glossary/',
	'practice/',
] as const;

export const editions = {
	ja: { prefix: '', siteTitle: 'AWS Systems Manager ノード管理 学習ガイド', ogLocale: 'ja_JP', mainNavLabel: 'メイン' },
	en: { prefix: 'en/', siteTitle: 'AWS Systems Manager Node Tools Study Guide', ogLocale: 'en_US', mainNavLabel: 'Main' },
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

/**
 * Every page of a build, as paths relative to its base (`session-manager/`), read from the sitemap the build
 * wrote. Read at test-collection time so each page gets a test of its own.
 */
export function readSitemapPagePaths(name: BuildName): string[] {
	const { outDir, basePath } = builds[name];
	const index = readFileSync(`${outDir}/sitemap-index.xml`, 'utf8');
	const sitemapFiles = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
	const pages = sitemapFiles.flatMap((sitemapPath) => {
		const xml = readFileSync(`${outDir}/${sitemapPath.slice(basePath.length)}`, 'utf8');
		return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname.slice(basePath.length));
	});
	if (pages.length === 0) throw new Error(`${outDir}: the sitemap lists no pages. Build the site first (npm test does).`);
	return pages.sort();
}
