#!/usr/bin/env node
// Saves each page's slide deck as a 16:9 PDF, one slide a page: the same view a presenter gets from
// 「スライドをPDFで保存」 (PAGE?present=print), printed by Chromium. For presenters on a locked-down laptop.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { chromiumExecutablePath } from './lib/chromium.ts';
import { readSitemapPagePaths } from './lib/builds.ts';

const usage = `Usage: npm run deck -- [page paths…] [--dir dist]

Writes <dir>/decks/<page>.pdf for each page (default: every page of the build; run \`npm run build\` first).
Page paths are relative to the site root, e.g. session-manager/ or en/session-manager/.`;

const args = process.argv.slice(2);
if (args.includes('--help')) {
	console.log(usage);
	process.exit(0);
}
const dirIndex = args.indexOf('--dir');
const distDir = dirIndex >= 0 ? args.splice(dirIndex, 2)[1] : 'dist';
if (!existsSync(join(distDir, 'sitemap-index.xml'))) {
	console.error(`No build in ${distDir}/. Run \`npm run build\` first.`);
	process.exit(1);
}
const requested = args.filter((arg) => !arg.startsWith('--')).map((path) => path.replace(/^\//, '').replace(/([^/])$/, '$1/'));
const pages = requested.length ? requested : readSitemapPagePaths('root');

/** A free port of localhost, so a running `npm start` does not get in the way. */
const port = await new Promise((resolve) => {
	const server = createServer();
	server.listen(0, '127.0.0.1', () => {
		const { port } = server.address();
		server.close(() => resolve(port));
	});
});
const server = spawn('sirv', [distDir, '--port', String(port), '--host', '127.0.0.1', '--quiet'], { stdio: 'inherit' });
const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: ['--disable-background-networking', '--no-first-run'] });
try {
	await delay(500);
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
	for (const pagePath of pages) {
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:${port}/${pagePath}?present=print`);
		await page.locator('html[data-presenting="print"]').waitFor({ state: 'attached' });
		await page.evaluate(() => Promise.all(Array.from(document.images, (image) => image.decode().catch(() => undefined))));
		const slideCount = await page.locator('.deck-page').count();
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const file = join(distDir, 'decks', `${pagePath.replace(/\/$/, '') || 'index'}.pdf`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, pdf);
		console.log(`${file}: ${slideCount} slides, ${Math.round(pdf.length / 1024)} KB`);
		await page.close();
	}
} finally {
	await browser.close();
	server.kill();
}
