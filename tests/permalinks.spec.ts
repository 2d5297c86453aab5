import { expect, test } from '@playwright/test';
import { findBrokenPermalinks, readBuiltPage, readManifest, sectionIds } from '../scripts/lib/permalinks.ts';
import { allPublishedPagePaths, builds, readSitemapPagePaths } from './support/site';

/**
 * The anchor contract (tests/permalinks.json): page URLs and section ids that teams paste into wikis never
 * disappear silently. These tests hold both builds to it and prove the check bites (a renamed section with an
 * alias is rebuilt and followed in fixture-builds.spec.ts).
 */
const manifest = readManifest();

for (const name of ['root', 'subpath'] as const) {
	test(`every published URL and section id still resolves (${name} build)`, () => {
		const { outDir, basePath } = builds[name];
		expect(findBrokenPermalinks(manifest, readBuiltPage(outDir), basePath)).toEqual([]);
	});
}

test('every page and section id of the build is recorded in the manifest (run `npm run permalinks` to add new ones)', () => {
	const readPage = readBuiltPage(builds.root.outDir);
	const unrecorded = readSitemapPagePaths('root').flatMap((pagePath) => {
		const recorded = new Set(manifest.pages[pagePath] ?? []);
		if (!manifest.pages[pagePath]) return [`/${pagePath}`];
		return sectionIds(readPage(pagePath) ?? '').filter((id) => !recorded.has(id)).map((id) => `/${pagePath}#${id}`);
	});
	expect(unrecorded).toEqual([]);
});

test('the manifest covers every page of both editions and their section ids', () => {
	expect(Object.keys(manifest.pages).sort()).toEqual([...allPublishedPagePaths].sort());
	// The same section ids in both languages: one contract for /x/#id and /en/x/#id.
	for (const pagePath of ['session-manager/', 'en/session-manager/']) {
		expect(manifest.pages[pagePath]).toEqual(expect.arrayContaining(['pricing', 'port-forwarding', 'rdp-batch', 'sources']));
	}
	expect([...manifest.pages['en/session-manager/']!].sort()).toEqual([...manifest.pages['session-manager/']!].sort());
});

test('removing a listed section id without an alias fails the check (proof on a copy of the built page)', () => {
	const readPage = readBuiltPage(builds.root.outDir);
	const withoutPricing = (pagePath: string) => {
		const html = readPage(pagePath);
		return pagePath === 'session-manager/' ? html?.replace(/<h2 id="pricing"/, '<h2') : html;
	};
	expect(findBrokenPermalinks(manifest, withoutPricing)).toEqual([
		'/session-manager/#pricing is gone and no alias is declared',
	]);
});

test('a removed page fails the check unless a redirect leads to a page with its ids', () => {
	const readPage = readBuiltPage(builds.root.outDir);
	const gone = (pagePath: string) => (pagePath === 'run-command/' ? undefined : readPage(pagePath));
	expect(findBrokenPermalinks(manifest, gone)).toEqual(['/run-command/ is gone and no redirect is declared']);

	// Astro's static redirect page: a meta refresh to the new URL.
	const moved = (pagePath: string) =>
		pagePath === 'run-command/'
			? '<!doctype html><title>Redirecting to: /commands/run/</title><meta http-equiv="refresh" content="0;url=/commands/run/">'
			: pagePath === 'commands/run/'
				? readPage('run-command/')
				: readPage(pagePath);
	expect(findBrokenPermalinks(manifest, moved)).toEqual([]);
});
