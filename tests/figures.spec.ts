import { expect, test } from '@playwright/test';
import { editionOf, readSitemapPagePaths } from './support/site';

const illustrationLabels = { ja: '画面イメージ（模式図）', en: 'Screen illustration (schematic)' } as const;

/**
 * Figures over the whole built site: raster images come as WebP/AVIF with a srcset and explicit size (no layout
 * shift), every image has real alt text, and every schematic illustration is captioned as one.
 */
for (const pagePath of readSitemapPagePaths('root')) {
	test(`images on /${pagePath} are modern, sized and described`, async ({ page }) => {
		await page.goto(pagePath);
		const images = await page.locator('img').evaluateAll((elements) =>
			elements.map((element) => {
				const img = element as HTMLImageElement;
				const srcset = img.getAttribute('srcset') ?? '';
				return {
					src: img.getAttribute('src') ?? '',
					srcset: srcset ? srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [],
					alt: img.getAttribute('alt') ?? '',
					width: img.getAttribute('width'),
					height: img.getAttribute('height'),
				};
			})
		);
		const problems: string[] = [];
		for (const image of images) {
			const isVector = /\.svg($|\?)/.test(image.src);
			if (!image.alt.trim()) problems.push(`${image.src}: empty alt`);
			if (!image.width || !image.height) problems.push(`${image.src}: no width/height`);
			if (!isVector) {
				if (!/\.(webp|avif)($|\?)/.test(image.src)) problems.push(`${image.src}: not WebP/AVIF`);
				if (image.srcset.length === 0) problems.push(`${image.src}: no srcset`);
				for (const candidate of image.srcset) {
					if (!/\.(webp|avif)($|\?)/.test(candidate)) problems.push(`${candidate}: srcset entry not WebP/AVIF`);
				}
			}
		}
		expect(problems).toEqual([]);

		// Inline SVG diagrams carry their own accessible name.
		const unnamedDiagrams = await page
			.locator('figure.figure--diagram svg.figure__svg')
			.evaluateAll((svgs) => svgs.filter((svg) => !svg.querySelector(':scope > title')?.textContent?.trim()).length);
		expect(unnamedDiagrams, 'diagrams without a <title>').toBe(0);

		// Illustrations are never passed off as captures.
		const illustrationCaptions = await page.locator('figure.figure--illustration figcaption').allTextContents();
		for (const caption of illustrationCaptions) expect(caption).toContain(illustrationLabels[editionOf(pagePath)]);
	});
}

/**
 * starlight-image-zoom wires up its buttons in an idle callback posted at DOMContentLoaded; idle callbacks run in
 * the order they were posted, so once ours has run, the zoom is ready (headless Chromium can delay idle time).
 */
async function zoomReady(page: import('@playwright/test').Page): Promise<void> {
	await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
}

test.describe('zooming a figure', () => {
	// With animations on, the plugin starts its zoom-in in an idle callback and closes on 'transitionend'; headless
	// Chromium can delay idle callbacks for seconds, so an Escape may arrive before the zoom-in and be lost. Reduced
	// motion (a setting real readers use) makes opening and closing immediate and the test deterministic.
	test.use({ reducedMotion: 'reduce' });

	const figure = (page: import('@playwright/test').Page) =>
		page.locator('figure', { has: page.locator('img[src*="ssm-bat"]') });

	test('a click on the image opens it enlarged; Escape closes it', async ({ page }) => {
		await page.goto('session-manager/');
		await zoomReady(page);
		const image = figure(page).locator('img');
		await image.scrollIntoViewIfNeeded();
		await image.click();
		const dialog = page.locator('dialog.starlight-image-zoom-dialog');
		await expect(dialog).toBeVisible();
		await expect(dialog.locator('img')).toHaveAttribute('src', /ssm-bat/);
		await page.keyboard.press('Escape');
		await expect(dialog).toHaveCount(0);
	});

	const zoomLabels = [
		{ edition: 'Japanese', pagePath: 'session-manager/', open: /^図を拡大：/, close: '拡大表示を閉じる' },
		{ edition: 'English', pagePath: 'en/session-manager/', open: /^Enlarge figure: /, close: 'Close the enlarged figure' },
	];
	for (const { edition, pagePath, open, close } of zoomLabels) {
		test(`the zoom button works from the keyboard and is labelled in ${edition}`, async ({ page }) => {
			await page.goto(pagePath);
			await zoomReady(page);
			const zoomButton = figure(page).getByRole('button', { name: open });
			await zoomButton.focus();
			// Focus scrolls the figure into view; its lazy image loads before a reader can press Enter. (The plugin
			// cannot animate an image that has not loaded, and then never closes its dialog.)
			await expect
				.poll(() => figure(page).locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
				.toBe(true);
			await page.keyboard.press('Enter');
			const dialog = page.locator('dialog.starlight-image-zoom-dialog');
			await expect(dialog).toBeVisible();
			// The dialog moves focus to its close button once open; a keyboard user presses Escape after that.
			await expect(dialog.getByRole('button', { name: close })).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(dialog).toHaveCount(0);
			await expect(zoomButton).toBeFocused();
		});
	}

	test('a diagram can be enlarged too', async ({ page }) => {
		await page.goto('session-manager/');
		await zoomReady(page);
		const diagramFigure = page.locator('figure.figure--diagram').first();
		await diagramFigure.getByRole('button', { name: /^図を拡大：/ }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('dialog.starlight-image-zoom-dialog figure > svg')).toBeVisible();
	});
});

test('English pages show the English console drawing of a slot, Japanese pages the Japanese one', async ({ page }) => {
	const slotImage = async (pagePath: string) => {
		await page.goto(pagePath);
		const img = page.locator('figure.figure--illustration img').first();
		await img.scrollIntoViewIfNeeded();
		// Lazy images pick their source once they load.
		await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
		return img.evaluate((element: HTMLImageElement) => element.currentSrc);
	};
	const japanese = await slotImage('session-manager/');
	const english = await slotImage('en/session-manager/');
	// Both are the slot session-manager-1.jpg; astro:assets names the output after the source file's hash.
	expect(japanese).toMatch(/session-manager-1\.[^/]+\.webp$/);
	expect(english).toMatch(/session-manager-1\.[^/]+\.webp$/);
	expect(english).not.toBe(japanese);
});
