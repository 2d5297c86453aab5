import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sitemapLocations } from '../../scripts/lib/builds.ts';
import { findChromium } from '../../scripts/lib/chromium.ts';
import { findBrokenPermalinks, redirectTarget, sectionIds } from '../../scripts/lib/permalinks.ts';

test('an explicit CHROMIUM_PATH wins, and a wrong one is reported, not skipped', () => {
	assert.deepEqual(findChromium({ CHROMIUM_PATH: process.execPath }), { executablePath: process.execPath, source: 'CHROMIUM_PATH' });
	assert.throws(() => findChromium({ CHROMIUM_PATH: '/nowhere/chrome' }), /CHROMIUM_PATH points to \/nowhere\/chrome, which does not exist/);
});

test('sitemap locations are read in order', () => {
	const xml = '<sitemapindex><sitemap><loc>http://localhost:4321/sitemap-0.xml</loc></sitemap><sitemap><loc>http://localhost:4321/sitemap-1.xml</loc></sitemap></sitemapindex>';
	assert.deepEqual(sitemapLocations(xml), ['http://localhost:4321/sitemap-0.xml', 'http://localhost:4321/sitemap-1.xml']);
	assert.deepEqual(sitemapLocations('<urlset></urlset>'), []);
});

const page = (ids: string[], aliases: string[] = []) =>
	`<h2 id="starlight__on-this-page">On this page</h2>${aliases.map((id) => `<span id="${id}" data-anchor-alias="x"></span>`).join('')}${ids.map((id) => `<h2 id="${id}">x</h2>`).join('')}<h3 id="deep">y</h3>`;

test('section ids are content headings and their aliases, not Starlight\'s own', () => {
	assert.deepEqual(sectionIds(page(['pricing'], ['old-pricing'])), ['pricing', 'deep', 'old-pricing']);
	assert.equal(redirectTarget('<meta http-equiv="refresh" content="0;url=/ssm-guide/commands/run/">'), '/ssm-guide/commands/run/');
	assert.equal(redirectTarget(page(['x'])), undefined);
});

test('the anchor contract reports a lost section, a lost page, and accepts a redirect or an alias', () => {
	const manifest = { pages: { 'run-command/': ['rate-control'], 'session-manager/': ['pricing', 'rdp'] } };
	const site: Record<string, string> = { 'run-command/': page(['rate-control']), 'session-manager/': page(['pricing']) };
	assert.deepEqual(findBrokenPermalinks(manifest, (path) => site[path]), ['/session-manager/#rdp is gone and no alias is declared']);
	site['session-manager/'] = page(['pricing'], ['rdp']);
	assert.deepEqual(findBrokenPermalinks(manifest, (path) => site[path]), []);
	delete site['run-command/'];
	assert.deepEqual(findBrokenPermalinks(manifest, (path) => site[path]), ['/run-command/ is gone and no redirect is declared']);
	site['run-command/'] = '<meta http-equiv="refresh" content="0;url=/ssm-guide/commands/run/">';
	site['commands/run/'] = page(['rate-control']);
	assert.deepEqual(findBrokenPermalinks(manifest, (path) => site[path], '/ssm-guide/'), []);
});
