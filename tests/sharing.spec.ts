import { expect, test } from '@playwright/test';

/**
 * Sharing beyond each page's own tags (those are checked on every page by site-sweep.spec.ts): crawlers find the
 * sitemap of this site and base, and each edition has its own social card.
 */
test('robots.txt points to the sitemap of this site and base', { tag: '@base-path' }, async ({ request, baseURL }) => {
	const response = await request.get('robots.txt');
	expect(response.status()).toBe(200);
	expect(await response.text()).toContain(`Sitemap: ${new URL('sitemap-index.xml', baseURL).href}`);
});

test('an English page gets its own card, not the Japanese one', async ({ request }) => {
	const [japanese, english] = await Promise.all(
		['og/session-manager.png', 'og/en/session-manager.png'].map(async (path) => (await request.get(path)).body())
	);
	// Same layout and accent colour, different words: the pixels must differ.
	expect(Buffer.compare(japanese!, english!)).not.toBe(0);
});
