import { expect, test } from '@playwright/test';
import { centrePixel, replacementColour } from './support/screenshot-slot';

/**
 * Screenshot slots: the site owner replaces a file under src/assets/screenshots/ with a real capture of the same
 * name, rebuilds, and the page shows it (captioned as a capture, not as an illustration) with no page edits: that
 * rebuild, and the build that an image without alt text stops, are in fixture-builds.spec.ts.
 */
test('the published site shows the schematic illustration in the slot (control)', async ({ page }) => {
	await page.goto('session-manager/');
	const caption = page.locator('figure', { has: page.locator('img[src*="ssm-bat"]') }).locator('figcaption');
	await expect(caption).toContainText('画面イメージ（模式図）');
	expect(await centrePixel(page, 'ssm-bat')).not.toEqual(replacementColour);
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
		const image = page.locator(`figure img[src*="/${stem}."]:visible`);
		await expect(image).toHaveCount(1);
		await expect(image).toHaveAttribute('alt', /.{10,}/);
	});
}
