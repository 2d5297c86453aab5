import { expect, test } from '@playwright/test';
import { japaneseOnPage } from './support/page-checks';
import { searchSite } from './support/search';

/**
 * The English edition: readers switch language without losing their place, each edition searches its own pages and
 * links within itself. That every Japanese page has an English page with the same section ids (so `/x/#pricing`
 * and `/en/x/#pricing` are the same section), that the two point at each other and that nothing Japanese is left on
 * an English page is checked on every page by site-sweep.spec.ts.
 */

test('the Japanese-text check finds Japanese on a Japanese page (self-test)', async ({ page }) => {
	await page.goto('session-manager/');
	expect((await japaneseOnPage(page)).length).toBeGreaterThan(10);
});

test('the language picker switches to the same section of the other edition', { tag: '@base-path' }, async ({ page, baseURL }) => {
	await page.goto('session-manager/#pricing');
	await page.getByRole('combobox', { name: '言語の選択' }).first().selectOption({ label: 'English' });
	await expect(page).toHaveURL(new URL('en/session-manager/#pricing', baseURL).href);
	await expect(page.locator('h2#pricing')).toHaveText(/Pricing/);
	await expect(page.locator('h2#pricing')).toBeInViewport();

	await page.getByRole('combobox', { name: 'Select language' }).first().selectOption({ label: '日本語' });
	await expect(page).toHaveURL(new URL('session-manager/#pricing', baseURL).href);
	await expect(page.locator('h2#pricing')).toHaveText(/料金/);
});

test('searching "port forwarding" on the English site finds /en/session-manager/ and only English pages', { tag: '@base-path' }, async ({ page, baseURL }) => {
	const paths = await searchSite(page, 'port forwarding', 'en');
	const englishRoot = new URL('en/', baseURL).pathname;
	expect(paths).toContain(new URL('en/session-manager/', baseURL).pathname);
	expect(paths.filter((path) => !path.startsWith(englishRoot))).toEqual([]);
});

test('searching on the Japanese site lists only Japanese pages', { tag: '@base-path' }, async ({ page, baseURL }) => {
	// "Session Manager" is written the same way in both editions, so only the index language keeps them apart.
	const paths = await searchSite(page, 'Session Manager', 'ja');
	expect(paths).toContain(new URL('session-manager/', baseURL).pathname);
	expect(paths.filter((path) => path.startsWith(new URL('en/', baseURL).pathname))).toEqual([]);
});

test('English pages link within the English edition', { tag: '@base-path' }, async ({ page, baseURL }) => {
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
