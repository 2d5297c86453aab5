import { expect, test, type Page } from '@playwright/test';

/**
 * Reading progress (src/plugins/progress/): marking pages done, the sidebar's done/total and minutes left, the
 * home page's course list, per edition, kept across reloads and reset in one place. Expected minutes come from
 * each page's own planned duration (the figure the presentation's title slide shows), not from the progress code.
 */
const summary = (page: Page) => page.locator('[data-course-progress-text]');
const toggle = (page: Page, name = 'このページを読み終えた') => page.getByRole('button', { name });

/** The course's size as the sidebar states it before anything is marked: `全21ページ・約425分`. */
async function courseSize(page: Page): Promise<{ pages: number; minutes: number }> {
	const [, pages = '', minutes = ''] = /^全(\d+)ページ・約(\d+)分$/.exec((await summary(page).textContent()) ?? '') ?? [];
	expect(pages, 'the idle summary names the course size').not.toBe('');
	return { pages: Number(pages), minutes: Number(minutes) };
}

async function plannedMinutes(page: Page): Promise<number> {
	return Number(await page.locator('[data-present-button]').getAttribute('data-duration'));
}

test.describe('reading progress', () => {
	test('marking pages done updates done/total and the minutes left, and survives a reload', async ({ page }) => {
		await page.goto('session-manager/');
		const { pages, minutes } = await courseSize(page);
		expect(pages).toBeGreaterThanOrEqual(20);
		const sessionManagerMinutes = await plannedMinutes(page);

		await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
		await toggle(page).click();
		await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByRole('status').filter({ hasText: '読み終えたページにしました。' })).toBeAttached();
		await expect(summary(page)).toHaveText(`1 / ${pages}ページ完了・残り約${minutes - sessionManagerMinutes}分`);
		await expect(page.locator('[data-course-progress] progress')).toHaveAttribute('value', '1');
		// The sidebar marks the page: a check to see, words for a screen reader.
		const sidebarLink = page.locator('.sidebar-content a', { hasText: 'Session Manager' }).first();
		await expect(sidebarLink).toHaveAttribute('data-done', '');
		await expect(sidebarLink).toHaveAccessibleName(/（読み終えた）$/);

		// Another page, with the keyboard only.
		await page.goto('run-command/');
		const runCommandMinutes = await plannedMinutes(page);
		await toggle(page).focus();
		await page.keyboard.press('Space');
		await expect(summary(page)).toHaveText(`2 / ${pages}ページ完了・残り約${minutes - sessionManagerMinutes - runCommandMinutes}分`);
		await page.reload();
		await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
		await expect(summary(page)).toHaveText(`2 / ${pages}ページ完了・残り約${minutes - sessionManagerMinutes - runCommandMinutes}分`);

		// Unmarking gives the minutes back.
		await toggle(page).press('Enter');
		await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
		await expect(summary(page)).toHaveText(`1 / ${pages}ページ完了・残り約${minutes - sessionManagerMinutes}分`);
	});

	test('the home page lists the whole course with minutes and marks, and resets it', async ({ page }) => {
		await page.goto('patch-manager/');
		const patchManagerMinutes = await plannedMinutes(page);
		await toggle(page).click();

		await page.goto('');
		const course = page.locator('.course-overview');
		const links = course.locator('li > a');
		// `/labs/run-command/` → `labs/run-command`, relative to the site's base.
		const slugs = await links.evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname.slice(1, -1)));
		// Reading order, as the sidebar: the tools in their group, the labs after them, the reference last.
		expect(slugs.slice(0, 3)).toEqual(['overview', 'prerequisites', 'session-manager']);
		expect(slugs.indexOf('labs')).toBeGreaterThan(slugs.indexOf('inventory'));
		expect(slugs.at(-1)).toBe('practice');
		// The tool page, not its lab (…/labs/patch-manager/).
		const patchManagerRow = course.locator('li', { has: page.locator('a[href$="/patch-manager/"]:not([href*="/labs/"])') });
		await expect(patchManagerRow).toContainText(`${patchManagerMinutes}分`);
		await expect(patchManagerRow.locator('a')).toHaveAttribute('data-done', '');
		await expect(summary(page)).toHaveText(new RegExp(`^1 / ${slugs.length}ページ完了・残り約\\d+分$`));

		await page.getByRole('button', { name: '進み具合をリセット' }).click();
		await expect(patchManagerRow.locator('a')).not.toHaveAttribute('data-done', '');
		await expect(summary(page)).toHaveText(/^全\d+ページ・約\d+分$/);
		await page.goto('patch-manager/');
		await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
	});

	test('each edition keeps its own progress', async ({ page }) => {
		await page.goto('en/session-manager/');
		await toggle(page, 'I have read this page').click();
		await expect(summary(page)).toHaveText(/^1 \/ \d+ pages done, about \d+ min left$/);
		await page.goto('session-manager/');
		await expect(summary(page)).toHaveText(/^全\d+ページ・約\d+分$/);
		await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
	});

	test('pages that are not lessons have no toggle', async ({ page }) => {
		await page.goto('');
		await expect(toggle(page)).toHaveCount(0);
		await page.goto('glossary/');
		await expect(toggle(page)).toHaveCount(1);
	});
});
