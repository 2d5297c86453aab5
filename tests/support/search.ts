import { expect, type Page } from '@playwright/test';
import { editions, type Edition } from './site';

const searchBoxLabels: Record<Edition, string> = { ja: 'ガイド内を検索', en: 'Search the guide' };

/**
 * Types a query into Starlight's search dialog (Pagefind) on the home page of an edition and returns the result
 * page paths in the order shown. Only the first screen of results counts: a reader rarely presses 「さらに表示」.
 */
export async function searchSite(page: Page, query: string, edition: Edition = 'ja'): Promise<string[]> {
	await page.goto(editions[edition].prefix);
	const searchButton = page.locator('site-search button[data-open-modal]');
	await expect(searchButton).toBeEnabled(); // disabled until the search script has loaded
	await searchButton.click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox', { name: searchBoxLabels[edition] }).fill(query);
	const resultLinks = dialog.locator('.pagefind-ui__result-link');
	await expect(resultLinks.first()).toBeVisible();
	return resultLinks.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}
