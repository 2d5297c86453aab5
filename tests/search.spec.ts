import { expect, test } from '@playwright/test';
import { recordForeignRequests } from './support/page-checks';
import { indexedPage, searchSite } from './support/search';

/**
 * Japanese search works in both builds: Pagefind's extended build segments Japanese, and the index and UI load
 * from under the base path. The wider vocabulary is covered by search-terms.spec.ts.
 */
test('searching ポート転送 lists /session-manager/', { tag: '@base-path' }, async ({ page, baseURL }) => {
	const paths = await searchSite(page, 'ポート転送');
	expect(paths).toContain(new URL('session-manager/', baseURL).pathname);
});

test('searching loads nothing from other origins (intranet use)', async ({ page, baseURL }) => {
	const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
	expect((await searchSite(page, 'パッチ')).length).toBeGreaterThan(0);
	await page.waitForLoadState('networkidle');
	expect(foreign).toEqual([]);
});

test('search never gives a quiz answer away: questions are indexed, answers and explanations are not', async ({ page, baseURL }) => {
	for (const { pagePath, query } of [
		{ pagePath: 'session-manager/', query: 'Session Manager' },
		{ pagePath: 'practice/', query: '練習問題' },
	]) {
		await page.goto(pagePath);
		const question = page.locator('.quiz__question').first();
		const legend = (await question.locator('legend').evaluate((element) => element.lastChild?.previousSibling?.textContent ?? element.textContent ?? '')).trim();
		const explanation = (await question.locator('.quiz__answer p').nth(1).textContent())!.trim();
		const indexed = (await indexedPage(page, baseURL!, pagePath, query))?.content;
		expect(indexed, `/${pagePath} is found by ${query}`).toBeDefined();
		expect(indexed).toContain(legend.slice(0, 12));
		expect(indexed).not.toContain(explanation.slice(0, 20));
		expect(indexed).not.toMatch(/正解：/);
	}
});

test('an excerpt from a table reads as a sentence: each value comes after its column header', async ({ page, baseURL }) => {
	for (const { pagePath, query, sentence, cellsInARow } of [
		// Before: 「観点 踏み台サーバー + SSH Session Manager 開けるポート. 踏み台の22番…」, the cells one after another.
		{ pagePath: 'session-manager/', query: '踏み台', sentence: '開けるポート — 踏み台サーバー + SSH：踏み台の22番', cellsInARow: '観点 踏み台サーバー + SSH Session Manager' },
		{ pagePath: 'en/session-manager/', query: 'bastion', sentence: 'Ports to open — Bastion host + SSH: Port 22 on the bastion', cellsInARow: 'Bastion host + SSH Session Manager' },
	]) {
		const found = await indexedPage(page, baseURL!, pagePath, query);
		expect(found, `/${pagePath} is found by ${query}`).toBeDefined();
		expect(found!.excerpt).toContain(sentence);
		expect(found!.content).not.toContain(cellsInARow);
	}
	// The reader still sees the table, and only the table.
	await page.goto('session-manager/');
	await expect(page.locator('.table-search-text').first()).toBeHidden();
	await expect(page.getByRole('cell', { name: /^踏み台の22番/ })).toBeVisible();
});
