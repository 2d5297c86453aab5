import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readSitemapPagePaths } from './support/site';

/**
 * WCAG 2.2 AA (and axe best practices) on every built page, in the light and the dark theme: 0 violations.
 *
 * Excluded, with reasons:
 * - Expressive Code blocks (`.expressive-code pre`): each is a `role="region"` with the same label, which axe
 *   reports as landmark-unique; Starlight's own accessibility sweep ignores it for the same reason (screen readers
 *   announce the code language, not a landmark list).
 * - Starlight's search button (`site-search button`): its visible text is 「検索 Ctrl K」 while its accessible name
 *   is 「検索」, which axe reports as label-content-name-mismatch; it is Starlight's own component, not content.
 */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const pagePath of readSitemapPagePaths('root')) {
	test(`/${pagePath} has no accessibility violations in the light and the dark theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(pagePath);
		for (const theme of ['light', 'dark'] as const) {
			// Starlight's "auto" theme follows the system setting live, so one page load serves both themes.
			await page.emulateMedia({ colorScheme: theme });
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const { violations } = await new AxeBuilder({ page }).withTags(tags).exclude('site-search > button').exclude('.expressive-code pre').analyze();
			const summary = violations.map(({ id, impact, nodes }) => `${theme}: ${id} (${impact}): ${nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
			expect(summary).toEqual([]);
		}
	});
}

test('presentation mode has no accessibility violations', async ({ page }) => {
	await page.goto('session-manager/?present#pricing');
	await expect(page.locator('html')).toHaveAttribute('data-presenting', 'audience');
	const { violations } = await new AxeBuilder({ page }).withTags(tags).exclude('.expressive-code pre').analyze();
	expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
