import { expect, test, type Locator, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { pageOrder } from '../src/sidebar.ts';
import { accessibilityProblemsInBothThemes } from './support/page-checks';

/**
 * The practice test as a study group uses it, in both editions: unanswered questions counted apart from wrong
 * ones (before grading and after), a score per tool page with links to the sections to review, answers hidden
 * until graded (and readable without JavaScript), and a fixed-order, one-tool mode shared as a URL. Expected
 * questions and sections come from the pages' frontmatter, in sidebar order.
 */

const editions = {
	ja: {
		prefix: '',
		grade: '採点する',
		gradeAnyway: 'このまま採点する',
		toUnanswered: '最初の未回答の問題へ',
		fixedOrder: 'ページの順（コースの順）',
		shuffledOrder: 'シャッフル（開くたびに入れ替わる）',
		pageFilter: '出題するページ',
		right: '正解です。',
		wrong: '不正解です。',
		unanswered: '未回答です。',
		progress: (answered: number, total: number) => `回答済み ${answered} / ${total} 問（未回答 ${total - answered} 問）`,
		score: (right: number, total: number, unanswered: number) => (unanswered ? `${right} / ${total}（未回答 ${unanswered} 問）` : `${right} / ${total}`),
		scoreLine: (score: string) => `スコア：${score}`,
		tally: (right: number, wrong: number, unanswered: number) => `正解 ${right} 問・不正解 ${wrong} 問・未回答 ${unanswered} 問`,
		pageScore: (title: string, score: string) => `${title}：${score}`,
		lastScore: (score: string) => `前回のスコア：${score}`,
		lastScoreOfPage: (title: string, score: string) => `${title}の前回のスコア：${score}`,
		number: (number: number) => `問${number}`,
	},
	en: {
		prefix: 'en/',
		grade: 'Grade my answers',
		gradeAnyway: 'Grade anyway',
		toUnanswered: 'Go to the first unanswered question',
		fixedOrder: 'Page order (as in the course)',
		shuffledOrder: 'Shuffled (changes each time you open it)',
		pageFilter: 'Questions from',
		right: 'Correct.',
		wrong: 'Not quite.',
		unanswered: 'Not answered.',
		progress: (answered: number, total: number) => `Answered: ${answered} of ${total} (${total - answered} not answered)`,
		score: (right: number, total: number, unanswered: number) => (unanswered ? `${right} / ${total} (${unanswered} not answered)` : `${right} / ${total}`),
		scoreLine: (score: string) => `Score: ${score}`,
		tally: (right: number, wrong: number, unanswered: number) => `${right} correct, ${wrong} wrong, ${unanswered} not answered`,
		pageScore: (title: string, score: string) => `${title}: ${score}`,
		lastScore: (score: string) => `Last score: ${score}`,
		lastScoreOfPage: (title: string, score: string) => `Last score for ${title}: ${score}`,
		number: (number: number) => `Q${number}`,
	},
} as const;

interface ToolPage {
	slug: string;
	title: string;
	questions: { question: string; section: string }[];
}

/** The tool pages of an edition that have self-check questions, in sidebar order (the course), from their frontmatter. */
function toolPages(prefix: string): ToolPage[] {
	return pageOrder.flatMap((slug) => {
		const file = [`src/content/docs/${prefix}${slug}.mdx`, `src/content/docs/${prefix}${slug}/index.mdx`].find((path) => existsSync(path))!;
		const data = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as { title: string; kind?: string; quiz?: ToolPage['questions'] };
		return data.kind !== 'lab' && data.quiz?.length ? [{ slug, title: data.title, questions: data.quiz }] : [];
	});
}

/** Ticks the choices a question considers right (or, with `wrong`, one it considers wrong). */
async function answer(question: Locator, { wrong = false } = {}) {
	const correct = (await question.getAttribute('data-answers'))!.split(',');
	const inputs = question.locator('input');
	if (wrong) {
		const wrongIndex = [...Array(await inputs.count()).keys()].find((index) => !correct.includes(String(index)))!;
		await inputs.nth(wrongIndex).check();
		return;
	}
	for (const index of correct) await inputs.nth(Number(index)).check();
}

/** The question texts shown, in the order shown (without number, page and kind). */
function shownQuestionTexts(page: Page): Promise<string[]> {
	return page.locator('.quiz__question:visible legend').evaluateAll((legends) =>
		legends.map((legend) => {
			const copy = legend.cloneNode(true) as HTMLElement;
			for (const extra of Array.from(copy.querySelectorAll('.quiz__number, .quiz__page, .quiz__kind'))) extra.remove();
			return copy.textContent!.trim();
		})
	);
}

async function openPractice(page: Page, edition: (typeof editions)[keyof typeof editions], search = '') {
	await page.goto(`${edition.prefix}practice/${search}`);
	await expect(page.getByRole('button', { name: edition.grade, exact: true })).toBeVisible();
	return page.locator('.quiz__question');
}

for (const [name, edition] of Object.entries(editions)) {
	test.describe(`practice test (${name})`, () => {
		test('unanswered questions are counted apart from wrong ones, and answers stay hidden until graded', async ({ page }) => {
			const questions = await openPractice(page, edition);
			const total = await questions.count();
			const progress = page.locator('.quiz__progress');
			await expect(progress).toHaveText(edition.progress(0, total));
			for (const index of [0, 1, 2]) await answer(questions.nth(index));
			for (const index of [3, 4]) await answer(questions.nth(index), { wrong: true });
			await expect(progress).toHaveText(edition.progress(5, total));
			await expect(page.locator('.quiz__answer:visible')).toHaveCount(0);

			// With questions left open, grading asks first; nothing is graded or revealed yet.
			await page.getByRole('button', { name: edition.grade, exact: true }).click();
			await expect(page.locator('.quiz__note')).toContainText(String(total - 5));
			await expect(page.locator('.quiz__result:not(:empty)')).toHaveCount(0);
			await expect(page.locator('.quiz__answer:visible')).toHaveCount(0);
			await page.getByRole('button', { name: edition.toUnanswered }).click();
			await expect(questions.nth(5).locator('input').first()).toBeFocused();

			await page.getByRole('button', { name: edition.gradeAnyway }).click();
			const score = page.locator('.quiz__score');
			await expect(score).toContainText(edition.scoreLine(edition.score(3, total, total - 5)));
			await expect(score).toContainText(edition.tally(3, 2, total - 5));
			expect(await questions.locator('.quiz__result').allTextContents()).toEqual([
				...Array<string>(3).fill(edition.right),
				...Array<string>(2).fill(edition.wrong),
				...Array<string>(total - 5).fill(edition.unanswered),
			]);
			// Graded, every answer and explanation shows, opened.
			await expect(page.locator('.quiz__answer[open]:visible')).toHaveCount(total);
			await expect(questions.nth(total - 1).locator('.quiz__answer strong')).toBeVisible();
			// Only the wrong answers are sent to review, one link per section.
			const wrongSections = new Set(await questions.evaluateAll((items) => items.slice(3, 5).map((item) => item.querySelector('.quiz__answer a')!.getAttribute('href'))));
			await expect(page.locator('.quiz__review a')).toHaveCount(wrongSections.size);
		});

		test('after grading, each tool page has its score and links named after the sections to review', async ({ page, request, baseURL }) => {
			const pages = toolPages(edition.prefix);
			const questions = await openPractice(page, edition, '?order=fixed');
			// Per page: the first question wrong, the second right, the rest left open.
			let index = 0;
			for (const tool of pages) {
				await answer(questions.nth(index), { wrong: true });
				await answer(questions.nth(index + 1));
				index += tool.questions.length;
			}
			await page.getByRole('button', { name: edition.grade, exact: true }).click();
			await page.getByRole('button', { name: edition.gradeAnyway }).click();

			const rows = page.locator('.quiz__pages > li');
			await expect(rows).toHaveCount(pages.length);
			expect(await rows.evaluateAll((items) => items.map((item) => item.dataset['page']))).toEqual(pages.map(({ slug }) => slug));
			for (const [row, tool] of pages.entries()) {
				const item = rows.nth(row);
				await expect(item.locator('strong')).toHaveText(edition.pageScore(tool.title, edition.score(1, tool.questions.length, tool.questions.length - 2)));
				const link = item.locator('.quiz__review a');
				await expect(link).toHaveCount(1);
				const target = new URL(`${edition.prefix}${tool.slug}/#${tool.questions[0]!.section}`, baseURL);
				await expect(link).toHaveAttribute('href', target.href);
				// The link is named after the section's heading on that page.
				const html = await (await request.get(target.href)).text();
				const heading = new RegExp(`<h([23]) id="${target.hash.slice(1)}">([^<]+)</h\\1>`).exec(html);
				expect(heading, `${target.href} has a heading with that id`).not.toBeNull();
				await expect(link).toHaveText(heading![2]!);
				await expect(item).toContainText(`${edition.number(pages.slice(0, row).reduce((sum, { questions }) => sum + questions.length, 0) + 1)}`);
			}

			// Following a link lands on the heading it names.
			const first = rows.first().locator('.quiz__review a');
			const text = (await first.textContent())!;
			await first.click();
			await expect(page).toHaveURL(new URL(`${edition.prefix}${pages[0]!.slug}/#${pages[0]!.questions[0]!.section}`, baseURL).href);
			await expect(page.locator(`:is(h2, h3)#${pages[0]!.questions[0]!.section}`)).toHaveText(text);
		});

		test('in page order, the questions come as the course goes; the choice is in the URL', async ({ page }) => {
			const expected = toolPages(edition.prefix).flatMap(({ questions }) => questions.map(({ question }) => question));
			await openPractice(page, edition);
			await page.getByRole('radio', { name: edition.fixedOrder }).check();
			await expect(page).toHaveURL(/\?order=fixed$/);
			expect(await shownQuestionTexts(page)).toEqual(expected);
			await expect(page.locator('.quiz__question .quiz__number').last()).toHaveText(edition.number(expected.length));

			// The shared URL opens in the same order; back to shuffled, the URL is plain again.
			await openPractice(page, edition, '?order=fixed');
			await expect(page.getByRole('radio', { name: edition.fixedOrder })).toBeChecked();
			expect(await shownQuestionTexts(page)).toEqual(expected);
			await page.getByRole('radio', { name: edition.shuffledOrder }).check();
			await expect(page).toHaveURL(/\/practice\/$/);
			expect(await shownQuestionTexts(page)).not.toEqual(expected);
		});

		test('a one-tool URL shows only that tool’s questions, grades only those and keeps its own last score', async ({ page }) => {
			const tool = toolPages(edition.prefix).find(({ slug }) => slug === 'session-manager')!;
			const count = tool.questions.length;

			// A whole-test run first, with one answer: its last score must survive the one-tool run.
			let questions = await openPractice(page, edition);
			const total = await questions.count();
			await answer(questions.first(), { wrong: true });
			await page.getByRole('button', { name: edition.grade, exact: true }).click();
			await page.getByRole('button', { name: edition.gradeAnyway }).click();
			const wholeScore = edition.score(0, total, total - 1);
			await expect(page.locator('.quiz__score')).toContainText(edition.scoreLine(wholeScore));

			// Choosing the tool puts it in the URL, ungrades and shows its questions only, numbered from 1.
			await page.getByLabel(edition.pageFilter).selectOption(tool.slug);
			await expect(page).toHaveURL(/\?page=session-manager$/);
			await page.getByRole('radio', { name: edition.fixedOrder }).check();
			expect(new URL(page.url()).searchParams.get('order')).toBe('fixed');
			const shared = page.url();

			questions = await openPractice(page, edition, new URL(shared).search);
			expect(await shownQuestionTexts(page)).toEqual(tool.questions.map(({ question }) => question));
			const shown = page.locator('.quiz__question:visible');
			expect(await shown.evaluateAll((items) => [...new Set(items.map((item) => item.dataset['page']))])).toEqual([tool.slug]);
			expect(await shown.locator('.quiz__number').allTextContents()).toEqual(tool.questions.map((_, index) => edition.number(index + 1)));
			await expect(page.locator('.quiz__progress')).toHaveText(edition.progress(0, count));
			await expect(page.locator('.quiz__score')).toBeEmpty(); // no last score of its own yet, and not the whole test's

			for (let index = 0; index < count; index++) await answer(shown.nth(index));
			await page.getByRole('button', { name: edition.grade, exact: true }).click(); // all answered: no note
			await expect(page.locator('.quiz__score')).toContainText(edition.scoreLine(edition.score(count, count, 0)));
			await expect(page.locator('.quiz__score')).toContainText(edition.tally(count, 0, 0));
			await expect(page.locator('.quiz__pages > li')).toHaveCount(1);
			await expect(page.locator('.quiz__pages strong')).toHaveText(edition.pageScore(tool.title, edition.score(count, count, 0)));
			await expect(page.locator('.quiz__question[hidden] .quiz__result:not(:empty)')).toHaveCount(0);

			// Each selection remembers its own last score.
			await openPractice(page, edition, new URL(shared).search);
			await expect(page.locator('.quiz__score')).toHaveText(edition.lastScoreOfPage(tool.title, edition.score(count, count, 0)));
			await openPractice(page, edition);
			await expect(page.locator('.quiz__score')).toHaveText(edition.lastScore(wholeScore));
		});
	});
}

test('the note before grading and the graded test pass axe in light and dark; the controls work from the keyboard', async ({ page }) => {
	const questions = await openPractice(page, editions.ja);
	await answer(questions.nth(0), { wrong: true });
	await answer(questions.nth(1));
	// Keyboard only: the order radios, then the grade button.
	await page.getByRole('radio', { name: editions.ja.shuffledOrder }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: editions.ja.fixedOrder })).toBeChecked();
	await expect(page).toHaveURL(/\?order=fixed$/);
	await page.getByRole('button', { name: editions.ja.grade, exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.quiz__note')).not.toBeEmpty();
	expect(await accessibilityProblemsInBothThemes(page)).toEqual([]);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: editions.ja.gradeAnyway })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('.quiz__pages')).toBeVisible();
	await expect(page.getByRole('button', { name: editions.ja.grade, exact: true })).toBeFocused();
	expect(await accessibilityProblemsInBothThemes(page)).toEqual([]);
});

test('without JavaScript the practice test stays readable: no mode controls, answers open from <details>', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
	const page = await context.newPage();
	await page.goto('practice/');
	await expect(page.locator('.quiz__mode')).toBeHidden();
	const first = page.locator('.quiz__question').first();
	await expect(first.locator('legend')).toBeVisible();
	await expect(first.locator('summary')).toBeVisible();
	await first.locator('summary').click();
	await expect(first.locator('.quiz__answer strong')).toContainText('正解：');
	await expect(page.locator('.quiz__question:visible')).toHaveCount(await page.locator('.quiz__question').count());
	await context.close();
});

test('the self-check on tool pages keeps its answers one click away and its own check button', async ({ page }) => {
	await page.goto('session-manager/');
	const first = page.locator('.quiz[data-quiz="self-check"] .quiz__question').first();
	await expect(first.locator('summary')).toBeVisible();
	await answer(first, { wrong: true });
	await first.getByRole('button', { name: '答え合わせ' }).click();
	await expect(first.locator('.quiz__result')).toHaveText('不正解です。');
	await expect(first.locator('.quiz__answer strong')).toBeVisible();
	await expect(page.locator('.quiz__mode, .quiz__progress')).toHaveCount(0);
});
