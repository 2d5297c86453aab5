import { expect, type Page } from '@playwright/test';

/** A colour no illustration uses, so a pixel check for a replaced screenshot cannot pass by accident. */
export const replacementColour = { r: 230, g: 0, b: 200 };

/** The colour at the centre of a slot's image (`ssm-bat`) as the browser decoded it. */
export async function centrePixel(page: Page, stem: string): Promise<{ r: number; g: number; b: number }> {
	const image = page.locator(`figure img[src*="${stem}"]:visible`);
	await image.scrollIntoViewIfNeeded();
	await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
	return image.evaluate((img: HTMLImageElement) => {
		const canvas = document.createElement('canvas');
		canvas.width = img.naturalWidth;
		canvas.height = img.naturalHeight;
		const context = canvas.getContext('2d')!;
		context.drawImage(img, 0, 0);
		const [r = 0, g = 0, b = 0] = context.getImageData(canvas.width / 2, canvas.height / 2, 1, 1).data;
		return { r, g, b };
	});
}
