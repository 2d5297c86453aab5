import { expect, test } from '@playwright/test';
import { recordForeignRequests } from './support/page-checks';
import { searchSite } from './support/search';

/**
 * Japanese search works in both builds: Pagefind's extended build segments Japanese, and the index and UI load
 * from under the base path. The wider vocabulary is covered by search-terms.spec.ts.
 */
test('searching ポート転送 lists /session-manager/', { tag: '@base-path' }, async ({ page, baseURL }) => {
	const paths = await searchSite(page, 'ポート転送');
	expect(paths).toContain(new URL('session-manager/', baseURL).pathname);
});

test('searching loads nothing from other origins (intranet use)', async ({ page, baseURL }) => {
	const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
	expect((await searchSite(page, 'パッチ')).length).toBeGreaterThan(0);
	await page.waitForLoadState('networkidle');
	expect(foreign).toEqual([]);
});
