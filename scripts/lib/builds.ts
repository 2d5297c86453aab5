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

/** The `<loc>` entries of a sitemap file. */
export function sitemapLocations(xml: string): string[] {
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
}

/**
 * The origin a build was made for (its SITE_URL, e.g. `http://localhost:4321`), read from the sitemap index it
 * wrote. The tests serve each build at exactly that origin, so canonical URLs, og tags and QR codes match.
 */
export function siteUrl(name: BuildName): string {
	const firstLocation = sitemapLocations(readFileSync(`${builds[name].outDir}/sitemap-index.xml`, 'utf8'))[0];
	if (!firstLocation) throw new Error(`${builds[name].outDir}/sitemap-index.xml lists no sitemap. Build the site first (npm test does).`);
	return new URL(firstLocation).origin;
}

/** The port of the origin a build was made for. */
export function sitePort(name: BuildName): number {
	return Number(new URL(siteUrl(name)).port);
}

/**
 * Every page of a build, as paths relative to its base (`session-manager/`), read from the sitemap the build
 * wrote. Tests read it at collection time so each page gets a test of its own.
 */
export function readSitemapPagePaths(name: BuildName): string[] {
	const { outDir, basePath } = builds[name];
	const sitemapFiles = sitemapLocations(readFileSync(`${outDir}/sitemap-index.xml`, 'utf8')).map((location) => new URL(location).pathname);
	const pages = sitemapFiles.flatMap((sitemapPath) =>
		sitemapLocations(readFileSync(`${outDir}/${sitemapPath.slice(basePath.length)}`, 'utf8')).map((location) =>
			new URL(location).pathname.slice(basePath.length)
		)
	);
	if (pages.length === 0) throw new Error(`${outDir}: the sitemap lists no pages. Build the site first (npm test does).`);
	return pages.sort();
}
