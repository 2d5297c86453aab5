#!/usr/bin/env node
// Takes review screenshots of built pages in light and dark theme at desktop and phone width, so a person can
// look at what the site shows (Japanese glyphs, figures, layout) without opening a browser.
import { mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { chromiumExecutablePath } from './lib/chromium.ts';

const usage = `Usage: npm run screenshots -- [page paths…] [--dir dist] [--out test-results/screenshots] [--full]

Serves an existing build (default dist/, run \`npm run build\` first) and writes
<out>/<page>-<theme>-<width>.png for each page, theme (light, dark) and width (1280, 390).
Page paths are relative to the site root, e.g. session-manager/ (default: the home page and session-manager/).
--full captures the whole page instead of the first screen.`;

const args = process.argv.slice(2);
if (args.includes('--help')) {
	console.log(usage);
	process.exit(0);
}
const option = (name, fallback) => {
	const index = args.indexOf(name);
	return index >= 0 ? args.splice(index, 2)[1] : fallback;
};
const distDir = option('--dir', 'dist');
const outDir = option('--out', 'test-results/screenshots');
const fullPage = args.includes('--full');
const pages = args.filter((arg) => !arg.startsWith('--'));
if (pages.length === 0) pages.push('', 'session-manager/');

const port = 4399;
const server = spawn('sirv', [distDir, '--port', String(port), '--host', 'localhost', '--quiet'], { stdio: 'inherit' });
await delay(800);
const browser = await chromium.launch({
	executablePath: chromiumExecutablePath(),
	args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
mkdirSync(outDir, { recursive: true });
try {
	for (const pagePath of pages) {
		for (const theme of ['light', 'dark']) {
			for (const width of [1280, 390]) {
				const context = await browser.newContext({ viewport: { width, height: width > 500 ? 800 : 844 }, colorScheme: theme, locale: 'ja-JP' });
				const page = await context.newPage();
				await page.goto(`http://localhost:${port}/${pagePath}`, { waitUntil: 'networkidle' });
				if (fullPage) {
					// Figures load lazily as they scroll into view; a whole-page capture must not catch them half-loaded.
					await page.locator('img[loading="lazy"]').evaluateAll((images) => {
						for (const image of images) image.loading = 'eager';
					});
					// Loaded is not yet painted: wait until every image is decoded too.
					await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode().catch(() => undefined))));
				}
				const name = `${pagePath.replace(/\/$/, '').replaceAll('/', '_') || 'home'}-${theme}-${width}.png`;
				await page.screenshot({ path: `${outDir}/${name}`, fullPage });
				console.log(`${outDir}/${name}`);
				await context.close();
			}
		}
	}
} finally {
	await browser.close();
	server.kill();
}
