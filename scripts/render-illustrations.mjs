#!/usr/bin/env node
/**
 * Renders the hand-made schematic illustrations to images.
 *
 * Each screenshot slot has one template, `scripts/illustrations/<tool>/<file>.html`, which holds only what is its
 * own and names the layout that wraps it (the document, the console window: `_shared/page.html`,
 * `_shared/console.html`, …), and its words for every language in `<file>.strings.json` beside it (words every
 * page shares: `_shared/strings.json`; the format and the checks are described in
 * scripts/lib/illustration-templates.ts and scripts/illustrations/README.md). Every
 * language of the strings file is rendered: Japanese to `src/assets/screenshots/<tool>/<file>`, any other
 * language to `src/assets/screenshots/<lang>/<tool>/<file>`, where <file> carries the image type the site owner's
 * real capture uses (`pm-1.png.html` → `pm-1.png`, `pm-6.jpg.html` → `pm-6.jpg`), so a real capture can later
 * replace the file under the same name. Each is drawn a second time in the console's dark mode (_shared/dark.css
 * on top, prefers-color-scheme: dark emulated) to `dark/<the same path>`. The SHA-256 of each written file goes into
 * `src/assets/screenshots/generated.json` under the same path: while a slot's file still has that hash, the site
 * captions it as a schematic illustration (画面イメージ（模式図）).
 *
 * The filled page is served in place of the slot template's own file: URL, so its relative links
 * (_shared/console.css, _shared/console-chrome.js for the console's top bar and side navigation, and the slot's
 * layout sheet) load from scripts/illustrations/ as written; any other request is blocked. The picture size
 * comes from
 *   <meta name="illustration-size" content="1600x900">
 * (written by _shared/page.html from the slot's `size:`) and defaults to 1600x900 CSS px at device scale factor 1.
 *
 * Usage (from the repository root):
 *   npm run illustrations                                     # render all
 *   npm run illustrations -- session-manager/ssm-bat.png      # one slot, every language
 *   npm run illustrations -- session-manager                  # one tool, every language
 *   npm run illustrations -- en/session-manager/ssm-bat.png   # one slot, English only (also en/<tool>, en)
 *   npm run illustrations -- --out /tmp/renders               # write below /tmp/renders instead (e.g. to compare)
 *
 * Chromium: the one scripts/lib/chromium.ts finds ($CHROMIUM_PATH, Playwright's, or a system one). Japanese
 * fonts must be installed, e.g. the Debian package fonts-noto-cjk, or the text renders as empty boxes.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumExecutablePath } from './lib/chromium.ts';
import { expandSlots, readSlots } from './lib/illustration-templates.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIR = path.join(ROOT, 'scripts', 'illustrations');
const OUTPUT_DIR = path.join(ROOT, 'src', 'assets', 'screenshots');
const DEFAULT_SIZE = { width: 1600, height: 900 };
// Every slot is drawn twice: as the console looks in light mode, and in dark mode to dark/<slot> (the site shows
// that one in its dark theme; see src/plugins/screenshots/slots.ts). _shared/dark.css turns the one into the other.
const SCHEMES = ['light', 'dark'];
const DARK_DIR = 'dark';
const DARK_SHEET = path.join(SOURCE_DIR, '_shared', 'dark.css');
const LAUNCH_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];

const USAGE = `Usage: node scripts/render-illustrations.mjs [--help] [--out DIR] [filter ...]

Renders each template scripts/illustrations/<tool>/<file>.html (wrapped in its layouts; _*.html are layouts, not
slots) in every language of its <file>.strings.json: Japanese to src/assets/screenshots/<tool>/<file>, another
language to src/assets/screenshots/<lang>/<tool>/<file> (<file> ends in .png or .jpg), each again in the console's
dark mode below src/assets/screenshots/dark/, and records each file's SHA-256 in src/assets/screenshots/generated.json.

  filter     "<tool>/<file>" (e.g. session-manager/ssm-bat.png) or "<tool>" (e.g. session-manager): every language;
             "<lang>/<tool>/<file>", "<lang>/<tool>" or "<lang>" (e.g. en/session-manager): that language only.
             Without filters every illustration is rendered.
  --out DIR  Write the images and generated.json below DIR instead of src/assets/screenshots (same layout), e.g.
             to compare renders without touching the committed files.
  --help     Show this message.

Environment:
  CHROMIUM_PATH   Chromium executable (default: Playwright's browser, else a system Chromium; see scripts/lib/chromium.ts).`;

/** Options and filters from the command line. */
function parseArgs(args) {
	const filters = [];
	let outDir = OUTPUT_DIR;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--out') {
			if (!args[i + 1]) throw new Error(`--out needs a folder\n\n${USAGE}`);
			outDir = path.resolve(args[++i]);
		} else if (arg.startsWith('--out=')) {
			outDir = path.resolve(arg.slice('--out='.length));
		} else if (arg.startsWith('-')) {
			throw new Error(`unknown option ${arg}\n\n${USAGE}`);
		} else {
			// Filters may be written with a trailing ".html" or with Windows separators.
			filters.push(arg.replace(/\\/g, '/').replace(/\.html$/, '').replace(/\/$/, ''));
		}
	}
	return { filters, outDir };
}

/** A filter names a picture by its path (`en/<tool>/<file>`, `en/<tool>`, `en`) or a slot in every language (`<tool>/<file>`, `<tool>`). */
function matches(rendering, filter) {
	return [rendering.key, rendering.slot].some((name) => name === filter || name.startsWith(`${filter}/`));
}

/** "1600x900" → { width: 1600, height: 900 }; anything else → the default size. */
function parseSize(content, key) {
	const match = /^\s*(\d+)\s*x\s*(\d+)\s*$/i.exec(content ?? '');
	if (match) return { width: Number(match[1]), height: Number(match[2]) };
	if (content) console.warn(`warning: ${key}: ignoring illustration-size "${content}", using 1600x900`);
	return DEFAULT_SIZE;
}

async function main() {
	const args = process.argv.slice(2);
	if (args.includes('--help') || args.includes('-h')) {
		console.log(USAGE);
		return;
	}
	const { filters, outDir } = parseArgs(args);
	const manifestFile = path.join(outDir, 'generated.json');

	// Every template is filled and checked, even with filters: a missing or unused string anywhere stops the run.
	const { slots, shared } = readSlots(SOURCE_DIR, path.relative(ROOT, SOURCE_DIR));
	const all = expandSlots(slots, shared);
	const selected = filters.length ? all.filter((item) => filters.some((f) => matches(item, f))) : all;
	const unmatched = filters.filter((f) => !all.some((item) => matches(item, f)));
	if (unmatched.length) {
		throw new Error(`no illustration matches: ${unmatched.join(', ')} (looked in ${path.relative(ROOT, SOURCE_DIR)})`);
	}
	if (!selected.length) {
		console.log(`No illustrations found in ${path.relative(ROOT, SOURCE_DIR)}.`);
		return;
	}

	const executablePath = chromiumExecutablePath();
	console.log(`Chromium: ${executablePath}`);
	const manifest = existsSync(manifestFile) ? JSON.parse(await readFile(manifestFile, 'utf8')) : {};
	const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
	try {
		const context = await browser.newContext({ viewport: DEFAULT_SIZE, deviceScaleFactor: 1 });
		// The filled pages, by the URL they are opened at: the template's file: URL with ?lang=<lang>.
		const pages = new Map();
		// Illustrations must be self-contained: serve the filled page, let its local files load, refuse anything else.
		await context.route('**/*', (route) => {
			const url = route.request().url();
			const html = pages.get(url);
			if (html !== undefined) return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
			return url.startsWith('file:') || url.startsWith('data:') ? route.continue() : route.abort();
		});

		const darkSheet = await readFile(DARK_SHEET, 'utf8');
		for (const { item, scheme } of selected.flatMap((item) => SCHEMES.map((scheme) => ({ item, scheme })))) {
			const key = scheme === 'dark' ? `${DARK_DIR}/${item.key}` : item.key;
			const url = `${pathToFileURL(path.join(ROOT, item.templateFile)).href}?lang=${item.lang}&scheme=${scheme}`;
			const output = path.join(outDir, key);
			pages.set(url, item.html);
			const page = await context.newPage();
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(url, { waitUntil: 'load' });
			if (scheme === 'dark') await page.addStyleTag({ content: darkSheet });

			// Size the viewport from the page's own <meta name="illustration-size">.
			const sizeContent = await page
				.locator('meta[name="illustration-size"]')
				.getAttribute('content', { timeout: 1000 })
				.catch(() => null);
			const size = parseSize(sizeContent, key);
			await page.setViewportSize(size);

			// Wait for web fonts / system font fallbacks to finish loading before the capture.
			await page.evaluate(() => document.fonts.ready);

			// Warn when the content is larger than the canvas (it would be clipped).
			const overflow = await page.evaluate(() => ({
				width: document.documentElement.scrollWidth,
				height: document.documentElement.scrollHeight,
			}));
			if (overflow.width > size.width || overflow.height > size.height) {
				console.warn(
					`warning: ${key}: content is ${overflow.width}x${overflow.height}, larger than ${size.width}x${size.height}`,
				);
			}

			await mkdir(path.dirname(output), { recursive: true });
			const type = output.endsWith('.jpg') ? 'jpeg' : 'png';
			const image = await page.screenshot({
				type,
				...(type === 'jpeg' ? { quality: 90 } : {}),
				animations: 'disabled',
				caret: 'hide',
			});
			await writeFile(output, image);
			manifest[key] = createHash('sha256').update(image).digest('hex');
			await page.close();
			pages.delete(url);
			console.log(`wrote ${path.relative(ROOT, output)} (${size.width}x${size.height}) from ${item.templateFile} [${item.lang}, ${scheme}]`);
		}
	} finally {
		await browser.close();
		const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
		await mkdir(outDir, { recursive: true });
		await writeFile(manifestFile, `${JSON.stringify(sorted, null, '\t')}\n`);
	}
}

main().catch((error) => {
	console.error(`render-illustrations: ${error.message}`);
	process.exitCode = 1;
});
