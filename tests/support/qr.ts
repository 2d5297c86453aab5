import jsQR from 'jsqr';
import { expect, type Locator } from '@playwright/test';

/** What a QR code image on the page encodes: drawn on a white canvas with a quiet zone, read with jsQR. */
export async function decodeQrImage(image: Locator): Promise<string | undefined> {
	await expect(image).toBeVisible();
	await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
	const { width, height, data } = await image.evaluate((img: HTMLImageElement) => {
		const canvas = document.createElement('canvas');
		canvas.width = 400;
		canvas.height = 400;
		const context = canvas.getContext('2d')!;
		context.fillStyle = '#fff';
		context.fillRect(0, 0, 400, 400);
		context.drawImage(img, 40, 40, 320, 320);
		return { width: 400, height: 400, data: Array.from(context.getImageData(0, 0, 400, 400).data) };
	});
	return jsQR(Uint8ClampedArray.from(data), width, height)?.data;
}
