import { expect, test } from '@playwright/test';

/**
 * Every H2/H3 offers its permanent URL and a Markdown link for wikis. The URL is the configured site + base, so
 * it is right on the sub-path build too (run in both projects).
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test('copying a section URL with the mouse puts the canonical URL on the clipboard', { tag: '@base-path' }, async ({ page, baseURL }) => {
	// The 「コピーしました」 feedback goes away after a while; the test moves the page's clock itself, so a slow
	// machine can never miss it.
	await page.clock.install();
	await page.goto('session-manager/');
	await page.clock.pauseAt(Date.now() + 60_000);
	const toggle = page.getByRole('button', { name: '「料金」へのリンクをコピー' });
	await toggle.click();
	await page.getByRole('button', { name: 'URLをコピー' }).click();
	expect(await clipboard(page)).toBe(new URL('session-manager/#pricing', baseURL).href);
	await expect(toggle).toHaveAttribute('data-feedback', 'コピーしました');
	await page.clock.runFor(100); // the announcement is written on the next animation frame
	await expect(page.getByRole('status').filter({ hasText: 'コピーしました' })).toHaveCount(1);
	await page.clock.runFor(5_000);
	await expect(toggle).not.toHaveAttribute('data-feedback');
});

test('copying a Markdown link works from the keyboard alone', { tag: '@base-path' }, async ({ page, baseURL }) => {
	await page.goto('run-command/');
	const toggle = page.getByRole('button', { name: '「レート制御」へのリンクをコピー' });
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'URLをコピー' })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('button', { name: 'Markdownリンクをコピー' })).toBeFocused();
	await page.keyboard.press('Enter');
	expect(await clipboard(page)).toBe(`[レート制御（Run Command）](${new URL('run-command/#rate-control', baseURL).href})`);
	await expect(toggle).toBeFocused();
});

test('every H2 and H3 of a page has a copy-link control', async ({ page }) => {
	await page.goto('glossary/');
	const headings = await page.locator('.sl-markdown-content :is(h2, h3)').count();
	await expect(page.locator('.copy-link__toggle')).toHaveCount(headings);
});

test('on an English page the menu and the copied Markdown link are in English', { tag: '@base-path' }, async ({ page, baseURL }) => {
	await page.goto('en/run-command/');
	const heading = (await page.locator('h2#rate-control').textContent())!.trim();
	await page.getByRole('button', { name: `Copy a link to “${heading}”` }).click();
	await page.getByRole('button', { name: 'Copy Markdown link' }).click();
	expect(await clipboard(page)).toBe(`[${heading} (Run Command)](${new URL('en/run-command/#rate-control', baseURL).href})`);
	await expect(page.getByRole('status').filter({ hasText: 'Markdown link copied' })).toHaveCount(1);
});

test('the menu code loads only when a reader reaches for a button, and a press opens it at once then', async ({ page }) => {
	const menuRequests: string[] = [];
	page.on('request', (request) => /\/copy-link-menu\.[^/]+\.js$/.test(request.url()) && menuRequests.push(request.url()));
	await page.goto('run-command/');
	await page.waitForLoadState('networkidle');
	expect(menuRequests).toEqual([]);
	const toggle = page.getByRole('button', { name: '「レート制御」へのリンクをコピー' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.hover();
	await expect.poll(() => menuRequests.length).toBe(1);
	await toggle.click();
	await expect(page.getByRole('button', { name: 'URLをコピー' })).toBeFocused();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	// Escape closes it; the button opens it again, now by itself.
	await page.keyboard.press('Escape');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	await expect(page.getByRole('button', { name: 'URLをコピー' })).toBeVisible();
	await toggle.click();
	await expect(page.getByRole('button', { name: 'URLをコピー' })).toBeHidden();
});

test('a build made for a known address (SITE_URL) copies that address even when a reader opened the site at another', async ({ page, context, baseURL }) => {
	// The same build answered at a second origin, as a mirror or a second hostname of the same server would.
	const mirror = 'https://guide-mirror.test';
	await page.route(`${mirror}/**`, async (route) => {
		const response = await route.fetch({ url: route.request().url().replace(mirror, new URL(baseURL!).origin) });
		await route.fulfill({ response });
	});
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: mirror });
	await page.goto(`${mirror}${new URL('run-command/', baseURL).pathname}`);
	await page.getByRole('button', { name: '「レート制御」へのリンクをコピー' }).click();
	await page.getByRole('button', { name: 'URLをコピー' }).click();
	await expect.poll(() => clipboard(page)).toBe(new URL('run-command/#rate-control', baseURL).href);
});

test('the chat format copies 「title — URL」', async ({ page, baseURL }) => {
	await page.goto('run-command/');
	await page.getByRole('button', { name: '「レート制御」へのリンクをコピー' }).click();
	await page.getByRole('button', { name: 'チャット用にコピー（タイトル — URL）' }).click();
	await expect.poll(() => clipboard(page)).toBe(`レート制御（Run Command） — ${new URL('run-command/#rate-control', baseURL).href}`);
	await expect(page.getByRole('status').filter({ hasText: 'タイトルとURLをコピーしました' })).toHaveCount(1);
});

test('each heading has one visible link control, on desktop and on a phone; without JavaScript it is Starlight’s # link', async ({ page, browser, baseURL }) => {
	const visibleControlsPerHeading = (target: import('@playwright/test').Page) =>
		target.locator('.sl-markdown-content .sl-heading-wrapper:is(.level-h2, .level-h3)').evaluateAll((wrappers) =>
			wrappers.map((wrapper) =>
				Array.from(wrapper.querySelectorAll<HTMLElement>(':scope > .sl-anchor-link, :scope > .copy-link__toggle')).filter((control) => control.checkVisibility()).map((control) => control.className)
			)
		);
	for (const viewport of [
		{ width: 1280, height: 800 },
		{ width: 390, height: 844 },
	]) {
		await page.setViewportSize(viewport);
		await page.goto('run-command/');
		await expect(page.locator('.copy-link__toggle').first()).toBeAttached();
		const controls = await visibleControlsPerHeading(page);
		expect(controls.length).toBeGreaterThan(5);
		for (const visible of controls) expect(visible, `at ${viewport.width} px`).toEqual(['copy-link__toggle']);
	}
	const withoutScripts = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
	const plain = await withoutScripts.newPage();
	await plain.goto('run-command/');
	for (const visible of await visibleControlsPerHeading(plain)) expect(visible).toEqual(['sl-anchor-link']);
	await withoutScripts.close();
});

test('the section a link lands on is marked for a moment', async ({ page }) => {
	await page.goto('run-command/#rate-control');
	const animationOf = (id: string) => page.locator(`h2#${id}`).evaluate((heading) => getComputedStyle(heading).animationName);
	expect(await animationOf('rate-control')).toBe('copy-link-landed');
	expect(await animationOf('output')).toBe('none');
});
