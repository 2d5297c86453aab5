import { expect, type Page } from '@playwright/test';

/**
 * Types a query into Starlight's search dialog (Pagefind) and returns the result page paths in the order shown.
 * Only the first screen of results counts: a reader rarely presses 「さらに表示」.
 */
export async function searchSite(page: Page, query: string): Promise<string[]> {
	await page.goto('');
	const searchButton = page.locator('site-search button[data-open-modal]');
	await expect(searchButton).toBeEnabled(); // disabled until the search script has loaded
	await searchButton.click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox', { name: 'ガイド内を検索' }).fill(query);
	const resultLinks = dialog.locator('.pagefind-ui__result-link');
	await expect(resultLinks.first()).toBeVisible();
	return resultLinks.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}
