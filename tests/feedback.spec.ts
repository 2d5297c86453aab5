import { expect, test } from '@playwright/test';

/**
 * The way back to the authors (src/plugins/feedback/). The sub-path build of `npm test` is made with
 * EDIT_LINK_BASE_URL and REPORT_ISSUE_URL pointing at an example repository (scripts/run-tests.mjs); the
 * domain-root build without them, as a site is by default, so it shows that both links disappear when unset.
 */
const repository = 'https://github.com/example/ssm-guide';

test.describe('feedback links', () => {
	test('「ページを編集」 opens the page’s source file, in each edition @sub-path-sweep', async ({ page }) => {
		await page.goto('session-manager/');
		await expect(page.locator('footer a', { hasText: 'ページを編集' })).toHaveAttribute('href', `${repository}/edit/main/src/content/docs/session-manager.mdx`);
		await page.goto('en/labs/run-command/');
		await expect(page.locator('footer a', { hasText: 'Edit page' })).toHaveAttribute('href', `${repository}/edit/main/src/content/docs/en/labs/run-command.mdx`);
	});

	test('「誤りを報告」 opens a new issue naming the page, its address and the section being read @sub-path-sweep', async ({ page, context, baseURL }) => {
		const opened: string[] = [];
		// The tracker is not reachable from the tests; the address the browser was sent to is what matters.
		await context.route(`${repository}/**`, async (route) => {
			opened.push(route.request().url());
			await route.fulfill({ contentType: 'text/html', body: '<title>issue</title>' });
		});
		await page.goto('session-manager/');
		await page.locator('h2#pricing').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
		const popup = context.waitForEvent('page');
		await page.locator('footer').getByRole('link', { name: '誤りを報告' }).click();
		await (await popup).waitForLoadState();
		expect(opened).toHaveLength(1);
		const issue = new URL(opened[0]!);
		expect(`${issue.origin}${issue.pathname}`).toBe(`${repository}/issues/new`);
		expect(issue.searchParams.get('title')).toBe('「Session Manager」の誤り：料金');
		const pageUrl = new URL('session-manager/#pricing', baseURL).href;
		expect(issue.searchParams.get('body')).toContain(`ページ：${pageUrl}\n節：料金\n`);
	});

	test('without EDIT_LINK_BASE_URL and REPORT_ISSUE_URL neither link is shown', async ({ page }) => {
		await page.goto('session-manager/');
		await expect(page.locator('footer')).toBeVisible();
		await expect(page.locator('footer a', { hasText: 'ページを編集' })).toHaveCount(0);
		await expect(page.locator('footer a', { hasText: '誤りを報告' })).toHaveCount(0);
	});
});
