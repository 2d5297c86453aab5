import { expect, type Page } from '@playwright/test';
import { editions, type Edition } from './site';

const searchBoxLabels: Record<Edition, string> = { ja: 'ガイド内を検索', en: 'Search the guide' };

/**
 * How long a search may take to settle. Pagefind fetches its WebAssembly, the index of the page's language and
 * the fragments of the first results before it can answer; on a slow, busy machine that takes seconds.
 */
export const searchSettleTimeout = 30_000;

/**
 * Types a query into Starlight's search dialog (Pagefind UI) on the home page of an edition and returns the
 * result page paths in the order shown, once the search has settled for exactly this query: the UI renders its
 * result list and count message only after the search finished (while it runs it shows 「…を検索しています」
 * without a list), and each result shows a placeholder until its fragment has loaded. Only the first screen of
 * results counts: a reader rarely presses 「さらに表示」.
 */
export async function searchSite(page: Page, query: string, edition: Edition = 'ja'): Promise<string[]> {
	await page.goto(editions[edition].prefix);
	const searchButton = page.locator('site-search button[data-open-modal]');
	await expect(searchButton).toBeEnabled(); // disabled until the search script has loaded
	await searchButton.click();
	const dialog = page.getByRole('dialog');
	// The box is Pagefind UI's own: it exists once the UI has started (in an idle callback).
	await dialog.getByRole('textbox', { name: searchBoxLabels[edition] }).fill(query, { timeout: searchSettleTimeout });
	const settledMessage = dialog.locator('.pagefind-ui__results-area:has(> ol.pagefind-ui__results) > .pagefind-ui__message');
	await expect(settledMessage).toContainText(query, { timeout: searchSettleTimeout });
	await expect(dialog.locator('.pagefind-ui__results .pagefind-ui__loading')).toHaveCount(0, { timeout: searchSettleTimeout });
	return dialog
		.locator('.pagefind-ui__result-link')
		.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/**
 * Runs many queries through Pagefind's own JavaScript API in one page of an edition: the same index, ranking and
 * language the search dialog uses (Pagefind picks the index from the page's `lang`), without opening the dialog
 * once per query. Returns, per query, the page paths of the first screen of results (five, as the UI shows).
 */
export async function searchWithPagefindApi(
	page: Page,
	baseURL: string,
	queries: string[],
	edition: Edition = 'ja'
): Promise<Record<string, string[]>> {
	await page.goto(editions[edition].prefix);
	const bundleUrl = new URL('pagefind/pagefind.js', baseURL).href;
	return page.evaluate(
		async ({ bundleUrl, basePath, queries }) => {
			type Result = { data: () => Promise<{ url: string }> };
			type Pagefind = {
				options: (options: { baseUrl: string }) => Promise<void>;
				init: () => Promise<void>;
				search: (term: string) => Promise<{ results: Result[] }>;
			};
			const pagefind = (await import(bundleUrl)) as Pagefind;
			// As Starlight configures its UI: result URLs under the site's base path.
			await pagefind.options({ baseUrl: basePath });
			await pagefind.init();
			const found: Record<string, string[]> = {};
			for (const query of queries) {
				const { results } = await pagefind.search(query);
				const firstScreen = await Promise.all(results.slice(0, 5).map((result) => result.data()));
				found[query] = firstScreen.map((data) => new URL(data.url, location.href).pathname);
			}
			return found;
		},
		{ bundleUrl, basePath: new URL(baseURL).pathname, queries }
	);
}

/**
 * What Pagefind's own API returns for one page when searching `query` (no UI): its excerpt, <mark>s removed, and
 * all of its indexed text. Opens `pagePath` first so the page's own bundle is used; undefined when the query does
 * not find the page.
 */
export async function indexedPage(page: Page, baseURL: string, pagePath: string, query: string): Promise<{ excerpt: string; content: string } | undefined> {
	await page.goto(pagePath);
	return page.evaluate(
		async ({ bundleUrl, url, query }) => {
			const pagefind = await import(bundleUrl);
			await pagefind.init();
			const { results } = await pagefind.search(query);
			for (const result of results) {
				const data = await result.data();
				if (new URL(data.url, location.href).pathname === url) return { excerpt: (data.excerpt as string).replace(/<\/?mark>/g, ''), content: data.content as string };
			}
			return undefined;
		},
		{ bundleUrl: new URL('pagefind/pagefind.js', baseURL).href, url: new URL(pagePath, baseURL).pathname, query }
	);
}
