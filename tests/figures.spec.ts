import { expect, test } from '@playwright/test';

/**
 * Zooming figures and the per-edition console drawings. Whether every image is modern, sized, described and
 * captioned is checked on every page by site-sweep.spec.ts.
 */

/**
 * starlight-image-zoom wires up its buttons in an idle callback posted at DOMContentLoaded; idle callbacks run in
 * the order they were posted, so once ours has run, the zoom is ready. A busy machine can hold idle time back for
 * a long while (seen: over a minute on a loaded 2-core CI run), so this waits for an idle moment but not forever;
 * `openZoom` then waits for the state that matters, the dialog open.
 */
async function zoomReady(page: import('@playwright/test').Page): Promise<void> {
	await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5_000 })));
}

/** Does what opens the zoom until the dialog is open: a press before the plugin is wired does nothing. */
async function openZoom(page: import('@playwright/test').Page, open: () => Promise<void>): Promise<void> {
	const dialog = page.locator('dialog.starlight-image-zoom-dialog');
	await expect(async () => {
		if (!(await dialog.isVisible())) await open();
		await expect(dialog).toBeVisible({ timeout: 1_000 });
	}).toPass({ timeout: 45_000 });
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
		const image = figure(page).locator('img:visible');
		await image.scrollIntoViewIfNeeded();
		await openZoom(page, () => image.click());
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
				.poll(() => figure(page).locator('img:visible').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
				.toBe(true);
			await openZoom(page, () => zoomButton.press('Enter'));
			const dialog = page.locator('dialog.starlight-image-zoom-dialog');
			// The dialog moves focus to its close button once open; a keyboard user presses Escape after that.
			await expect(dialog.getByRole('button', { name: close })).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(dialog).toHaveCount(0);
			await expect(zoomButton).toBeFocused();
		});
	}

	test('the zoom code loads only when a reader reaches for a figure; a press made before it arrived still opens the zoom', async ({ page }) => {
		const runtime = /\/_virtual_starlight-image-zoom-runtime\.[^/]+\.js$/;
		const requests: string[] = [];
		page.on('request', (request) => runtime.test(request.url()) && requests.push(request.url()));
		// Held back until the press has happened, so the press surely comes first.
		let release: () => void = () => undefined;
		const pressed = new Promise<void>((resolve) => (release = resolve));
		await page.route(runtime, async (route) => {
			await pressed;
			await route.continue();
		});
		await page.goto('session-manager/');
		await page.waitForLoadState('networkidle');
		expect(requests).toEqual([]);
		const zoomButton = figure(page).getByRole('button', { name: /^図を拡大：/ });
		await zoomButton.focus();
		await figure(page)
			.locator('img:visible')
			.evaluate((img: HTMLImageElement) => img.decode());
		await page.keyboard.press('Enter');
		await expect.poll(() => requests.length).toBe(1);
		release();
		await expect(page.locator('dialog.starlight-image-zoom-dialog')).toBeVisible();
	});

	test('a diagram can be enlarged too', async ({ page }) => {
		await page.goto('session-manager/');
		await zoomReady(page);
		const diagramFigure = page.locator('figure.figure--diagram').first();
		const diagramButton = diagramFigure.getByRole('button', { name: /^図を拡大：/ });
		await diagramButton.focus();
		await openZoom(page, () => diagramButton.press('Enter'));
		await expect(page.locator('dialog.starlight-image-zoom-dialog figure > img[src$=".svg"]')).toBeVisible();
	});

	test('a diagram shown as an image follows the site theme, not the system, and prints in the light palette', async ({ page }) => {
		// The system says dark throughout; only the site's theme switch changes.
		await page.emulateMedia({ colorScheme: 'dark' });
		const drawings: Record<string, Buffer> = {};
		for (const theme of ['light', 'dark']) {
			await page.goto('run-command/');
			await page.evaluate((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
			await page.reload();
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const diagram = page.locator('figure.figure--diagram img.figure__svg').first();
			await diagram.scrollIntoViewIfNeeded();
			await diagram.evaluate((img: HTMLImageElement) => img.decode());
			drawings[theme] = await diagram.screenshot({ animations: 'disabled' });
		}
		expect(drawings.light!.equals(drawings.dark!)).toBe(false);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('figure.figure--diagram img.figure__svg').first().evaluate((img) => getComputedStyle(img).colorScheme)).toBe('light');
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

/** Mean luminance (0–1) of an image as the browser decoded it, sampled on a grid. */
async function meanLuminance(img: import('@playwright/test').Locator): Promise<number> {
	await img.scrollIntoViewIfNeeded();
	await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
	return img.evaluate((element: HTMLImageElement) => {
		const canvas = document.createElement('canvas');
		canvas.width = 64;
		canvas.height = 36;
		const context = canvas.getContext('2d')!;
		context.drawImage(element, 0, 0, canvas.width, canvas.height);
		const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
		let sum = 0;
		for (let index = 0; index < data.length; index += 4) sum += (0.2126 * data[index]! + 0.7152 * data[index + 1]! + 0.0722 * data[index + 2]!) / 255;
		return sum / (data.length / 4);
	});
}

test('console drawings follow the site theme: the dark theme shows the console in dark mode, paper the light one, and only the picture on show is fetched', async ({
	page,
}) => {
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	// The system says light throughout; only the site's theme switch changes.
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('patch-manager/');
	await page.evaluate(() => localStorage.setItem('starlight-theme', 'dark'));
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const figures = page.locator('figure.figure--illustration');
	const count = await figures.count();
	expect(count).toBeGreaterThan(3);
	for (let index = 0; index < count; index++) {
		const figure = figures.nth(index);
		await expect(figure.locator('img:visible')).toHaveCount(1);
		await expect(figure.locator('[data-scheme="dark"] img')).toBeVisible();
		// Before: the light console, a bright slab on the dark page (mean luminance about 0.85).
		expect(await meanLuminance(figure.locator('[data-scheme="dark"] img'))).toBeLessThan(0.3);
		// One zoom button per figure, the one of the picture on show.
		await expect(figure.getByRole('button')).toHaveCount(1);
	}
	const lightPicture = (await figures.first().locator('[data-scheme="light"] img').getAttribute('src'))!;
	expect(fetched).not.toContain(new URL(lightPicture, page.url()).pathname);

	// The theme switch swaps the picture at once.
	await page.locator('starlight-theme-select select').first().selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await expect(figures.first().locator('[data-scheme="light"] img')).toBeVisible();
	await expect(figures.first().locator('[data-scheme="dark"] img')).toBeHidden();
	expect(await meanLuminance(figures.first().locator('[data-scheme="light"] img'))).toBeGreaterThan(0.6);

	// Paper is light whatever the theme.
	await page.locator('starlight-theme-select select').first().selectOption('dark');
	await page.emulateMedia({ media: 'print' });
	await expect(figures.first().locator('[data-scheme="light"] img')).toBeVisible();
	await expect(figures.first().locator('[data-scheme="dark"] img')).toBeHidden();
});

test.describe('figures on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the overview map keeps readable labels and scrolls sideways; zoomable figures say they can be tapped', async ({ page }) => {
		await page.goto('overview/');
		const map = page.locator('figure.figure--diagram').filter({ has: page.locator('svg a') });
		const scroller = map.locator('.figure__scroll');
		await scroller.scrollIntoViewIfNeeded();
		// Before: the whole map squeezed into the column, its box labels about 5–6 px tall.
		const labelHeights = await map.locator('svg text').evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect().height));
		expect(Math.min(...labelHeights)).toBeGreaterThan(10);
		expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
		await expect(map.locator('figcaption')).toContainText('横にスクロールして全体を表示');
		// Its links still work from where they are.
		await expect(map.locator('svg a').first()).toBeVisible();

		await page.goto('run-command/');
		const zoomable = page.locator('figure', { has: page.locator('starlight-image-zoom-zoomable') }).first();
		await expect(zoomable.locator('figcaption')).toContainText('タップで拡大');
	});

	test('on a wide screen the hints are not shown and the map fits its column', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('overview/');
		const map = page.locator('figure.figure--diagram').filter({ has: page.locator('svg a') });
		await expect(map.locator('.figure__phone-hint')).toBeHidden();
		expect(await map.locator('.figure__scroll').evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
	});
});
