import { expect, test } from '@playwright/test';
import { allPublishedPagePaths, editions, publishedPagePaths, readSitemapPagePaths } from './support/site';

/** Each page's language, h1 and title are checked on every page by site-sweep.spec.ts. */

test('the sitemap lists exactly the published pages of both editions', () => {
	expect(readSitemapPagePaths('root')).toEqual([...allPublishedPagePaths].sort());
});

for (const edition of Object.keys(editions) as (keyof typeof editions)[]) {
	test(`the ${edition} sidebar lists its edition's pages in reading order`, { tag: '@base-path' }, async ({ page }) => {
		const { prefix, mainNavLabel } = editions[edition];
		await page.goto(`${prefix}overview/`);
		const hrefs = await page
			.locator(`nav[aria-label="${mainNavLabel}"] a`)
			.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		const base = new URL(page.url()).pathname.replace(new RegExp(`${prefix}overview/$`), '');
		expect(hrefs).toEqual(publishedPagePaths.map((path) => base + prefix + path));
	});
}

/**
 * Japanese text must render with real glyphs, not tofu boxes. Draws each character on a canvas with the page's
 * own font and compares it with a character no font has (U+10FFFD), which every browser draws as the
 * "missing glyph" shape. Without a CJK font (fonts-noto-cjk on Debian) this fails.
 */
test('Japanese text renders with real glyphs (screenshot kept for review)', async ({ page }, testInfo) => {
	await page.goto('session-manager/');
	const missing = await page.evaluate(() => {
		const font = getComputedStyle(document.querySelector('main p') ?? document.body).font;
		const draw = (text: string) => {
			const canvas = document.createElement('canvas');
			canvas.width = 64;
			canvas.height = 64;
			const context = canvas.getContext('2d')!;
			context.font = font.replace(/\d+(\.\d+)?px/, '40px');
			context.fillText(text, 8, 48);
			return context.getImageData(0, 0, 64, 64).data.join(',');
		};
		const noGlyph = draw('\u{10FFFD}');
		return [...'ポート転送の仕組み料金'].filter((character) => draw(character) === noGlyph);
	});
	expect(missing, 'characters drawn as the missing-glyph box').toEqual([]);
	await page.screenshot({ path: testInfo.outputPath('session-manager.png'), fullPage: false });
});

test('each tool box on the overview map links to its page', async ({ page }) => {
	await page.goto('overview/');
	const map = page.getByRole('group', { name: /ノードツール/ });
	await expect(map.getByRole('link')).toHaveCount(9);
	await map.getByRole('link', { name: 'Run Commandのページへ' }).click();
	await expect(page).toHaveURL(/\/run-command\/$/);
	await expect(page.locator('h1')).toHaveText('Run Command');
});

test('the not-found page claims no canonical URL and unfurls with a card that exists', { tag: '@base-path' }, async ({ page, request, baseURL }) => {
	// Hosts answer a missing URL with 404.html (GitHub Pages, CloudFront's error page); the test server does not.
	const response = await page.goto('404.html');
	expect(response?.status()).toBe(200);
	await expect(page.locator('h1')).toHaveText('404');
	await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
	await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
	const card = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(card).toBe(new URL('og/index.png', baseURL).href);
	expect((await request.get(card!)).status()).toBe(200);
});

test('the pricing cheat-sheet writes each checked date as the page headers do', async ({ page }) => {
	await page.goto('pricing/');
	const dates = await page.locator('.pricing-table__checked time').allTextContents();
	expect(dates.length).toBeGreaterThan(5);
	for (const date of dates) expect(date).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
	await page.goto('en/pricing/');
	for (const date of await page.locator('.pricing-table__checked time').allTextContents()) expect(date).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
});
