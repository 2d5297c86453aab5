import { expect, test } from '@playwright/test';
import { decodeQrImage } from './support/qr';

/**
 * The title slide's QR code, generated at build time, decodes to the page's canonical URL, so attendees land on
 * the right page on their phones — at a domain root and under a sub-path (runs in both projects).
 */
for (const pagePath of ['run-command/', 'en/run-command/']) {
	test(`the title slide QR code of /${pagePath} decodes to that page's URL`, { tag: '@base-path' }, async ({ page, baseURL }) => {
		await page.goto(`${pagePath}?present`);
		expect(await decodeQrImage(page.locator('.presentation-title-slide img'))).toBe(new URL(pagePath, baseURL).href);
	});
}
