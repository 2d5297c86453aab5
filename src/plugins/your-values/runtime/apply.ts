/**
 * The page side of 「コマンドに自分の値を入れる」: importing this module applies the stored values. Loaded by
 * YourValuesBootstrap.astro only when values are stored. Every Expressive Code block of the page (hidden tab
 * panels included) gets the reader's values in place of the placeholders, each in a marked
 * `<mark class="your-value">`, and its copy button copies the same text. A short notice above the first such
 * block links to the settings. Presentation mode and the printed handout use the page itself, and the presenter
 * view copies it, so they show the values too (copies made before this runs are code blocks it changes as well).
 *
 * Kept to one chunk that the bootstrap imports without Vite's preload helper: it imports nothing that other
 * scripts of the site share (its strings come from strings.json for the page's language, not from the page), and
 * the settings form imports it for `valueMark`, so the list and the value checks land in this chunk too. Its
 * styles are a string added through the CSSOM: a CSS import would be linked from every page (Astro collects the
 * CSS of dynamically imported scripts too), and the CSP allows no inline styles beyond the hashed ones.
 */
import strings from '../strings.json' with { type: 'json' };
import type { ValueKey } from '../placeholders';
import type { YourValuesPageStringKey } from '../strings';
import { findPlaceholders, substituteText, type YourValues } from '../substitute';
import { parseValues, yourValuesKey } from '../values';
import styles from './your-values.css?inline';

type PageStrings = Record<YourValuesPageStringKey, string>;

type Language = keyof typeof strings;

/** The settings section in the page's edition under the site's base (the rule of src/lib/urls.ts, kept out of this chunk). */
function settingsHref(language: Language): string {
	return `${import.meta.env.BASE_URL}${language === 'en' ? 'en/' : ''}settings/#your-values`;
}

function applyStoredValues(): void {
	let values: YourValues;
	try {
		values = parseValues(localStorage.getItem(yourValuesKey(import.meta.env.BASE_URL)));
	} catch {
		return; // storage turned off after the bootstrap looked
	}
	if (Object.keys(values).length === 0) return;
	const language: Language = document.documentElement.lang === 'en' ? 'en' : 'ja';
	const pageStrings: PageStrings = strings[language];
	let first: HTMLElement | undefined;
	for (const block of Array.from(document.querySelectorAll<HTMLElement>('.expressive-code:not([data-your-values])'))) {
		if (substituteBlock(block, values, pageStrings)) first ??= block;
	}
	if (!first) return;
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(styles);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	// Slides and the deck PDF show the code as it is, without the reading view's notice.
	if (!new URLSearchParams(location.search).has('present')) addNotice(first, language, pageStrings);
}

applyStoredValues();

/** Substitutes one code block; says whether it held any placeholder. */
function substituteBlock(block: HTMLElement, values: YourValues, pageStrings: PageStrings): boolean {
	block.dataset['yourValues'] = '';
	let changed = false;
	// Placeholders never span lines; each line's text is split across the syntax-colour spans.
	const lines = block.querySelectorAll<HTMLElement>('.ec-line .code');
	for (const line of Array.from(lines.length ? lines : block.querySelectorAll<HTMLElement>('pre > code'))) {
		changed = substituteLine(line, values, pageStrings) || changed;
	}
	// The copy button copies `data-code` (lines joined by U+007F), not the text shown.
	const copy = block.querySelector<HTMLElement>('.copy button[data-code]');
	const code = copy?.dataset['code'];
	if (copy && code !== undefined) {
		const substituted = substituteText(code, values);
		copy.dataset['code'] = substituted;
		changed = changed || substituted !== code;
	}
	return changed;
}

/**
 * Replaces the placeholders in one line's text nodes. A placeholder split across spans becomes one mark inside
 * the first span (keeping its colour); the rest of it is removed from the following spans.
 */
function substituteLine(line: HTMLElement, values: YourValues, pageStrings: PageStrings): boolean {
	const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
	const nodes: { node: Text; start: number }[] = [];
	let text = '';
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		nodes.push({ node, start: text.length });
		text += node.data;
	}
	const matches = findPlaceholders(text, values);
	// From the end, so the offsets of earlier matches stay right while later nodes are split.
	for (const match of matches.reverse()) {
		const touched = nodes.filter(({ node, start }) => start < match.end && start + node.data.length > match.start);
		touched.forEach(({ node, start }, index) => {
			const from = Math.max(match.start - start, 0);
			const to = Math.min(match.end - start, node.data.length);
			if (index > 0) {
				node.deleteData(from, to - from);
				return;
			}
			const placeholder = node.splitText(from);
			placeholder.splitText(to - from);
			placeholder.replaceWith(valueMark(match.key, match.value, pageStrings['yourValues.mark']));
		});
	}
	return matches.length > 0;
}

/** A substituted value as shown: marked, and titled 「あなたの値」 for whoever wonders why it differs from the guide. */
export function valueMark(key: ValueKey, value: string, title: string): HTMLElement {
	const mark = document.createElement('mark');
	mark.className = 'your-value';
	mark.dataset['yourValue'] = key;
	mark.title = title;
	mark.textContent = value;
	return mark;
}

function addNotice(block: HTMLElement, language: Language, pageStrings: PageStrings): void {
	const notice = document.createElement('p');
	notice.className = 'your-values-notice';
	notice.dataset['pagefindIgnore'] = '';
	const link = document.createElement('a');
	link.href = settingsHref(language);
	link.textContent = pageStrings['yourValues.noticeLink'];
	notice.append(`${pageStrings['yourValues.notice']} `, link);
	// Above the tabs when the block is one of several, so the notice shows whichever tab is open.
	(block.closest('starlight-tabs') ?? block).before(notice);
}
