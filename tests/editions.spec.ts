import { expect, test, type Page } from '@playwright/test';
import { searchSite } from './support/search';
import { englishPath, publishedPagePaths } from './support/site';

/**
 * The English edition: every Japanese page has an English page under /en/ with the same section ids (so
 * `/x/#pricing` and `/en/x/#pricing` are the same section), the two point at each other, readers can switch
 * language without losing their place, and nothing Japanese is left on an English page.
 */

/** Section ids of the page content in document order: headings, glossary terms and the generated sources section. */
async function sectionIds(page: Page): Promise<string[]> {
	return page
		.locator('.sl-markdown-content :is(h2, h3)[id]')
		.evaluateAll((headings) => headings.map((heading) => heading.id));
}

/**
 * Japanese text a reader (or a screen reader) of an English page would meet: text nodes and the accessible
 * attributes. The language picker's 「日本語」 option is the one deliberate exception.
 */
async function japaneseOnPage(page: Page): Promise<string[]> {
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

for (const japanesePath of publishedPagePaths) {
	const englishPagePath = englishPath(japanesePath);

	test(`/${japanesePath} has an English counterpart with the same section ids`, async ({ page, baseURL }) => {
		await page.goto(japanesePath);
		const japaneseIds = await sectionIds(page);
		const response = await page.goto(englishPagePath);
		expect(response?.status(), `/${englishPagePath} must exist`).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		// Without an English file Starlight would serve the Japanese text under /en/ as a "fallback", marked lang="ja".
		await expect(page.locator('main')).toHaveAttribute('lang', 'en');
		expect(await sectionIds(page), `section ids of /${englishPagePath} vs /${japanesePath}`).toEqual(japaneseIds);

		// Each page announces the other: hreflang alternates, with Japanese as the default.
		for (const pagePath of [japanesePath, englishPagePath]) {
			await page.goto(pagePath);
			const alternates = await page
				.locator('link[rel="alternate"][hreflang]')
				.evaluateAll((links) => Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])));
			expect(alternates).toEqual({
				ja: new URL(japanesePath, baseURL).href,
				en: new URL(englishPagePath, baseURL).href,
				'x-default': new URL(japanesePath, baseURL).href,
			});
		}
	});

	test(`/${englishPagePath} contains no Japanese and cites the English AWS docs`, async ({ page }) => {
		await page.goto(englishPagePath);
		expect(await japaneseOnPage(page)).toEqual([]);
		const japaneseDocs = await page
			.locator('a[href*="docs.aws.amazon.com/ja_jp/"], a[href*="aws.amazon.com/jp/"]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(japaneseDocs).toEqual([]);
	});
}

test('the Japanese-text check finds Japanese on a Japanese page (self-test)', async ({ page }) => {
	await page.goto('session-manager/');
	expect((await japaneseOnPage(page)).length).toBeGreaterThan(10);
});

test('the language picker switches to the same section of the other edition', async ({ page, baseURL }) => {
	await page.goto('session-manager/#pricing');
	await page.getByRole('combobox', { name: '言語の選択' }).first().selectOption({ label: 'English' });
	await expect(page).toHaveURL(new URL('en/session-manager/#pricing', baseURL).href);
	await expect(page.locator('h2#pricing')).toHaveText(/Pricing/);
	await expect(page.locator('h2#pricing')).toBeInViewport();

	await page.getByRole('combobox', { name: 'Select language' }).first().selectOption({ label: '日本語' });
	await expect(page).toHaveURL(new URL('session-manager/#pricing', baseURL).href);
	await expect(page.locator('h2#pricing')).toHaveText(/料金/);
});

test('searching "port forwarding" on the English site finds /en/session-manager/ and only English pages', async ({ page, baseURL }) => {
	const paths = await searchSite(page, 'port forwarding', 'en');
	const englishRoot = new URL('en/', baseURL).pathname;
	expect(paths).toContain(new URL('en/session-manager/', baseURL).pathname);
	expect(paths.filter((path) => !path.startsWith(englishRoot))).toEqual([]);
});

test('searching on the Japanese site lists only Japanese pages', async ({ page, baseURL }) => {
	// "Session Manager" is written the same way in both editions, so only the index language keeps them apart.
	const paths = await searchSite(page, 'Session Manager', 'ja');
	expect(paths).toContain(new URL('session-manager/', baseURL).pathname);
	expect(paths.filter((path) => path.startsWith(new URL('en/', baseURL).pathname))).toEqual([]);
});

test('English pages link within the English edition', async ({ page, baseURL }) => {
	const englishRoot = new URL('en/', baseURL).pathname;
	const base = new URL(baseURL!).pathname;
	for (const pagePath of ['en/session-manager/', 'en/pricing/', 'en/glossary/', 'en/practice/']) {
		await page.goto(pagePath);
		const internal = await page
			.locator('.sl-markdown-content a[href], nav[aria-label="Main"] a[href]')
			.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href)));
		const japaneseTargets = internal
			.filter((url) => url.origin === new URL(baseURL!).origin && url.pathname.startsWith(base) && !url.pathname.includes('/og/'))
			.map((url) => url.pathname)
			.filter((path) => !path.startsWith(englishRoot));
		expect(japaneseTargets, `links from /${pagePath} into the Japanese edition`).toEqual([]);
	}
});
