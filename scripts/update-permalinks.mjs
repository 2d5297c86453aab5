#!/usr/bin/env node
// Records every published page URL and section id of the built site (dist/) in tests/permalinks.json, the anchor
// contract the tests hold the site to. Additive only: an entry that disappeared from the build stays in the
// manifest (and the tests fail) until a redirect or an alias is declared for it — or until someone deliberately
// deletes the entry by hand.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestFile, sectionIds } from './lib/permalinks.ts';
import { readSitemapPagePaths } from './lib/builds.ts';

if (process.argv.includes('--help')) {
	console.log('Usage: npm run build && npm run permalinks\n\nAdds new pages and section ids of dist/ to tests/permalinks.json.');
	process.exit(0);
}

const outDir = 'dist';
const sitemapIndex = join(outDir, 'sitemap-index.xml');
if (!existsSync(sitemapIndex)) {
	console.error('No build found in dist/. Run `npm run build` first.');
	process.exit(1);
}

const pagePaths = readSitemapPagePaths('root');

const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : { pages: {} };
let added = 0;
for (const pagePath of pagePaths) {
	const ids = sectionIds(readFileSync(join(outDir, pagePath, 'index.html'), 'utf8'));
	const known = new Set(manifest.pages[pagePath] ?? []);
	for (const id of ids) if (!known.has(id)) (known.add(id), added++);
	if (!manifest.pages[pagePath]) added++;
	manifest.pages[pagePath] = [...known];
}
const sorted = { pages: Object.fromEntries(Object.entries(manifest.pages).sort(([a], [b]) => a.localeCompare(b))) };
writeFileSync(manifestFile, `${JSON.stringify(sorted, null, '\t')}\n`);
const missing = Object.keys(sorted.pages).filter((pagePath) => !pagePaths.includes(pagePath));
console.log(`${manifestFile}: ${added} new entr${added === 1 ? 'y' : 'ies'}; ${Object.keys(sorted.pages).length} pages.`);
if (missing.length) console.warn(`Not in this build (need a redirect): ${missing.map((p) => `/${p}`).join(', ')}`);
