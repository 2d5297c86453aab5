import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { searchSite } from './support/search';

/**
 * The security headers documented for hosting (public/_headers, README) are ones the site satisfies: with the
 * Content-Security-Policy applied to every response, reading, searching, zooming and presenting raise no
 * violation. The policy allows no inline event handlers or remote code; inline <script> elements are Starlight's
 * and Astro's own (theme, components).
 */
const headers = Object.fromEntries(
	readFileSync('public/_headers', 'utf8')
		.split('\n')
		.filter((line) => /^\s+[A-Za-z-]+: /.test(line))
		.map((line) => {
			const [name, ...value] = line.trim().split(': ');
			return [name!.toLowerCase(), value.join(': ')];
		})
);

// Requests still in flight when a test ends (the favicon, say) must not fail the run.
test.afterEach(async ({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

async function withSecurityHeaders(page: Page) {
	await page.route('**/*', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
	});
	await page.addInitScript(() => {
		const violations: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = violations;
		document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`));
	});
	return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('the documented headers include CSP, HSTS and nosniff', () => {
	expect(headers['content-security-policy']).toContain("default-src 'self'");
	expect(headers['content-security-policy']).not.toMatch(/(^|\s)'unsafe-eval'/);
	expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
	expect(headers['x-content-type-options']).toBe('nosniff');
});

test('reading, searching, zooming and presenting satisfy the Content-Security-Policy', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const violations = await withSecurityHeaders(page);
	for (const path of ['', 'glossary/', 'practice/']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(await searchSite(page, 'ポート転送')).toContain(new URL('session-manager/', page.url()).pathname);
	await page.goto('session-manager/');
	const figure = page.locator('figure', { has: page.locator('img[src*="ssm-bat"]') });
	await figure.locator('img').scrollIntoViewIfNeeded();
	await expect.poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
	// starlight-image-zoom wires up its images in an idle callback; wait for idle time before clicking.
	await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
	await figure.locator('img').click();
	await expect(page.locator('dialog.starlight-image-zoom-dialog')).toBeVisible();
	await page.getByRole('button', { name: '拡大表示を閉じる' }).click();
	await page.getByRole('link', { name: '発表モード' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-presenting', 'audience');
	await page.keyboard.press('ArrowRight');
	expect(await violations()).toEqual([]);
});
