import { expect, test, type Locator } from '@playwright/test';

/**
 * Japanese titles and headings break between phrases, never inside a word, at phone width (390 px): the cases a
 * newcomer saw split (「ノ／ード管理」「学習／ガイド」, a tab label in three lines). Checked on the layout itself: the
 * characters of each word must all sit on one line.
 */
async function linesOccupiedBy(element: Locator, word: string): Promise<number> {
	return element.evaluate((node, text) => {
		const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
		const full: { node: Text; offset: number }[] = [];
		for (let current = walker.nextNode() as Text | null; current; current = walker.nextNode() as Text | null) {
			for (let offset = 0; offset < current.data.length; offset++) full.push({ node: current, offset });
		}
		const joined = full.map(({ node, offset }) => node.data[offset]).join('');
		const start = joined.indexOf(text);
		if (start < 0) throw new Error(`「${text}」 not in 「${joined}」`);
		const tops = new Set<number>();
		for (const { node, offset } of full.slice(start, start + text.length)) {
			const range = document.createRange();
			range.setStart(node, offset);
			range.setEnd(node, offset + 1);
			tops.add(Math.round(range.getBoundingClientRect().top));
		}
		return tops.size;
	}, word);
}

test.use({ viewport: { width: 390, height: 844 } });

test('the site title and the home page title keep their words whole on a phone', async ({ page }) => {
	await page.goto('');
	const hero = page.locator('.hero h1');
	const header = page.locator('header .site-title');
	for (const word of ['Systems', 'Manager', 'ノード管理', '学習ガイド']) {
		expect(await linesOccupiedBy(hero, word), `hero: ${word}`).toBe(1);
		expect(await linesOccupiedBy(header, word), `header: ${word}`).toBe(1);
	}
	// Long enough to wrap at all: otherwise the check above proves nothing.
	expect(await hero.evaluate((element) => element.getClientRects().length && element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight))).toBeGreaterThan(1.5);
});

test('a code tab label stays on one line on a phone; the tab list scrolls instead', async ({ page }) => {
	await page.goto('run-command/');
	const label = page.getByRole('tab', { name: /コマンドプロンプト/ }).first();
	await label.scrollIntoViewIfNeeded();
	expect(await linesOccupiedBy(label, (await label.textContent())!.trim())).toBe(1);
});

test('page titles and section headings break between phrases where the browser supports it', async ({ page }) => {
	await page.goto('prerequisites/');
	const supported = await page.evaluate(() => CSS.supports('word-break', 'auto-phrase'));
	expect(supported, 'the test browser supports auto-phrase').toBe(true);
	for (const heading of await page.locator('.sl-markdown-content h2, h1').all()) {
		expect(await heading.evaluate((element) => getComputedStyle(element).wordBreak)).toBe('auto-phrase');
	}
});
