import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import sharp from 'sharp';
import { editionOf, editions, englishPath, type Edition } from './site';

/**
 * Checks that every built page must pass, each returning the problems it found as readable lines (an empty list
 * is a pass). The site sweep (tests/site-sweep.spec.ts) runs them all on one load of each page, so the suite
 * loads a page once instead of once per check.
 */

// --- Links and anchors ---------------------------------------------------------------------------------------

interface PageLinks {
	/** Absolute URLs of every link and resource the page references. */
	urls: string[];
	/** Every id (and `<a name>`) on the page, i.e. every valid fragment for links to it. */
	anchors: string[];
}

async function collectLinks(page: Page): Promise<PageLinks> {
	return page.evaluate(() => {
		const urls = new Set<string>();
		const add = (value: string | null) => {
			if (value) urls.add(new URL(value, document.baseURI).href);
		};
		for (const element of document.querySelectorAll<HTMLElement>('[href], [src]')) {
			add(element.getAttribute('href'));
			add(element.getAttribute('src'));
		}
		for (const element of document.querySelectorAll('[srcset]')) {
			for (const candidate of element.getAttribute('srcset')!.split(',')) add(candidate.trim().split(/\s+/)[0] ?? null);
		}
		for (const meta of document.querySelectorAll('meta[property^="og:"][content], meta[name^="twitter:"][content]')) {
			const content = meta.getAttribute('content')!;
			if (/^(https?:)?\//.test(content)) add(content);
		}
		const anchors = [...document.querySelectorAll('[id]')].map((element) => element.id);
		anchors.push(...[...document.querySelectorAll('a[name]')].map((element) => element.getAttribute('name')!));
		return { urls: [...urls], anchors };
	});
}

interface LinkTarget {
	status: number;
	anchors: Set<string>;
}

/** Fetches a target once per worker and remembers its status and, for HTML, its anchors. */
const targets = new Map<string, Promise<LinkTarget>>();

function inspectTarget(request: APIRequestContext, page: Page, url: string): Promise<LinkTarget> {
	let result = targets.get(url);
	if (!result) {
		result = (async () => {
			const response = await request.get(url, { maxRedirects: 0 });
			const isHtml = (response.headers()['content-type'] ?? '').includes('text/html');
			const anchors = isHtml ? await idsInHtml(page, await response.text()) : [];
			return { status: response.status(), anchors: new Set(anchors) };
		})();
		targets.set(url, result);
	}
	return result;
}

/** Every id and `<a name>` of an HTML document, parsed by the browser. */
function idsInHtml(page: Page, html: string): Promise<string[]> {
	return page.evaluate((source) => {
		const parsed = new DOMParser().parseFromString(source, 'text/html');
		const ids = [...parsed.querySelectorAll('[id]')].map((element) => element.id);
		return [...ids, ...[...parsed.querySelectorAll('a[name]')].map((element) => element.getAttribute('name')!)];
	}, html);
}

/**
 * Every internal `href`/`src`/`srcset` (and og/twitter URL) answers 2xx, stays under the base path, and every
 * `#fragment` names an element on its target page. Fragments are plain ASCII: wiki links never carry
 * percent-encoded Japanese. External links are not checked (unreachable offline).
 */
export async function brokenLinks(page: Page, request: APIRequestContext, baseURL: string): Promise<string[]> {
	const { urls, anchors } = await collectLinks(page);
	const base = new URL(baseURL);
	const problems: string[] = [];
	for (const link of urls) {
		const url = new URL(link);
		if (url.origin !== base.origin) continue;
		if (!url.pathname.startsWith(base.pathname)) {
			problems.push(`${link}: outside the site's base path`);
			continue;
		}
		if (url.hash && !/^#[A-Za-z0-9_-]*$/.test(url.hash)) problems.push(`${link}: fragment is not plain ASCII`);
		const fragment = decodeURIComponent(url.hash.slice(1));
		url.hash = '';
		const isSamePage = url.href === new URL(page.url()).href.replace(/#.*$/, '');
		const target = isSamePage ? { status: 200, anchors: new Set(anchors) } : await inspectTarget(request, page, url.href);
		if (target.status < 200 || target.status >= 300) problems.push(`${link}: HTTP ${target.status}`);
		else if (fragment && fragment !== 'top' && !target.anchors.has(fragment)) problems.push(`${link}: no element with id "${fragment}"`);
	}
	return problems;
}

// --- The page itself -----------------------------------------------------------------------------------------

/** Served in its edition's language, with exactly one h1 and the site title in <title>. */
export async function identityProblems(page: Page, pagePath: string): Promise<string[]> {
	const edition = editionOf(pagePath);
	const { lang, h1Count, title } = await page.evaluate(() => ({
		lang: document.documentElement.lang,
		h1Count: document.querySelectorAll('h1').length,
		title: document.title,
	}));
	const problems: string[] = [];
	if (lang !== edition) problems.push(`<html lang="${lang}">, expected "${edition}"`);
	if (h1Count !== 1) problems.push(`${h1Count} <h1> elements, expected 1`);
	if (!title.includes(editions[edition].siteTitle)) problems.push(`<title> "${title}" lacks the site title`);
	return problems;
}

const asciiId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Section ids of the content in document order: headings, glossary terms and the generated sources section. */
export function sectionIds(page: Page): Promise<string[]> {
	return page.locator('.sl-markdown-content :is(h2, h3)[id]').evaluateAll((headings) => headings.map((heading) => heading.id));
}

/** Every H2/H3 of the content has a short, lowercase ASCII id, used once. */
export async function headingIdProblems(page: Page): Promise<string[]> {
	const ids = await page.locator('.sl-markdown-content :is(h2, h3)').evaluateAll((headings) => headings.map((heading) => heading.id));
	const notAscii = ids.filter((id) => !asciiId.test(id)).map((id) => `heading id "${id}" is not short lowercase ASCII`);
	const twice = ids.filter((id, index) => ids.indexOf(id) !== index).map((id) => `heading id "${id}" appears twice`);
	return [...notAscii, ...twice];
}

// --- Figures -------------------------------------------------------------------------------------------------

const illustrationLabels: Record<Edition, string> = { ja: '画面イメージ（模式図）', en: 'Screen illustration (schematic)' };

/**
 * Raster images come as WebP/AVIF with a srcset and explicit size (no layout shift), every image has real alt
 * text, inline SVG diagrams carry a <title>, diagrams shown as images are well-formed SVG that the browser draws
 * (an SVG image with one XML error shows nothing at all), and schematic illustrations are captioned as such.
 */
export async function imageProblems(page: Page, pagePath: string): Promise<string[]> {
	const label = illustrationLabels[editionOf(pagePath)];
	return page.evaluate(async (illustrationLabel) => {
		const problems: string[] = [];
		const modern = /\.(webp|avif)($|\?)/;
		for (const img of document.querySelectorAll('img')) {
			const src = img.getAttribute('src') ?? '';
			const srcset = (img.getAttribute('srcset') ?? '')
				.split(',')
				.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
				.filter(Boolean);
			if (!(img.getAttribute('alt') ?? '').trim()) problems.push(`${src}: empty alt`);
			if (!img.getAttribute('width') || !img.getAttribute('height')) problems.push(`${src}: no width/height`);
			if (/\.svg($|\?)/.test(src)) continue;
			if (!modern.test(src)) problems.push(`${src}: not WebP/AVIF`);
			if (srcset.length === 0) problems.push(`${src}: no srcset`);
			for (const candidate of srcset) if (!modern.test(candidate)) problems.push(`${candidate}: srcset entry not WebP/AVIF`);
		}
		for (const svg of document.querySelectorAll('figure.figure--diagram svg.figure__svg')) {
			if (!svg.querySelector(':scope > title')?.textContent?.trim()) problems.push(`diagram without a <title>: ${svg.outerHTML.slice(0, 80)}`);
		}
		for (const img of document.querySelectorAll<HTMLImageElement>('figure.figure--diagram img.figure__svg')) {
			// The page's own copy loads lazily; a fresh one loads now.
			const drawn = new Image();
			drawn.src = img.src;
			const source = await (await fetch(img.src)).text();
			if (new DOMParser().parseFromString(source, 'image/svg+xml').querySelector('parsererror')) problems.push(`${img.src}: not well-formed SVG`);
			else await drawn.decode().catch(() => problems.push(`${img.src}: the browser cannot draw it`));
		}
		// The zoom dialog is mounted only where the page source has figures; one found here without it could not open.
		if (document.querySelector('starlight-image-zoom-zoomable') && !document.querySelector('starlight-image-zoom')) problems.push('zoomable figure, but no zoom dialog on the page');
		for (const caption of document.querySelectorAll('figure.figure--illustration figcaption')) {
			if (!caption.textContent?.includes(illustrationLabel)) problems.push(`illustration caption without 「${illustrationLabel}」: ${caption.textContent?.trim()}`);
		}
		return problems;
	}, label);
}

// --- Sharing -------------------------------------------------------------------------------------------------

/**
 * Open Graph and Twitter tags are complete and point at this page and its own 1200×630 PNG card
 * (`og/session-manager.png`, `og/en/session-manager.png`; the home pages are `og/index.png` and `og/en.png`).
 */
export async function socialTagProblems(page: Page, request: APIRequestContext, pagePath: string, baseURL: string): Promise<string[]> {
	const tags = await page.evaluate(() => {
		const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? null;
		return {
			canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
			url: meta('meta[property="og:url"]'),
			title: meta('meta[property="og:title"]'),
			description: meta('meta[property="og:description"]'),
			locale: meta('meta[property="og:locale"]'),
			localeAlternate: meta('meta[property="og:locale:alternate"]'),
			card: meta('meta[name="twitter:card"]'),
			image: meta('meta[property="og:image"]'),
			twitterImage: meta('meta[name="twitter:image"]'),
		};
	});
	const edition = editionOf(pagePath);
	const otherEdition: Edition = edition === 'ja' ? 'en' : 'ja';
	const expectedImage = new URL(`og/${pagePath.replace(/\/$/, '') || 'index'}.png`, baseURL).href;
	const expected: Partial<Record<keyof typeof tags, string>> = {
		canonical: new URL(pagePath, baseURL).href,
		url: new URL(pagePath, baseURL).href,
		locale: editions[edition].ogLocale,
		localeAlternate: editions[otherEdition].ogLocale,
		card: 'summary_large_image',
		image: expectedImage,
		twitterImage: expectedImage,
	};
	const problems = Object.entries(expected)
		.filter(([name, value]) => tags[name as keyof typeof tags] !== value)
		.map(([name, value]) => `${name} is ${JSON.stringify(tags[name as keyof typeof tags])}, expected ${JSON.stringify(value)}`);
	if (!tags.title) problems.push('og:title is empty');
	if ((tags.description?.length ?? 0) <= 20) problems.push(`og:description is too short: ${JSON.stringify(tags.description)}`);
	const response = await request.get(expectedImage);
	if (response.status() !== 200) return [...problems, `${expectedImage}: HTTP ${response.status()}`];
	const { width, height, format } = await sharp(await response.body()).metadata();
	if (width !== 1200 || height !== 630 || format !== 'png') problems.push(`card is ${format} ${width}×${height}, expected png 1200×630`);
	return problems;
}

/** The page and its counterpart in the other edition announce each other, with Japanese as the default. */
export async function alternateProblems(page: Page, pagePath: string, baseURL: string): Promise<string[]> {
	const japanesePath = editionOf(pagePath) === 'ja' ? pagePath : pagePath.slice(editions.en.prefix.length);
	const alternates = await page
		.locator('link[rel="alternate"][hreflang]')
		.evaluateAll((links) => Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])));
	const expected = {
		ja: new URL(japanesePath, baseURL).href,
		en: new URL(englishPath(japanesePath), baseURL).href,
		'x-default': new URL(japanesePath, baseURL).href,
	};
	return JSON.stringify(alternates) === JSON.stringify(expected)
		? []
		: [`hreflang alternates are ${JSON.stringify(alternates)}, expected ${JSON.stringify(expected)}`];
}

// --- The English edition -------------------------------------------------------------------------------------

/**
 * Japanese text a reader (or a screen reader) of an English page would meet: text nodes and the accessible
 * attributes. The language picker's 「日本語」 option is the one deliberate exception.
 */
export function japaneseOnPage(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const japanese = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest('script, style, template, starlight-lang-select option')) continue;
			if (japanese.test(node.textContent ?? '')) found.push(`text in <${parent.tagName.toLowerCase()}>: ${node.textContent!.trim().slice(0, 80)}`);
		}
		for (const element of document.querySelectorAll('[alt], [title], [aria-label], [placeholder], [data-strings], meta[content]')) {
			for (const name of ['alt', 'title', 'aria-label', 'placeholder', 'data-strings', 'content']) {
				const value = element.getAttribute(name);
				if (value && japanese.test(value)) found.push(`${name} of <${element.tagName.toLowerCase()}>: ${value.slice(0, 80)}`);
			}
		}
		for (const template of document.querySelectorAll('template')) {
			if (japanese.test(template.innerHTML)) found.push(`template: ${template.innerHTML.match(japanese)?.input?.slice(0, 80)}`);
		}
		return found;
	});
}

/**
 * An English page is English (`lang="en"` on <main>: Starlight's fallback for a missing translation serves the
 * Japanese text marked `lang="ja"`), has the same section ids as its Japanese counterpart, contains no Japanese
 * and cites the English AWS docs.
 */
export async function englishEditionProblems(page: Page, request: APIRequestContext, pagePath: string, baseURL: string): Promise<string[]> {
	const problems: string[] = [];
	const mainLang = await page.locator('main').getAttribute('lang');
	if (mainLang !== 'en') problems.push(`<main lang="${mainLang}">: Starlight served a fallback, not an English page`);
	const japanesePath = pagePath.slice(editions.en.prefix.length);
	const japaneseHtml = await (await request.get(new URL(japanesePath, baseURL).href)).text();
	const japaneseIds = await page.evaluate((html) => {
		const parsed = new DOMParser().parseFromString(html, 'text/html');
		return [...parsed.querySelectorAll('.sl-markdown-content :is(h2, h3)[id]')].map((heading) => heading.id);
	}, japaneseHtml);
	const englishIds = await sectionIds(page);
	if (JSON.stringify(englishIds) !== JSON.stringify(japaneseIds)) {
		problems.push(`section ids differ from /${japanesePath}: ${JSON.stringify(englishIds)} vs ${JSON.stringify(japaneseIds)}`);
	}
	problems.push(...(await japaneseOnPage(page)));
	const japaneseDocs = await page
		.locator('a[href*="docs.aws.amazon.com/ja_jp/"], a[href*="aws.amazon.com/jp/"]')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	problems.push(...japaneseDocs.map((href) => `cites the Japanese AWS docs: ${href}`));
	return problems;
}

// --- Security headers and intranet ---------------------------------------------------------------------------

/**
 * Serves every response with the given headers (the build's Content-Security-Policy and friends) and records
 * each policy violation the page reports. Call before the page loads; read the list afterwards.
 */
export async function applySecurityHeaders(page: Page, headers: Record<string, string>): Promise<() => Promise<string[]>> {
	await page.route('**/*', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
	});
	await page.addInitScript(() => {
		const violations: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = violations;
		document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`));
	});
	return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** Records every request to another origin: the site must work on an intranet with no internet access. */
export function recordForeignRequests(page: Page, origin: string): string[] {
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
	});
	return foreign;
}

// --- Accessibility -------------------------------------------------------------------------------------------

/** WCAG 2.2 AA and axe best practices. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on colours: all that can change between the light and the dark theme. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe on the page as it is now. Excluded, with reasons:
 * - Expressive Code blocks (`.expressive-code pre`): each is a `role="region"` with the same label, which axe
 *   reports as landmark-unique; Starlight's own accessibility sweep ignores it for the same reason.
 * - Starlight's search button (`site-search > button`): visible text 「検索 Ctrl K」, accessible name 「検索」
 *   (label-content-name-mismatch); Starlight's own component, not content.
 *
 * Legacy mode runs axe in the page itself; the default mode also opens a blank page per run to merge frame
 * results, which costs three times as long and buys nothing here: the site has no iframes (checked).
 */
export async function accessibilityProblems(page: Page, { coloursOnly = false, label = '' } = {}): Promise<string[]> {
	const frames = await page.locator('iframe').count();
	const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).exclude('site-search > button').exclude('.expressive-code pre');
	const { violations } = await (coloursOnly ? builder.withRules(colourRules) : builder.withTags(axeTags)).analyze();
	const prefix = label ? `${label}: ` : '';
	return [
		...(frames > 0 ? [`${prefix}${frames} iframe(s): legacy-mode axe does not look inside them`] : []),
		...violations.map(({ id, impact, nodes }) => `${prefix}${id} (${impact}): ${nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`),
	];
}

/**
 * The light theme with every rule, then the dark theme with the colour rules. Starlight's "auto" theme follows
 * the system setting live, so one page load serves both themes.
 */
export async function accessibilityProblemsInBothThemes(page: Page): Promise<string[]> {
	const problems: string[] = [];
	for (const theme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: theme });
		await page.locator(`html[data-theme="${theme}"]`).waitFor({ state: 'attached' });
		problems.push(...(await accessibilityProblems(page, { coloursOnly: theme === 'dark', label: theme })));
	}
	return problems;
}
