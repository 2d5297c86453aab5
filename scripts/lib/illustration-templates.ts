import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Templates of the schematic illustrations (scripts/illustrations/, rendered by scripts/render-illustrations.mjs):
 * one template per screenshot slot for every language, its words in a strings file beside it.
 *
 *   scripts/illustrations/<tool>/<file>.html           the slot: front matter, then its own markup with {{key}}s
 *   scripts/illustrations/<tool>/<file>.strings.json   { "ja": { "key": "…" }, "en": { "key": "…" } }
 *   scripts/illustrations/_shared/strings.json         words every page may use (console chrome)
 *   scripts/illustrations/_shared/page.html, …         layouts: in _shared/, or named _*.html in a tool's folder
 *
 * First a slot is put together with its layouts (composeTemplate), so that what pages share is written once:
 *
 *   ---                                  front matter: `name: value` lines (and `# comments`) between `---` lines
 *   layout: _shared/console              the layout that wraps the body: its path below scripts/illustrations/
 *   stylesheet: pm-1.png.css             hrefs as seen from the slot's folder; the layouts' come first
 *   window: data-nav="fleet"             any other name is a parameter, markup a layout inserts as {{@window}}
 *   ---
 *   <div class="title-row">…</div>       the body, which the layout inserts as {{@content}}
 *
 * A layout is a template too, with front matter of its own (its layout, its stylesheets, defaults for parameters);
 * the outermost, _shared/page.html, writes the document and `{{@stylesheet}}`, `{{@script}}` as <link>, <script>.
 * Then the page is filled for each language:
 *
 * `{{key}}` is replaced by the language's string, HTML-escaped; a key whose name ends in `Html` (`{{noteHtml}}`)
 * is trusted markup, inserted as written (a `<br>`, a `<span class="mono">` inside a sentence), and belongs in
 * element content only. `{{lang}}` is the language code itself (`<html lang="{{lang}}">`). Text that reads the
 * same in every language (IDs, command output, product names) stays in the template. Every language of a strings
 * file is rendered; a key the page uses that a language lacks, or a key a language has that the page never uses,
 * stops the render with the file and the key in the message, so no picture ships with a hole or a stale string.
 * So does a missing layout, a {{@name}} nothing sets or a parameter nothing uses.
 */

/** The site's root language: its pictures keep the plain paths; every other language's go under `<lang>/`. */
export const defaultLanguage = 'ja';

/** language → key → string, as in a strings file. */
export type Strings = Record<string, Record<string, string>>;

/** One screenshot slot: `<tool>/<file>` (`patch-manager/pm-7.jpg`), its template and its strings. */
export interface Slot {
	slot: string;
	/** The page put together from the slot's file and its layouts (composeTemplate): only {{key}}s are left. */
	template: string;
	templateFile: string;
	strings: Strings;
	stringsFile: string;
}

/** One picture to render: a slot in one language. `key` is its path below src/assets/screenshots/ and its manifest key. */
export interface Rendering {
	key: string;
	slot: string;
	lang: string;
	html: string;
	/** The template, as named in messages (relative to the repository root when read by the renderer). */
	templateFile: string;
}

/** The shared strings every template may use: the console chrome's labels. */
export interface SharedStrings {
	strings: Strings;
	file: string;
}

const builtinKeys = ['lang'];
const keyPattern = /^[A-Za-z][A-Za-z0-9]*$/;
// A language code becomes a folder name: keep it to what BCP 47 tags look like.
const languagePattern = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML that shows it as written, in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => entities[char]!);
}

/** Keys named `…Html` hold markup that is inserted unescaped. */
export function isHtmlKey(key: string): boolean {
	return key.endsWith('Html');
}

/** The keys a template uses, in order of first use. A `{{` that does not make a well-formed placeholder is an error. */
export function templateKeys(template: string, file: string): string[] {
	const keys = new Set<string>();
	for (const match of template.matchAll(/\{\{([^{}]*)\}\}/g)) {
		const key = match[1]!.trim();
		if (!keyPattern.test(key)) throw new Error(`${file}: "{{${match[1]}}}" is not a placeholder name (letters and digits, e.g. {{title}})`);
		keys.add(key);
	}
	const rest = template.replace(/\{\{[^{}]*\}\}/g, '');
	const stray = /\{\{|\}\}/.exec(rest);
	if (stray) throw new Error(`${file}: unmatched "${stray[0]}" near "${rest.slice(Math.max(0, stray.index - 20), stray.index + 20)}"`);
	return [...keys];
}

/** Reads a strings file's JSON, checking its shape: languages of keys of strings, and the default language present. */
export function parseStrings(json: string, file: string, { requireDefault = true } = {}): Strings {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (error) {
		throw new Error(`${file}: ${(error as Error).message}`);
	}
	if (!isRecord(data)) throw new Error(`${file}: expected { "<lang>": { "<key>": "<string>" } }`);
	for (const [lang, strings] of Object.entries(data)) {
		if (!languagePattern.test(lang)) throw new Error(`${file}: "${lang}" is not a language code (e.g. "ja", "en", "pt-BR")`);
		if (!isRecord(strings)) throw new Error(`${file}: "${lang}" must be an object of strings`);
		for (const [key, value] of Object.entries(strings)) {
			if (!keyPattern.test(key)) throw new Error(`${file}: "${lang}"."${key}" is not a key name (letters and digits)`);
			if (builtinKeys.includes(key)) throw new Error(`${file}: "${lang}"."${key}": {{${key}}} is filled in by the renderer`);
			if (typeof value !== 'string') throw new Error(`${file}: "${lang}"."${key}" must be a string`);
		}
	}
	if (requireDefault && !(defaultLanguage in data)) throw new Error(`${file}: no "${defaultLanguage}" strings (the site's root language)`);
	return data as Strings;
}

/** Where a slot's picture goes, below src/assets/screenshots/: `<tool>/<file>`, or `<lang>/<tool>/<file>` for other languages. */
export function illustrationPath(slot: string, lang: string): string {
	return lang === defaultLanguage ? slot : `${lang}/${slot}`;
}

/** Replaces every {{key}} with the language's string (escaped unless the key is an `…Html` one). */
export function fillTemplate(template: string, lang: string, strings: Record<string, string>, file: string): string {
	return template.replace(/\{\{([^{}]*)\}\}/g, (_, name: string) => {
		const key = name.trim();
		if (key === 'lang') return lang;
		const value = strings[key];
		if (value === undefined) throw new Error(`${file}: {{${key}}} has no "${lang}" string`);
		return isHtmlKey(key) ? value : escapeHtml(value);
	});
}

/** A template file: its front matter (`name: value` lines between two `---` lines) and its body. */
export interface TemplateSource {
	/** The template that wraps this one: its path below scripts/illustrations/ without `.html` (`_shared/page`). */
	layout?: string;
	/** Every other name of the front matter. `stylesheet` and `script` are lists: hrefs separated by spaces. */
	params: Record<string, string>;
	body: string;
}

/** Reads a template by its path below scripts/illustrations/ (`_shared/page.html`); undefined when there is none. */
export type ReadTemplate = (path: string) => string | undefined;

/** Parameters written as one tag per href. They add up along the layouts, outermost first: shared sheets before a slot's own. */
const listParams: Record<string, (href: string) => string> = {
	stylesheet: (href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`,
	script: (href) => `<script src="${escapeHtml(href)}" defer></script>`,
};
const frontMatterLine = /^([A-Za-z][A-Za-z0-9]*):(?:[ \t]+(.*?))?\s*$/;
// A path below scripts/illustrations/: no leading dot, so no way up and out of it.
const templatePath = /^(?:[\w-][\w.-]*\/)*[\w-][\w.-]*$/;

/** Splits a template into front matter and body. A file that does not start with a `---` line is all body. */
export function parseTemplate(text: string, file: string): TemplateSource {
	const lines = text.split('\n');
	if (lines[0]?.trimEnd() !== '---') return { params: {}, body: text };
	const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
	if (end < 0) throw new Error(`${file}: the front matter opened by "---" on line 1 is never closed by another "---" line`);
	const source: TemplateSource = { params: {}, body: lines.slice(end + 1).join('\n') };
	const seen = new Set<string>();
	for (let index = 1; index < end; index++) {
		const line = lines[index]!;
		// Blank lines and `# …` comments explain the parameters without being any.
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		const where = `${file}:${index + 1}`;
		const match = frontMatterLine.exec(line);
		if (!match) throw new Error(`${where}: expected "name: value" in the front matter, not "${line.trim()}"`);
		const name = match[1]!;
		const value = match[2] ?? '';
		if (seen.has(name)) throw new Error(`${where}: "${name}" is set twice`);
		seen.add(name);
		if (name === 'layout') {
			if (!templatePath.test(value)) throw new Error(`${where}: layout "${value}" is not a path like _shared/page`);
			source.layout = value;
		} else if (name === 'content') {
			throw new Error(`${where}: "content" is the body a layout wraps; it cannot be set`);
		} else if (value.includes('{{@')) {
			throw new Error(`${where}: "${name}" is inserted as written, so it cannot hold another {{@…}}`);
		} else {
			source.params[name] = value;
		}
	}
	return source;
}

/**
 * A slot's template put together: its body in its layout's {{@content}}, that in its own layout's, and so on out to
 * a file without a layout (the page), every {{@name}} filled, so that only the {{key}} placeholders of the words are
 * left. A parameter takes the value of the innermost file that sets it (a slot overrides its layout's default);
 * `stylesheet` and `script` add up instead, outermost first. A parameter that no file of the chain uses is an error
 * (a typo would otherwise be ignored silently), as is a {{@name}} that none sets. `label` goes before file names in
 * messages (the folder as seen from the repository root).
 */
export function composeTemplate(path: string, read: ReadTemplate, label = ''): string {
	const named = (file: string) => (label ? `${label}/${file}` : file);
	const chain: Array<TemplateSource & { file: string }> = [];
	for (let next: string | undefined = path; next !== undefined; ) {
		const file = named(next);
		const caller = chain.at(-1);
		if (chain.some((item) => item.file === file)) {
			throw new Error(`${caller!.file}: layout "${caller!.layout}" makes a loop: ${[...chain.map((item) => item.file), file].join(' → ')}`);
		}
		const text = read(next);
		if (text === undefined) throw new Error(caller ? `${caller.file}: layout "${caller.layout}" not found (no ${file})` : `${file}: not found`);
		const source = parseTemplate(text, file);
		chain.push({ ...source, file });
		next = source.layout === undefined ? undefined : `${source.layout}.html`;
	}

	const values: Record<string, string> = {};
	const setBy: Record<string, string> = {};
	const lists: Record<string, string[]> = Object.fromEntries(Object.keys(listParams).map((key) => [key, []]));
	for (const source of [...chain].reverse()) {
		for (const [key, value] of Object.entries(source.params)) {
			const list = lists[key];
			if (list) list.push(...value.split(/\s+/).filter(Boolean));
			else values[key] = value;
			setBy[key] = source.file;
		}
	}
	for (const [key, hrefs] of Object.entries(lists)) values[key] = hrefs.map(listParams[key]!).join('\n');

	const used = new Set<string>();
	let content: string | undefined;
	let page = '';
	for (const source of chain) {
		page = fillParams(source.body, source.file, (key) => {
			if (key === 'content') {
				if (content === undefined) throw new Error(`${source.file}: {{@content}} belongs in a layout, where the body it wraps goes`);
				return content;
			}
			const value = values[key];
			if (value === undefined) {
				throw new Error(`${source.file}: {{@${key}}} is set neither by ${chain[0]!.file} nor by its layouts`);
			}
			used.add(key);
			return value;
		});
		content = withoutFinalNewline(page);
	}
	for (const [key, file] of Object.entries(setBy)) {
		if (!used.has(key)) throw new Error(`${file}: "${key}" is used by none of ${chain.map((item) => item.file).join(', ')}`);
	}
	return page;
}

/** Replaces every {{@name}} with `value(name)`; the inserted text is not scanned again. */
function fillParams(text: string, file: string, value: (key: string) => string): string {
	return text.replace(/\{\{@([^{}]*)\}\}/g, (placeholder, name: string) => {
		const key = name.trim();
		if (!keyPattern.test(key)) throw new Error(`${file}: "${placeholder}" is not a parameter name (letters and digits, e.g. {{@content}})`);
		return value(key);
	});
}

/** A body goes into {{@content}} without the newline that ends its file: `<div>{{@content}}</div>` holds just the body. */
function withoutFinalNewline(text: string): string {
	return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/**
 * Every slot in every language of its strings file, filled, after checking that each language has exactly the keys
 * its template uses (with the shared strings for the keys a slot does not define). All mistakes are reported at
 * once, one line each, naming the file and the key.
 */
export function expandSlots(slots: Slot[], shared: SharedStrings): Rendering[] {
	const errors: string[] = [];
	const renderings: Rendering[] = [];
	const usedShared = new Set<string>();
	for (const slot of slots) {
		let keys: string[];
		try {
			keys = templateKeys(slot.template, slot.templateFile);
		} catch (error) {
			errors.push((error as Error).message);
			continue;
		}
		for (const key of keys) usedShared.add(key);
		for (const [lang, own] of Object.entries(slot.strings)) {
			const strings = { ...shared.strings[lang], ...own };
			const missing = keys.filter((key) => !builtinKeys.includes(key) && strings[key] === undefined);
			for (const key of missing) {
				errors.push(`${slot.templateFile}: {{${key}}} has no "${lang}" string in ${slot.stringsFile} (nor in ${shared.file})`);
			}
			for (const key of Object.keys(own)) {
				if (!keys.includes(key)) errors.push(`${slot.stringsFile}: "${lang}"."${key}" is never used by ${slot.templateFile}`);
				if (shared.strings[lang]?.[key] !== undefined) {
					errors.push(`${slot.stringsFile}: "${lang}"."${key}" is also in ${shared.file}; give the slot's own string another name`);
				}
			}
			if (!missing.length) {
				renderings.push({
					key: illustrationPath(slot.slot, lang),
					slot: slot.slot,
					lang,
					html: fillTemplate(slot.template, lang, strings, slot.templateFile),
					templateFile: slot.templateFile,
				});
			}
		}
	}
	for (const [lang, strings] of Object.entries(shared.strings)) {
		for (const key of Object.keys(strings)) {
			if (!usedShared.has(key)) errors.push(`${shared.file}: "${lang}"."${key}" is never used by any template`);
		}
	}
	if (errors.length) throw new Error(`illustration strings do not match their templates:\n  ${errors.join('\n  ')}`);
	return renderings.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * The slots below `sourceDir` (scripts/illustrations/): every `<tool>/<file>.html` with its `<file>.strings.json`,
 * put together with its layouts, and `_shared/strings.json`. Folders starting with `_` hold shared files, and
 * `_*.html` files in a tool folder are layouts of that tool's slots: neither is a slot. `label` is how file names
 * are shown in messages (the folder as seen from the repository root). Every slot that cannot be put together is
 * reported at once.
 */
export function readSlots(sourceDir: string, label = sourceDir): { slots: Slot[]; shared: SharedStrings } {
	const sharedFile = `${label}/_shared/strings.json`;
	const shared = {
		strings: parseStrings(readFileSync(join(sourceDir, '_shared', 'strings.json'), 'utf8'), sharedFile, { requireDefault: false }),
		file: sharedFile,
	};
	const read: ReadTemplate = (path) => {
		const file = join(sourceDir, path);
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	};
	const errors: string[] = [];
	const slots: Slot[] = [];
	const tools = readdirSync(sourceDir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'));
	for (const tool of tools) {
		const files = readdirSync(join(sourceDir, tool.name)).filter((name) => name.endsWith('.html') && !name.startsWith('_'));
		for (const file of files) {
			const name = file.slice(0, -'.html'.length);
			const templateFile = `${label}/${tool.name}/${file}`;
			if (!/\.(png|jpg)$/.test(name)) throw new Error(`${templateFile}: name it <file>.png.html or <file>.jpg.html (the output file name)`);
			const stringsFile = `${label}/${tool.name}/${name}.strings.json`;
			let stringsJson: string;
			try {
				stringsJson = readFileSync(join(sourceDir, tool.name, `${name}.strings.json`), 'utf8');
			} catch {
				throw new Error(`${templateFile}: no ${stringsFile} beside it (its words, at least the "${defaultLanguage}" ones)`);
			}
			let template: string;
			try {
				template = composeTemplate(`${tool.name}/${file}`, read, label);
			} catch (error) {
				errors.push((error as Error).message);
				continue;
			}
			slots.push({ slot: `${tool.name}/${name}`, template, templateFile, strings: parseStrings(stringsJson, stringsFile), stringsFile });
		}
	}
	if (errors.length) throw new Error(`illustration templates cannot be put together:\n  ${errors.join('\n  ')}`);
	return { slots: slots.sort((a, b) => a.slot.localeCompare(b.slot)), shared };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
