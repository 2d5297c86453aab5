import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { editionOf, editions, readSitemapPagePaths } from './support/site';

/**
 * Links pasted into chat and wikis unfurl: every page has the Open Graph and Twitter tags, and its own 1200×630
 * card image that exists. (The cards' Japanese rendering is checked by eye; see the issue notes.)
 */
for (const pagePath of readSitemapPagePaths('root')) {
	test(`/${pagePath} has complete social tags and its own 1200×630 card`, async ({ page, request, baseURL }) => {
		await page.goto(pagePath);
		const meta = (selector: string) => page.locator(selector).getAttribute('content');
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(canonical).toBe(new URL(pagePath, baseURL).href);
		expect(await meta('meta[property="og:url"]')).toBe(canonical);
		expect(await meta('meta[property="og:title"]')).toBeTruthy();
		expect((await meta('meta[property="og:description"]'))?.length).toBeGreaterThan(20);
		const edition = editionOf(pagePath);
		const otherEdition = edition === 'ja' ? 'en' : 'ja';
		expect(await meta('meta[property="og:locale"]')).toBe(editions[edition].ogLocale);
		expect(await meta('meta[property="og:locale:alternate"]')).toBe(editions[otherEdition].ogLocale);
		expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');

		const imageUrl = (await meta('meta[property="og:image"]'))!;
		// `og/session-manager.png`, `og/en/session-manager.png`; the home pages are `og/index.png` and `og/en.png`.
		expect(imageUrl).toBe(new URL(`og/${pagePath.replace(/\/$/, '') || 'index'}.png`, baseURL).href);
		expect(await meta('meta[name="twitter:image"]')).toBe(imageUrl);
		const response = await request.get(imageUrl);
		expect(response.status()).toBe(200);
		const { width, height, format } = await sharp(await response.body()).metadata();
		expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
	});
}

test('robots.txt points to the sitemap of this site and base', async ({ request, baseURL }) => {
	const response = await request.get('robots.txt');
	expect(response.status()).toBe(200);
	expect(await response.text()).toContain(`Sitemap: ${new URL('sitemap-index.xml', baseURL).href}`);
});

test('an English page gets its own card, not the Japanese one', async ({ request }) => {
	const [japanese, english] = await Promise.all(
		['og/session-manager.png', 'og/en/session-manager.png'].map(async (path) => (await request.get(path)).body())
	);
	// Same layout and accent colour, different words: the pixels must differ.
	expect(Buffer.compare(japanese!, english!)).not.toBe(0);
});
