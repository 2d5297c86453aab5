import { expect, test, type Page } from '@playwright/test';
import { searchSite } from './support/search';
import { readSitemapPagePaths } from './support/site';

/**
 * The site must work on an intranet without internet access: loading any page, and searching, requests nothing
 * outside the site's own origin (no web fonts, analytics or CDNs).
 */
function recordForeignRequests(page: Page, origin: string): string[] {
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
	});
	return foreign;
}

for (const pagePath of readSitemapPagePaths('root')) {
	test(`/${pagePath} loads nothing from other origins`, async ({ page, baseURL }) => {
		const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
		await page.goto(pagePath);
		await page.waitForLoadState('networkidle');
		expect(foreign).toEqual([]);
	});
}

test('searching loads nothing from other origins', async ({ page, baseURL }) => {
	const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
	expect((await searchSite(page, 'パッチ')).length).toBeGreaterThan(0);
	await page.waitForLoadState('networkidle');
	expect(foreign).toEqual([]);
});
