#!/usr/bin/env node
/**
 * Renders the hand-made schematic illustrations to images.
 *
 * Every `scripts/illustrations/<tool>/<file>.html` is opened in headless Chromium and
 * saved as `src/assets/screenshots/<tool>/<file>` (English console drawings:
 * `scripts/illustrations/en/<tool>/<file>.html` → `src/assets/screenshots/en/<tool>/<file>`), where <file> carries the image type the
 * site owner's real capture uses (`pm-1.png.html` → `pm-1.png`, `pm-6.jpg.html` → `pm-6.jpg`),
 * so a real capture can later replace the file under the same name. The SHA-256 of each
 * written file goes into `src/assets/screenshots/generated.json`: while a slot's file still
 * has that hash, the site captions it as a schematic illustration (画面イメージ（模式図）).
 * The HTML pages use only local files under scripts/illustrations/ (_shared/console.css,
 * _shared/console-chrome.js for the console's top bar and side navigation, and one layout
 * stylesheet per slot); any other request is blocked. The picture size comes from
 *   <meta name="illustration-size" content="1600x900">
 * and defaults to 1600x900 CSS px at device scale factor 1.
 *
 * Usage (from the repository root):
 *   npm run illustrations                                   # render all
 *   npm run illustrations -- session-manager/ssm-bat.png    # one file
 *   npm run illustrations -- session-manager                # one tool
 *
 * Chromium: $CHROMIUM_PATH, else /usr/bin/chromium (Japanese fonts must be installed,
 * e.g. the Debian package fonts-noto-cjk, or the text renders as empty boxes).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIR = path.join(ROOT, 'scripts', 'illustrations');
const OUTPUT_DIR = path.join(ROOT, 'src', 'assets', 'screenshots');
const MANIFEST = path.join(OUTPUT_DIR, 'generated.json');
const DEFAULT_SIZE = { width: 1600, height: 900 };
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LAUNCH_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];

const USAGE = `Usage: node scripts/render-illustrations.mjs [--help] [filter ...]

Renders scripts/illustrations/<tool>/<file>.html to src/assets/screenshots/<tool>/<file>
(<file> ends in .png or .jpg) and records each file's SHA-256 in src/assets/screenshots/generated.json.

  filter   "<tool>/<file>" (e.g. session-manager/ssm-bat.png) or "<tool>" (e.g. session-manager).
           Without filters every illustration is rendered.
  --help   Show this message.

Environment:
  CHROMIUM_PATH   Chromium executable (default: /usr/bin/chromium).`;

/** Folders of illustrations for other editions: `en/<tool>/<file>.html` draws the English console. */
const EDITION_DIRS = ['en'];

/**
 * All illustrations as { key: '<tool>/<name>' or 'en/<tool>/<name>', source, output }, sorted by key.
 * @param {string} [edition] an EDITION_DIRS folder, or undefined for the Japanese (root) edition
 */
async function findIllustrations(edition) {
	const found = [];
	const sourceDir = edition ? path.join(SOURCE_DIR, edition) : SOURCE_DIR;
	const prefix = edition ? `${edition}/` : '';
	const tools = await readdir(sourceDir, { withFileTypes: true }).catch(() => []);
	// Folders starting with `_` hold shared styles, not illustrations.
	for (const tool of tools.filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))) {
		if (!edition && EDITION_DIRS.includes(tool.name)) {
			found.push(...(await findIllustrations(tool.name)));
			continue;
		}
		const files = await readdir(path.join(sourceDir, tool.name), { withFileTypes: true });
		for (const file of files.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))) {
			const name = file.name.slice(0, -'.html'.length);
			if (!/\.(png|jpg)$/.test(name)) {
				throw new Error(`${prefix}${tool.name}/${file.name}: name it <file>.png.html or <file>.jpg.html (the output file name)`);
			}
			found.push({
				key: `${prefix}${tool.name}/${name}`,
				source: path.join(sourceDir, tool.name, file.name),
				output: path.join(OUTPUT_DIR, prefix, tool.name, name),
			});
		}
	}
	return found.sort((a, b) => a.key.localeCompare(b.key));
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
	const unknownOption = args.find((arg) => arg.startsWith('-'));
	if (unknownOption) throw new Error(`unknown option ${unknownOption}\n\n${USAGE}`);

	// Filters may be written with a trailing ".html" or with Windows separators.
	const filters = args.map((arg) => arg.replace(/\\/g, '/').replace(/\.html$/, '').replace(/\/$/, ''));
	const all = await findIllustrations();
	const selected = filters.length
		? all.filter(({ key }) => filters.some((f) => key === f || key.startsWith(`${f}/`)))
		: all;
	const unmatched = filters.filter((f) => !all.some(({ key }) => key === f || key.startsWith(`${f}/`)));
	if (unmatched.length) {
		throw new Error(`no illustration matches: ${unmatched.join(', ')} (looked in ${path.relative(ROOT, SOURCE_DIR)})`);
	}
	if (!selected.length) {
		console.log(`No illustrations found in ${path.relative(ROOT, SOURCE_DIR)}.`);
		return;
	}

	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Chromium not found at ${CHROMIUM_PATH}. Install it (e.g. apt-get install chromium) ` +
				'or set CHROMIUM_PATH to the executable.',
		);
	}

	const manifest = existsSync(MANIFEST) ? JSON.parse(await readFile(MANIFEST, 'utf8')) : {};
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
	try {
		const context = await browser.newContext({ viewport: DEFAULT_SIZE, deviceScaleFactor: 1 });
		// Illustrations must be self-contained: refuse anything that is not the page itself.
		await context.route('**/*', (route) => {
			const url = route.request().url();
			return url.startsWith('file:') || url.startsWith('data:') ? route.continue() : route.abort();
		});

		for (const item of selected) {
			const page = await context.newPage();
			await page.goto(pathToFileURL(item.source).href, { waitUntil: 'load' });

			// Size the viewport from the page's own <meta name="illustration-size">.
			const sizeContent = await page
				.locator('meta[name="illustration-size"]')
				.getAttribute('content', { timeout: 1000 })
				.catch(() => null);
			const size = parseSize(sizeContent, item.key);
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
					`warning: ${item.key}: content is ${overflow.width}x${overflow.height}, larger than ${size.width}x${size.height}`,
				);
			}

			await mkdir(path.dirname(item.output), { recursive: true });
			const type = item.output.endsWith('.jpg') ? 'jpeg' : 'png';
			const image = await page.screenshot({
				type,
				...(type === 'jpeg' ? { quality: 90 } : {}),
				animations: 'disabled',
				caret: 'hide',
			});
			await writeFile(item.output, image);
			manifest[item.key] = createHash('sha256').update(image).digest('hex');
			await page.close();
			console.log(`wrote ${path.relative(ROOT, item.output)} (${size.width}x${size.height}) from ${path.relative(ROOT, item.source)}`);
		}
	} finally {
		await browser.close();
		const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
		await writeFile(MANIFEST, `${JSON.stringify(sorted, null, '\t')}\n`);
	}
}

main().catch((error) => {
	console.error(`render-illustrations: ${error.message}`);
	process.exitCode = 1;
});
