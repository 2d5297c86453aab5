import { expect, test } from '@playwright/test';
import { readSitemapPagePaths } from '../scripts/lib/builds.ts';

/**
 * Every content table of every page on a phone (390 px): no column squeezed to a character or two a line, and a
 * table that continues past the screen's edge shows it (tables.css). One test per edition, each page in turn.
 */
const pages = readSitemapPagePaths('root');

for (const edition of ['ja', 'en'] as const) {
	test(`on a phone, every table of the ${edition} edition keeps readable columns and shows when it scrolls`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 390, height: 844 });
		const problems: string[] = [];
		let tables = 0;
		let scrolling = 0;
		for (const pagePath of pages.filter((path) => path.startsWith('en/') === (edition === 'en'))) {
			await page.goto(pagePath);
			const found = await page.locator('.sl-markdown-content table:not(.not-content table)').evaluateAll(async (elements) => {
				const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
				const results = [];
				for (const [index, table] of (elements as HTMLElement[]).entries()) {
					const fontSize = parseFloat(getComputedStyle(table).fontSize);
					const narrow = Array.from(table.querySelectorAll<HTMLElement>('th, td'))
						.filter((cell) => (cell.textContent ?? '').trim().length > 3)
						.filter((cell) => {
							const style = getComputedStyle(cell);
							return cell.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) < 4 * fontSize;
						})
						.map((cell) => (cell.textContent ?? '').trim().slice(0, 12));
					const scrolls = table.scrollWidth > table.clientWidth + 1;
					let cueAtStart = '';
					let cueAtEnd = '';
					if (scrolls) {
						table.scrollLeft = 0;
						await frame();
						cueAtStart = getComputedStyle(table).maskImage;
						table.scrollLeft = table.scrollWidth;
						await frame();
						cueAtEnd = getComputedStyle(table).maskImage;
						table.scrollLeft = 0;
					}
					results.push({ index, narrow, scrolls, cueAtStart, cueAtEnd, fits: getComputedStyle(table).maskImage });
				}
				return results;
			});
			for (const table of found) {
				tables++;
				const where = `/${pagePath} table ${table.index + 1}`;
				if (table.narrow.length) problems.push(`${where}: cells narrower than 4 characters: ${table.narrow.join(' / ')}`);
				if (table.scrolls) {
					scrolling++;
					// At the start it fades out at the right edge; scrolled to the end, at the left edge only.
					if (table.cueAtStart === 'none') problems.push(`${where}: scrolls, but shows no cue at its edge`);
					if (table.cueAtEnd === 'none' || table.cueAtEnd === table.cueAtStart) problems.push(`${where}: scrolled to the end, shows the same cue as at the start (${table.cueAtEnd})`);
				} else if (table.fits !== 'none') problems.push(`${where}: fits the screen, but is faded (${table.fits})`);
			}
		}
		expect(problems).toEqual([]);
		expect(tables, 'tables checked').toBeGreaterThan(10);
		expect(scrolling, 'tables that scroll on a phone').toBeGreaterThan(0);
	});
}
