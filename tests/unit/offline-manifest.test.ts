import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureGroupOf, precacheManifest, urlOfFile } from '../../src/plugins/offline/precache-manifest.ts';

const file = (path: string, content = path) => ({ path, content: new TextEncoder().encode(content) });

test('urlOfFile gives pages their directory URL, relative to the base', () => {
	assert.equal(urlOfFile('index.html'), '');
	assert.equal(urlOfFile('labs/run-command/index.html'), 'labs/run-command/');
	assert.equal(urlOfFile('404.html'), '404.html');
	assert.equal(urlOfFile('_astro/page.cNngjUgL.js'), '_astro/page.cNngjUgL.js');
});

test('figureGroupOf puts the widths of one image together', () => {
	assert.equal(figureGroupOf('_astro/pm-1.BsNfet8d_Z1abc.webp'), '_astro/pm-1.BsNfet8d');
	assert.equal(figureGroupOf('_astro/pm-1.BsNfet8d_1kQI5y.webp'), '_astro/pm-1.BsNfet8d');
	assert.equal(figureGroupOf('_astro/pm-1.BsNfet8d.png'), '_astro/pm-1.BsNfet8d');
});

test('precacheManifest: pages, code, search and QR codes are core; raster figures on request; host and crawler files left out', () => {
	const manifest = precacheManifest([
		file('index.html'),
		file('session-manager/index.html'),
		file('_astro/page.cNngjUgL.js'),
		file('_astro/common.Csa_toSk.css'),
		file('_astro/node-tools-map.BY-6GCyw.svg'),
		file('_astro/pm-1.BsNfet8d_Z1abc.webp'),
		file('pagefind/pagefind-entry.json'),
		file('pagefind/index/ja_61d0dc4.pf_index'),
		file('qr/session-manager.svg'),
		file('labs/node-tools-lab.yaml'),
		file('og/session-manager.png'),
		file('sitemap-index.xml'),
		file('sitemap-0.xml'),
		file('robots.txt'),
		file('_headers'),
		file('session-manager/index.html.gz'),
		file('sw.js'),
		file('sw-manifest-0123abcd.json'),
	]);
	assert.deepEqual(manifest.core.map((entry) => entry.url), [
		'_astro/common.Csa_toSk.css',
		'_astro/node-tools-map.BY-6GCyw.svg',
		'_astro/page.cNngjUgL.js',
		'',
		'labs/node-tools-lab.yaml',
		'pagefind/index/ja_61d0dc4.pf_index',
		'pagefind/pagefind-entry.json',
		'qr/session-manager.svg',
		'session-manager/',
	]);
	assert.deepEqual(manifest.figures.map((entry) => [entry.url, entry.group]), [['_astro/pm-1.BsNfet8d_Z1abc.webp', '_astro/pm-1.BsNfet8d']]);
	const byUrl = new Map(manifest.core.map((entry) => [entry.url, entry]));
	// Hashed names never go stale; pages and Pagefind's entry file must be asked for again when online.
	assert.equal(byUrl.get('_astro/page.cNngjUgL.js')!.immutable, true);
	assert.equal(byUrl.get('pagefind/index/ja_61d0dc4.pf_index')!.immutable, true);
	assert.equal(byUrl.get('session-manager/')!.immutable, false);
	assert.equal(byUrl.get('pagefind/pagefind-entry.json')!.immutable, false);
	assert.equal(byUrl.get('session-manager/')!.bytes, 'session-manager/index.html'.length);
});

test('the version changes with any cached file and only then', () => {
	const files = [file('index.html', 'home'), file('_astro/x.AbC.js', 'code')];
	const version = precacheManifest(files).version;
	assert.match(version, /^[0-9a-f]{12}$/);
	assert.equal(precacheManifest([...files].reverse()).version, version);
	assert.notEqual(precacheManifest([file('index.html', 'home, edited'), files[1]!]).version, version);
	assert.equal(precacheManifest([...files, file('og/x.png', 'card')]).version, version);
	const before = precacheManifest(files).core.find((entry) => entry.url === '_astro/x.AbC.js')!.revision;
	assert.equal(precacheManifest([file('index.html', 'home, edited'), files[1]!]).core.find((entry) => entry.url === '_astro/x.AbC.js')!.revision, before);
});
