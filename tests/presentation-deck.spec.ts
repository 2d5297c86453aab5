import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builds, isSiteToolPage, readSitemapPagePaths } from './support/site';

/**
 * Presentation mode as a deck: every slide of every page fits a projector, the presenter's tools (overview, jump,
 * black screen, pointer, step reveal), the agenda and quiz slides made from the page, and the deck as a PDF.
 */
const deckPage = 'session-manager/';

async function present(page: Page, path = deckPage, hash = '') {
	await page.goto(`${path}?present${hash}`);
	await expect(page.locator('html')).toHaveAttribute('data-presenting', 'audience');
}
const currentHash = (page: Page) => new URL(page.url()).hash.replace(/^#/, '');
const counter = (page: Page) => page.locator('.presentation-bar__counter');

test.describe('every slide fits the screen', () => {
	// Content pages of both editions; the home pages are splash pages and the guide's own tools are forms, both
	// without presentation mode.
	for (const pagePath of readSitemapPagePaths('root').filter((path) => path !== '' && path !== 'en/' && !isSiteToolPage(path))) {
		test(`/${pagePath}: each slide fits 1280×720 and 1920×1080, with projector-sized points`, async ({ page }) => {
			const problems: string[] = [];
			for (const viewport of [
				{ width: 1280, height: 720 },
				{ width: 1920, height: 1080 },
			]) {
				await page.setViewportSize(viewport);
				await present(page, pagePath);
				// Every slide in turn through the jump form (what G opens), measured in the page: one round trip per size.
				const found = await page.evaluate(async () => {
					const frame = document.querySelector<HTMLElement>('.sl-markdown-content')!;
					const form = document.querySelector<HTMLFormElement>('[data-jump-form]')!;
					const input = document.querySelector<HTMLInputElement>('[data-jump-input]')!;
					const total = Number(input.max);
					const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
					const slideProblems: string[] = [];
					for (let number = 1; number <= total; number++) {
						input.value = String(number);
						form.requestSubmit();
						await nextFrame();
						const shown = Array.from(frame.children).filter(
							(element) => element.classList.contains('is-current-slide') && getComputedStyle(element).display !== 'none'
						);
						// Lazy images take their size when they load.
						await Promise.all(
							shown.flatMap((element) =>
								Array.from(element.querySelectorAll('img'), (image) => ((image.loading = 'eager'), image.decode().catch(() => undefined)))
							)
						);
						await nextFrame();
						const bottom = Math.max(...shown.map((element) => element.getBoundingClientRect().bottom));
						const pointSizes = shown.flatMap((element) =>
							Array.from(element.querySelectorAll('li'), (item) => (element.matches('.slide-points') ? parseFloat(getComputedStyle(item).fontSize) : Infinity))
						);
						const where = `slide ${number} (${location.hash || 'title'})`;
						if (frame.scrollHeight > frame.clientHeight + 1 || bottom > frame.getBoundingClientRect().bottom + 1) slideProblems.push(`${where} does not fit`);
						const smallest = Math.min(...pointSizes);
						if (smallest < 28) slideProblems.push(`${where}: points at ${smallest}px`);
					}
					return { total, slideProblems };
				});
				expect(found.total, 'slides').toBeGreaterThan(2);
				problems.push(...found.slideProblems.map((problem) => `${viewport.width}×${viewport.height} ${problem}`));
			}
			expect(problems).toEqual([]);
		});
	}
});

test('every section of every page has its slide points (a section without falls back to its prose)', () => {
	const missing: string[] = [];
	for (const pagePath of readSitemapPagePaths('root').filter((path) => !isSiteToolPage(path))) {
		const html = readFileSync(`${builds.root.outDir}/${pagePath}index.html`, 'utf8');
		const content = html.slice(html.indexOf('sl-markdown-content'), html.indexOf('<section class="sources"'));
		const sections = content.split('<div class="sl-heading-wrapper level-h2').slice(1);
		sections.forEach((section, index) => {
			if (!section.includes('data-slide-points')) missing.push(`/${pagePath} section ${index + 1}`);
		});
	}
	expect(missing).toEqual([]);
});

test.describe('presenter tools', () => {
	test('O shows every slide in a grid; Enter on one jumps there, Escape closes it', async ({ page }) => {
		await present(page);
		await page.keyboard.press('o');
		const grid = page.locator('.presentation-overview');
		await expect(grid).toBeVisible();
		const total = Number((await counter(page).textContent())!.split('/')[1]);
		await expect(grid.getByRole('button')).toHaveCount(total);
		await expect(grid.locator('[aria-current="true"]')).toBeFocused();
		await grid.locator('[data-slide-id="pricing"]').focus();
		await page.keyboard.press('Enter');
		await expect(grid).toBeHidden();
		expect(currentHash(page)).toBe('pricing');
		await page.keyboard.press('o');
		await page.keyboard.press('Escape');
		await expect(grid).toBeHidden();
		await expect(page.locator('html')).toHaveAttribute('data-presenting', 'audience');
	});

	test('G goes to a slide by its number', async ({ page }) => {
		await present(page);
		await page.keyboard.press('g');
		await expect(page.locator('[data-jump-input]')).toBeFocused();
		await page.keyboard.type('4');
		await page.keyboard.press('Enter');
		await expect(counter(page)).toHaveText(/^4 \//);
		await expect(page.locator('[data-jump-form]')).toBeHidden();
	});

	test('B and . black the screen out and back; Escape first ends the black screen', async ({ page }) => {
		await present(page);
		const black = page.locator('.presentation-black');
		await page.keyboard.press('b');
		await expect(black).toBeVisible();
		await page.keyboard.press('b');
		await expect(black).toBeHidden();
		await page.keyboard.press('.');
		await expect(black).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(black).toBeHidden();
		await expect(page.locator('html')).toHaveAttribute('data-presenting', 'audience');
	});

	test('L turns the pointer into a laser dot that follows the mouse', async ({ page }) => {
		await present(page, deckPage, '#why');
		const laser = page.locator('.presentation-laser');
		await expect(laser).toBeHidden();
		await page.keyboard.press('l');
		await expect(laser).toBeVisible();
		await page.mouse.move(400, 300);
		await expect.poll(async () => (await laser.boundingBox())?.x).toBeCloseTo(400 - 9, 0);
		await page.keyboard.press('l');
		await expect(laser).toBeHidden();
	});

	test('→ reveals the points of a step-by-step slide in order before moving on; ← takes them back', async ({ page }) => {
		await present(page, deckPage, '#how-it-works');
		const points = page.locator('.slide-points.is-current-slide[data-steps] li');
		const count = await points.count();
		expect(count).toBeGreaterThan(1);
		const revealed = () => points.evaluateAll((items) => items.map((item) => getComputedStyle(item).visibility === 'visible'));
		expect(await revealed()).toEqual(Array(count).fill(false));
		for (let step = 1; step <= count; step++) {
			await page.keyboard.press('ArrowRight');
			expect(await revealed()).toEqual(Array.from({ length: count }, (_, index) => index < step));
			expect(currentHash(page)).toBe('how-it-works');
		}
		await page.keyboard.press('ArrowRight');
		expect(currentHash(page)).not.toBe('how-it-works');
		// Back onto it: whole, as it was left; then ← hides the last point.
		await page.keyboard.press('ArrowLeft');
		expect(currentHash(page)).toBe('how-it-works');
		expect(await revealed()).toEqual(Array(count).fill(true));
		await page.keyboard.press('ArrowLeft');
		expect(await revealed()).toEqual(Array.from({ length: count }, (_, index) => index < count - 1));
	});

	test('a slide shows only the lines of its code that matter; C opens the whole listing and closes it', async ({ page }) => {
		await page.goto(deckPage);
		const allLines = await page.locator('h2#cli').evaluate((heading) => {
			let element = heading.closest('.sl-heading-wrapper')!.nextElementSibling;
			while (element && !element.matches('.expressive-code')) element = element.nextElementSibling;
			return element!.querySelectorAll('.ec-line').length;
		});
		await present(page, deckPage, '#cli');
		const listing = page.locator('.sl-markdown-content > .expressive-code.is-current-slide');
		await expect(listing).toBeVisible();
		const visibleLines = () => listing.locator('.ec-line').evaluateAll((lines) => lines.filter((line) => getComputedStyle(line).display !== 'none').map((line) => line.textContent?.trim()));
		expect(await visibleLines()).toEqual(['aws ssm start-session --target i-0123456789abcdef0']);
		await page.keyboard.press('c');
		expect((await visibleLines()).length).toBe(allLines);
		await page.keyboard.press('c');
		expect((await visibleLines()).length).toBe(1);
	});

	test('after the title, the agenda lists the sections with their minutes', async ({ page }) => {
		await present(page, deckPage, '#agenda');
		const agenda = page.locator('.presentation-agenda-slide');
		await expect(agenda).toBeVisible();
		const headings = await page.locator('.sl-markdown-content > .sl-heading-wrapper.level-h2 > h2').allTextContents();
		const items = await agenda.locator('li').allTextContents();
		expect(items.length).toBe(headings.length + 1); // and the sources
		expect(items[0]).toContain(headings[0]!);
		expect(items.filter((item) => /\d+分$/.test(item)).length).toBeGreaterThan(headings.length / 2);
	});

	test('the self-check becomes show-of-hands slides; A reveals the answer and its explanation', async ({ page }) => {
		await page.goto(deckPage);
		const firstQuestion = page.locator('.quiz__question').first();
		const answer = (await firstQuestion.locator('.quiz__answer strong').textContent())!.trim();
		const questionCount = await page.locator('.quiz__question').count();
		await present(page, deckPage, '#self-check-q1');
		const slide = page.locator('.presentation-quiz-slide.is-current-slide');
		await expect(slide).toBeVisible();
		await expect(slide).toContainText(`1 / ${questionCount}`);
		await expect(slide.locator('.presentation-quiz-slide__choices li')).toHaveCount(await firstQuestion.locator('.quiz__choices li').count());
		const revealed = slide.locator('[data-quiz-answer]');
		await expect(revealed).toBeHidden();
		await page.keyboard.press('a');
		await expect(revealed).toBeVisible();
		await expect(revealed).toContainText(answer);
		await page.keyboard.press('ArrowRight');
		expect(currentHash(page)).toBe('self-check-q2');
		await expect(page.locator('.presentation-quiz-slide.is-current-slide [data-quiz-answer]')).toBeHidden();
	});
});

test('the deck saves as a 16:9 PDF with one page per slide (npm run deck), linked from the page and the controls', async ({ page }) => {
	await present(page);
	const total = Number((await counter(page).textContent())!.split('/')[1]);
	await expect(page.locator('.presentation-bar [data-print]')).toHaveAttribute('href', '?present=print');
	await page.goto(deckPage);
	await expect(page.getByRole('link', { name: 'スライドをPDFで保存' })).toHaveAttribute('href', '?present=print');

	const run = spawnSync('node', ['scripts/build-decks.mjs', deckPage, '--dir', builds.root.outDir], { encoding: 'utf8' });
	expect(run.status, run.stderr).toBe(0);
	const pdf = readFileSync(`${builds.root.outDir}/decks/session-manager.pdf`);
	expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
	const text = pdf.toString('latin1');
	expect(text.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(total);
	const sizes = new Set([...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => Number(match[1]) / Number(match[2])));
	expect([...sizes].map((ratio) => ratio.toFixed(3))).toEqual([(16 / 9).toFixed(3)]);
});
