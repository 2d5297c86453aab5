#!/usr/bin/env node
// Lists every screenshot slot, whether it still holds the schematic illustration or a real capture, and which
// pages show it — so the site owner can see at a glance which captures are still missing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readScreenshotSlots } from '../src/plugins/screenshots/slots.ts';

if (process.argv.includes('--help')) {
	console.log('Usage: npm run slots\n\nLists src/assets/screenshots/[en/]<tool>/<file> slots: illustration or capture, with a dark-mode picture or not, and the pages using each.');
	process.exit(0);
}

const pagesDir = 'src/content/docs';
/** English pages use `en/<slot>` when it exists and fall back to the Japanese console's `<slot>`. */
const pagesIn = (dir) => readdirSync(join(pagesDir, dir)).filter((file) => file.endsWith('.mdx')).map((file) => join(dir, file));
const japanesePages = pagesIn('');
const englishPages = pagesIn('en');
const uses = (file, name) => readFileSync(join(pagesDir, file), 'utf8').includes(`name="${name}"`);
const usage = (slot, slots) =>
	slot.startsWith('en/')
		? englishPages.filter((file) => uses(file, slot.slice(3)))
		: [...japanesePages, ...englishPages.filter((file) => !slots[`en/${slot}`])].filter((file) => uses(file, slot));

const slots = readScreenshotSlots(process.cwd());
for (const [slot, { illustration, dark }] of Object.entries(slots).sort(([a], [b]) => a.localeCompare(b))) {
	const usedOn = usage(slot, slots).map((file) => `/${file.replace(/\.mdx$/, '')}/`);
	// Whether the dark theme has a picture of its own (dark/<slot>) or shows this one in both themes.
	const themes = dark ? 'ライト／ダーク' : 'ライトのみ　　';
	console.log(`${illustration ? '模式図' : '実画面'}  ${themes}  ${slot.padEnd(44)} ${usedOn.join(' ') || '(not used on any page)'}`);
}
