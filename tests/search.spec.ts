import { expect, test } from '@playwright/test';

/** Japanese search: Pagefind's extended build segments Japanese, so a Japanese query finds the right page. */
const queries = [
	{ query: 'ポート転送', expectedPage: 'session-manager/' },
	{ query: 'セッションマネージャー', expectedPage: 'session-manager/' },
];

for (const { query, expectedPage } of queries) {
	test(`searching ${query} lists /${expectedPage}`, async ({ page, baseURL }) => {
		await page.goto('');
		const searchButton = page.locator('site-search button[data-open-modal]');
		await expect(searchButton).toBeEnabled(); // disabled until the search script has loaded
		await searchButton.click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('textbox', { name: 'ガイド内を検索' }).fill(query);
		const resultLinks = dialog.locator('.pagefind-ui__result-link');
		await expect(resultLinks.first()).toBeVisible();
		const hrefs = await resultLinks.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		expect(hrefs).toContain(new URL(expectedPage, baseURL).pathname);
	});
}
