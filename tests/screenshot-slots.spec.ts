import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test, type Page } from '@playwright/test';
import { buildSite, copySite, removeSite, serveSite } from './support/site-copy';

/**
 * Screenshot slots: the site owner replaces a file under src/assets/screenshots/ with a real capture of the same
 * name, rebuilds, and the page shows it (captioned as a capture, not as an illustration) with no page edits.
 * And an image without alt text never reaches the built site.
 */
const slot = 'session-manager/ssm-bat.png';
/** A colour no illustration uses, so the pixel check cannot pass by accident. */
const replacementColour = { r: 230, g: 0, b: 200 };

/** The colour at the centre of the slot's image as the browser decoded it. */
async function centrePixel(page: Page): Promise<{ r: number; g: number; b: number }> {
	const image = page.locator('figure img[src*="ssm-bat"]');
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

test('the published site shows the schematic illustration in the slot (control)', async ({ page }) => {
	await page.goto('session-manager/');
	const caption = page.locator('figure', { has: page.locator('img[src*="ssm-bat"]') }).locator('figcaption');
	await expect(caption).toContainText('画面イメージ（模式図）');
	expect(await centrePixel(page)).not.toEqual(replacementColour);
});

test('replacing a screenshot file and rebuilding shows the new image, captioned as a capture', async ({ page }) => {
	test.setTimeout(120_000);
	const site = copySite('replaced-screenshot');
	try {
		const target = join(site.root, 'src/assets/screenshots', slot);
		const { width = 1600, height = 900 } = await sharp(readFileSync(target)).metadata();
		await sharp({ create: { width, height, channels: 3, background: replacementColour } }).png().toFile(target);

		const build = await buildSite(site);
		expect(build.ok, build.output.slice(-3000)).toBe(true);

		const origin = await serveSite(page, site);
		await page.goto(`${origin}/session-manager/`);
		const pixel = await centrePixel(page);
		// WebP is lossy: allow a small difference per channel.
		for (const channel of ['r', 'g', 'b'] as const) expect(Math.abs(pixel[channel] - replacementColour[channel])).toBeLessThan(12);
		const caption = page.locator('figure', { has: page.locator('img[src*="ssm-bat"]') }).locator('figcaption');
		await expect(caption).not.toContainText('模式図');
	} finally {
		removeSite(site);
	}
});

test('a screenshot without alt text stops the build, naming the image', async () => {
	test.setTimeout(120_000);
	const site = copySite('missing-alt');
	try {
		const pageFile = join(site.root, 'src/content/docs/session-manager.mdx');
		const source = readFileSync(pageFile, 'utf8');
		const withoutAlt = source.replace(/(name="session-manager\/ssm-bat\.png"\n\talt=)"[^"]*"/, '$1""');
		expect(withoutAlt, 'fixture edit applied').not.toBe(source);
		writeFileSync(pageFile, withoutAlt);

		const build = await buildSite(site);
		expect(build.ok).toBe(false);
		expect(build.output).toContain('needs alt text');
		expect(build.output).toContain('ssm-bat');
	} finally {
		removeSite(site);
	}
});

/** The screenshot file names of the site owner's original notes: each must be a slot shown on a page. */
const ownerScreenshots = [
	'session-manager/session-manager-1.jpg',
	'session-manager/session-manager-2-windows.jpg',
	'session-manager/session-manager-3-linux.jpg',
	'session-manager/ssm-bat.png',
	'session-manager/session-manager-cloudtrail.png',
	'fleet-manager/fm-tool-menu.png',
	'fleet-manager/fm-windows-eventlog.png',
	'fleet-manager/fm-windows-fs.png',
	'fleet-manager/fm-connect.png',
	'fleet-manager/fm-windows.jpg',
	'run-command/run-command-1.png',
	...[1, 2, 3, 4, 5].map((n) => `patch-manager/pm-${n}.png`),
	...[6, 7, 8].map((n) => `patch-manager/pm-${n}.jpg`),
	'compliance/compliance-1.png',
	'inventory/inventory-1.png',
];

for (const name of ownerScreenshots) {
	test(`the owner's ${name} has a slot shown on its tool page`, async ({ page }) => {
		const tool = name.split('/')[0]!;
		await page.goto(`${tool}/`);
		const stem = name.split('/')[1]!.replace(/\.(png|jpg)$/, '');
		const image = page.locator(`figure img[src*="/${stem}."]`);
		await expect(image).toHaveCount(1);
		await expect(image).toHaveAttribute('alt', /.{10,}/);
	});
}
