import { expect, test } from '@playwright/test';
import { searchSite } from './support/search';

/**
 * Japanese search works in both builds: Pagefind's extended build segments Japanese, and the index and UI load
 * from under the base path. The wider vocabulary is covered by search-terms.spec.ts.
 */
test('searching ポート転送 lists /session-manager/', async ({ page, baseURL }) => {
	const paths = await searchSite(page, 'ポート転送');
	expect(paths).toContain(new URL('session-manager/', baseURL).pathname);
});
