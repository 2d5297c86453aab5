import { expect, test, type Page } from '@playwright/test';
import { searchSettleTimeout } from './support/search';

/**
 * Search on demand (src/plugins/search/): a page that is only read fetches nothing of the search (Pagefind UI,
 * its WebAssembly or index); the UI arrives when the reader reaches for the search button or presses Ctrl+K, and
 * the box is ready to type in. What the search finds is tests/search.spec.ts's and search-terms.spec.ts's.
 */
const searchRequest = /\/_astro\/ui-core\.|\/pagefind\//;

function recordSearchRequests(page: Page): string[] {
	const requests: string[] = [];
	page.on('request', (request) => {
		if (searchRequest.test(request.url())) requests.push(request.url());
	});
	return requests;
}

test.describe('search on demand', () => {
	test('reading a page fetches nothing of the search; pointing at the button fetches the UI', async ({ page }) => {
		const requests = recordSearchRequests(page);
		await page.goto('session-manager/', { waitUntil: 'networkidle' });
		// Starlight builds the search UI in an idle callback after DOMContentLoaded; one queued now runs after it.
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
		await page.waitForLoadState('networkidle');
		expect(requests).toEqual([]);

		const uiLoaded = page.waitForRequest(/\/_astro\/ui-core\./);
		await page.locator('site-search button[data-open-modal]').hover();
		await uiLoaded;
		await page.locator('site-search button[data-open-modal]').click();
		const box = page.getByRole('dialog').getByRole('textbox', { name: 'ガイド内を検索' });
		await expect(box).toBeFocused({ timeout: searchSettleTimeout });
		await box.fill('ポート転送');
		await expect(page.getByRole('dialog').locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\/session-manager\//, { timeout: searchSettleTimeout });
	});

	test('Ctrl+K opens the dialog with the box focused, without touching the button first', async ({ page }) => {
		const requests = recordSearchRequests(page);
		await page.goto('run-command/', { waitUntil: 'networkidle' });
		expect(requests).toEqual([]);
		// Starlight enables the button once its search script runs, which is also when Ctrl+K starts to work.
		await expect(page.locator('site-search button[data-open-modal]')).toBeEnabled();
		await page.keyboard.press('Control+k');
		await expect(page.getByRole('dialog')).toBeVisible();
		const box = page.getByRole('dialog').getByRole('textbox', { name: 'ガイド内を検索' });
		// The UI starts in Starlight's idle callback, which a busy machine can hold back for seconds (as search.spec.ts allows).
		await expect(box).toBeFocused({ timeout: searchSettleTimeout });
		await page.keyboard.type('パッチ');
		await expect(page.getByRole('dialog').locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: searchSettleTimeout });
	});
});
