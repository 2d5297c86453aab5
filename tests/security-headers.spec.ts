import { expect, test } from '@playwright/test';
import { applySecurityHeaders } from './support/page-checks';
import { searchSite } from './support/search';
import { readBuiltHeaders } from './support/security-headers';

/**
 * The security headers of the build (dist/_headers, made from public/_headers with the hashes of the pages'
 * inline scripts and styles filled in) are ones the site satisfies: with them applied to every response, reading,
 * searching, zooming and presenting raise no violation — in both editions — while an inline script that is not
 * part of the build is blocked. (Every page is also loaded under the policy by site-sweep.spec.ts.) No 'unsafe-inline' for scripts, no inline event handlers, no remote code.
 */
const headers = readBuiltHeaders();

// Requests still in flight when a test ends (the favicon, say) must not fail the run.
test.afterEach(async ({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

test('the built headers include CSP, HSTS and nosniff', () => {
	const csp = headers['content-security-policy']!;
	expect(csp).toContain("default-src 'self'");
	expect(csp).not.toMatch(/(^|\s)'unsafe-eval'/);
	const scriptSources = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
	expect(scriptSources).not.toContain("'unsafe-inline'");
	expect(scriptSources).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
	expect(csp, 'placeholders left unfilled').not.toMatch(/'inline-(script|style)-hashes'/);
	expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
	expect(headers['x-content-type-options']).toBe('nosniff');
});

test('reading, searching, zooming and presenting satisfy the Content-Security-Policy', async ({ page, baseURL }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const violations = await applySecurityHeaders(page, headers);
	for (const path of ['', 'glossary/', 'practice/']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(await searchSite(page, 'ポート転送')).toContain(new URL('session-manager/', page.url()).pathname);
	await page.goto('session-manager/');
	const figure = page.locator('figure', { has: page.locator('img[src*="ssm-bat"]') });
	await figure.locator('img:visible').scrollIntoViewIfNeeded();
	await expect.poll(() => figure.locator('img:visible').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
	// starlight-image-zoom wires up its images in an idle callback, which a busy machine can hold back: click until
	// the dialog is open (a click before that does nothing).
	const dialog = page.locator('dialog.starlight-image-zoom-dialog');
	await expect(async () => {
		if (!(await dialog.isVisible())) await figure.locator('img:visible').click();
		await expect(dialog).toBeVisible({ timeout: 1_000 });
	}).toPass({ timeout: 45_000 });
	await page.getByRole('button', { name: '拡大表示を閉じる' }).click();
	await page.getByRole('link', { name: '発表モード' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-presenting', 'audience');
	await page.keyboard.press('ArrowRight');
	// The English edition, its search, quiz and copy-link menu.
	expect(await searchSite(page, 'port forwarding', 'en')).toContain(new URL('en/session-manager/', baseURL).pathname);
	await page.goto('en/session-manager/');
	await page.locator('.quiz__question input').first().check();
	await page.getByRole('button', { name: 'Check answer' }).first().click();
	await page.getByRole('button', { name: /^Copy a link to “Pricing”$/ }).click();
	await expect(page.getByRole('button', { name: 'Copy URL' })).toBeVisible();
	expect(await violations()).toEqual([]);
});

test('an inline script that is not part of the build is blocked (the policy is not a formality)', async ({ page }) => {
	const violations = await applySecurityHeaders(page, headers);
	// Inject an inline script into the served HTML, as a stored-XSS payload would arrive.
	await page.route('**/pricing/', async (route) => {
		const response = await route.fetch();
		const body = (await response.text()).replace('</body>', '<script>window.injected = true</script></body>');
		await route.fulfill({ response, body, headers: { ...response.headers(), ...headers } });
	});
	await page.goto('pricing/');
	await page.waitForLoadState('networkidle');
	expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
	expect(await violations()).toContainEqual(expect.stringMatching(/^script-src/));
});
