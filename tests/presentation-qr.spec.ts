import jsQR from 'jsqr';
import { expect, test } from '@playwright/test';

/**
 * The title slide's QR code, generated at build time, decodes to the page's canonical URL, so attendees land on
 * the right page on their phones — at a domain root and under a sub-path (runs in both projects).
 */
for (const pagePath of ['run-command/', 'en/run-command/']) {
	test(`the title slide QR code of /${pagePath} decodes to that page's URL`, { tag: '@base-path' }, async ({ page, baseURL }) => {
		await page.goto(`${pagePath}?present`);
		const qr = page.locator('.presentation-title-slide img');
		await expect(qr).toBeVisible();
		await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
		const { width, height, data } = await qr.evaluate((img: HTMLImageElement) => {
			const canvas = document.createElement('canvas');
			canvas.width = 400;
			canvas.height = 400;
			const context = canvas.getContext('2d')!;
			context.fillStyle = '#fff';
			context.fillRect(0, 0, 400, 400);
			context.drawImage(img, 40, 40, 320, 320);
			return { width: 400, height: 400, data: Array.from(context.getImageData(0, 0, 400, 400).data) };
		});
		const decoded = jsQR(Uint8ClampedArray.from(data), width, height);
		expect(decoded?.data).toBe(new URL(pagePath, baseURL).href);
	});
}
