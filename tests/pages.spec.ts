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
	await expect(page.locator('h1')).toHaveText('ページが見つかりません');
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

const notFoundPages = [
	{ edition: 'ja', pagePath: '404.html', home: 'ホームへ', search: 'ガイド内を検索する', homeCard: 'og/index.png', otherHome: { name: 'English home page', path: 'en/' } },
	{ edition: 'en', pagePath: 'en/404/', home: 'Home', search: 'Search the guide', homeCard: 'og/en.png', otherHome: { name: '日本語版のホーム', path: '' } },
] as const;
for (const { edition, pagePath, home, search, homeCard, otherHome } of notFoundPages) {
	test(`the ${edition} not-found page sends a reader home, to the search and to every tool page of its edition`, { tag: '@base-path' }, async ({ page, baseURL }) => {
		const { prefix } = editions[edition];
		// Every tool page of the edition, as the home page's course lists them (tool pages are those with a pricing badge).
		await page.goto(prefix);
		const toolPages = await page
			.locator('.course-overview li:has(.sl-badge) a')
			.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		expect(toolPages.length).toBeGreaterThanOrEqual(9);

		await page.goto(pagePath);
		await expect(page.getByRole('link', { name: home, exact: true })).toHaveAttribute('href', new URL(prefix, baseURL).pathname);
		// A host may answer every missing URL with /404.html: a reader of the other edition finds their way back too.
		await expect(page.getByRole('link', { name: otherHome.name, exact: true })).toHaveAttribute('href', new URL(otherHome.path, baseURL).pathname);
		const listed = await page
			.locator(':is(.sl-heading-wrapper:has(#tools), #tools) + .card-grid a')
			.evaluateAll((links) => [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))]);
		expect(listed.filter((path) => toolPages.includes(path)).sort()).toEqual([...toolPages].sort());
		// A link to a missing page unfurls with the edition's home card and claims no canonical URL.
		await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
		expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toBe(new URL(homeCard, baseURL).href);
		// The search button opens the site's search, ready to type in.
		await page.getByRole('button', { name: search, exact: true }).click();
		await expect(page.locator('site-search dialog')).toHaveAttribute('open');
		await expect(page.locator('site-search dialog input')).toBeFocused();
	});
}

test('the home page shows the course with minutes and pricing, the tools on a map, and a study-session path', { tag: '@base-path' }, async ({ page, baseURL }) => {
	for (const { prefix } of Object.values(editions)) {
		await page.goto(prefix);
		// Each tool's badge on the home page says what its own page header says.
		const row = page.locator('.course-overview li', { has: page.getByRole('link', { name: 'Session Manager', exact: true }) });
		const badge = (await row.locator('.sl-badge').textContent())!.trim();
		await row.getByRole('link').click();
		await expect(page.locator('.study-meta .sl-badge')).toHaveText(badge);
		await page.goBack();

		// The hero's second action leads to the study-session steps, which link the run-sheet, the labs and the practice.
		await page.locator('.hero .actions a').nth(1).click();
		await expect(page).toHaveURL(/#study-session$/);
		const steps = page.locator(':is(.sl-heading-wrapper:has(#study-session), #study-session) ~ .sl-steps').first();
		for (const target of ['run-sheet/', 'labs/', 'practice/']) await expect(steps.locator(`a[href="${new URL(prefix + target, baseURL).pathname}"]`)).toHaveCount(1);

		// The map links each tool to its page in this edition.
		const map = page.locator('figure.figure--diagram').filter({ has: page.locator('svg a') });
		await expect(map.locator('svg a')).toHaveCount(9);
		await map.locator('svg a').first().click();
		await expect(page).toHaveURL(new RegExp(`${new URL(prefix, baseURL).pathname}[a-z-]+/$`));
		await expect(page.locator('.study-meta .sl-badge')).toBeVisible();
	}
});
