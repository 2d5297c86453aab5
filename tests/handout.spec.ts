import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

/**
 * Printing a page (or saving it as PDF) gives an A4 handout for study-session attendees: no site chrome, every
 * tab panel on paper, external link targets spelled out (src/styles/print.css).
 */
const handoutPage = 'session-manager/';

test('print media hides the site chrome and shows the content, link targets and every tab', async ({ page }) => {
	await page.goto(handoutPage);
	// Wait for the client scripts that add the copy-link buttons and hide the inactive tab panels.
	await expect(page.locator('.copy-link__toggle').first()).toBeAttached();
	await expect(page.locator('starlight-tabs [role="tabpanel"][hidden]').first()).toBeAttached();
	await page.emulateMedia({ media: 'print' });

	await expect(page.locator('.sl-markdown-content')).toBeVisible();
	for (const chrome of [
		'nav.sidebar',
		'header.header',
		'.right-sidebar-container',
		'starlight-toc',
		'mobile-starlight-toc',
		'.pagination-links',
		'.sl-skip-link',
		'.copy-link__toggle',
		'.starlight-image-zoom-control',
	]) {
		const elements = page.locator(chrome);
		expect(await elements.count(), `${chrome} exists on the page`).toBeGreaterThan(0);
		for (const element of await elements.all()) {
			await expect(element, `${chrome} is hidden in print`).toBeHidden();
		}
	}

	// Presentation controls exist only on some pages; wherever they are, paper does not show them.
	for (const element of await page.locator('.present-button, .speaker-notes, .copy-link__menu').all()) {
		await expect(element).toBeHidden();
	}

	const externalLink = page.locator('.sl-markdown-content a[href^="https://docs.aws.amazon.com"]').first();
	const href = await externalLink.getAttribute('href');
	expect(href).toBeTruthy();
	const printedTarget = await externalLink.evaluate((link) => getComputedStyle(link, '::after').content);
	expect(printedTarget).toContain(href!);

	// Heading anchors and internal links print no URL.
	const internalLink = page.locator('.sl-markdown-content a[href^="/"]').first();
	expect(await internalLink.evaluate((link) => getComputedStyle(link, '::after').content)).not.toContain('/');

	const tabs = page.locator('starlight-tabs').first();
	const panels = tabs.locator('[role="tabpanel"]');
	expect(await panels.count()).toBeGreaterThan(1);
	for (const panel of await panels.all()) await expect(panel).toBeVisible();
	for (const label of await tabs.getByRole('tab').all()) await expect(label).toBeVisible();
	// Each label prints beside its own panel: same row, label first.
	const labels = await tabs.getByRole('tab').all();
	expect(labels.length).toBe(await panels.count());
	for (const [index, label] of labels.entries()) {
		const labelBox = (await label.boundingBox())!;
		const panelBox = (await panels.nth(index).boundingBox())!;
		expect(Math.abs(labelBox.y - panelBox.y), `label ${index + 1} starts its panel's row`).toBeLessThan(12);
		expect(labelBox.x + labelBox.width, `label ${index + 1} is left of its panel`).toBeLessThanOrEqual(panelBox.x);
	}
});

test('the page saves as a multi-page A4 PDF (kept for review)', async ({ page }, testInfo) => {
	await page.goto(handoutPage);
	// Screenshots load lazily; load them all so that the PDF shows them as a printed page would.
	await page.locator('img[loading="lazy"]').evaluateAll((images) => {
		for (const image of images) (image as HTMLImageElement).loading = 'eager';
	});
	await page.waitForFunction(() => [...document.images].every((image) => image.complete));

	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	await writeFile(testInfo.outputPath('session-manager-handout.pdf'), pdf);

	expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
	expect(pdf.length).toBeGreaterThan(50 * 1024);
	const text = pdf.toString('latin1');
	expect(text).toContain('/MediaBox [0 0 595');
	const pageCount = text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
	expect(pageCount).toBeGreaterThanOrEqual(3);
});
