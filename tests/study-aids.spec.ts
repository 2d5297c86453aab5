import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { isStale } from '../src/plugins/study/stale.ts';
import { builds, editionOf, readSitemapPagePaths } from './support/site';

/**
 * Study aids: self-check quizzes (with and without JavaScript), the practice test, glossary links made at build
 * time, and the freshness notice for facts checked long ago (its fixture build is in fixture-builds.spec.ts).
 */

/** Ticks the choices a question considers right (or, with `wrong`, one it considers wrong). */
async function answer(question: Locator, { wrong = false } = {}) {
	const correct = (await question.getAttribute('data-answers'))!.split(',');
	const inputs = question.locator('input');
	if (wrong) {
		const count = await inputs.count();
		const wrongIndex = [...Array(count).keys()].map(String).find((index) => !correct.includes(index))!;
		await inputs.nth(Number(wrongIndex)).check();
		return;
	}
	for (const index of correct) await inputs.nth(Number(index)).check();
}

test.describe('self-check', () => {
	test('answering right and wrong shows the result, the explanation and the score', async ({ page }) => {
		await page.goto('session-manager/');
		await expect(page.locator('h2#self-check')).toBeVisible();
		const questions = page.locator('#self-check ~ .quiz .quiz__question, .quiz[data-quiz="self-check"] .quiz__question');
		expect(await questions.count()).toBeGreaterThanOrEqual(3);

		const first = questions.nth(0);
		await answer(first);
		await first.getByRole('button', { name: '答え合わせ' }).click();
		await expect(first.locator('.quiz__result')).toHaveText('正解です。');
		await expect(first.locator('details')).toHaveAttribute('open', '');
		await expect(first.locator('details a')).toHaveAttribute('href', /#[a-z0-9-]+$/);

		const second = questions.nth(1);
		await answer(second, { wrong: true });
		await second.getByRole('button', { name: '答え合わせ' }).click();
		await expect(second.locator('.quiz__result')).toHaveText('不正解です。');
		await expect(page.locator('.quiz__score')).toHaveText(new RegExp(`^スコア：1 / ${await questions.count()}`));
	});

	test('the English edition grades in English', async ({ page }) => {
		await page.goto('en/session-manager/');
		const questions = page.locator('.quiz[data-quiz="self-check"] .quiz__question');
		const first = questions.nth(0);
		await expect(first.locator('.quiz__number')).toHaveText('Q1');
		await answer(first);
		await first.getByRole('button', { name: 'Check answer' }).click();
		await expect(first.locator('.quiz__result')).toHaveText('Correct.');
		await expect(first.locator('details strong')).toHaveText(/^Answer: [A-D](, [A-D])*$/);
		await expect(first.locator('details a')).toHaveText('Review this section');
		const second = questions.nth(1);
		await answer(second, { wrong: true });
		await second.getByRole('button', { name: 'Check answer' }).click();
		await expect(second.locator('.quiz__result')).toHaveText('Not quite.');
		await expect(page.locator('.quiz__score')).toHaveText(`Score: 1 / ${await questions.count()} (2 checked)`);
	});

	test('without JavaScript the questions are readable and the answers open from <details>', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
		const page = await context.newPage();
		await page.goto('run-command/');
		const first = page.locator('.quiz__question').first();
		await expect(first.locator('legend')).toBeVisible();
		await expect(first.locator('input').first()).toBeVisible();
		await expect(first.getByRole('button', { name: '答え合わせ' })).toBeHidden();
		await expect(first.locator('details p').first()).toBeHidden();
		await first.locator('summary').click();
		await expect(first.locator('details p').first()).toContainText('正解：');
		await context.close();
	});

	test('the quiz code is loaded only once a reader starts answering', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (request) => scripts.push(request.url()));
		await page.goto('inventory/');
		await page.waitForLoadState('networkidle');
		expect(scripts.filter((url) => /quiz-runtime/.test(url))).toEqual([]);
		await page.locator('.quiz__question input').first().check();
		await expect(page.getByRole('button', { name: '答え合わせ' }).first()).toBeVisible();
		expect(scripts.some((url) => /quiz-runtime/.test(url))).toBe(true);
	});
});

test.describe('practice test', () => {
	async function practice(page: Page) {
		await page.goto('practice/');
		await expect(page.getByRole('button', { name: '採点する' })).toBeVisible();
		return page.locator('.quiz__question');
	}

	test('gathers every tool page, grades all at once and links to the sections to review', async ({ page }) => {
		const questions = await practice(page);
		const total = await questions.count();
		const pages = new Set(await questions.evaluateAll((items) => items.map((item) => item.getAttribute('data-page'))));
		expect(pages.size).toBe(10);

		// All right but the first question.
		for (let index = 1; index < total; index++) await answer(questions.nth(index));
		await answer(questions.nth(0), { wrong: true });
		await page.getByRole('button', { name: '採点する' }).click();
		await expect(page.locator('.quiz__score')).toContainText(`スコア：${total - 1} / ${total}`);
		const review = page.locator('.quiz__review a');
		await expect(review).toHaveCount(1);
		await expect(review).toHaveAttribute('href', /\/[a-z-]+\/#[a-z0-9-]+$/);

		// The last score is kept in this browser only, per edition: the English practice test has its own.
		await page.reload();
		await expect(page.locator('.quiz__score')).toHaveText(`前回のスコア：${total - 1} / ${total}`);
		await page.goto('en/practice/');
		await expect(page.locator('.quiz[data-quiz="practice"][data-quiz-active]')).toHaveCount(1); // the runtime has read the storage
		await expect(page.locator('.quiz__score')).not.toContainText(`${total - 1} / ${total}`);
	});

	test('the English practice test asks the English questions and sends readers to English sections', async ({ page, baseURL }) => {
		await page.goto('practice/');
		const japaneseCount = await page.locator('.quiz__question').count();
		await page.goto('en/practice/');
		await expect(page.getByRole('button', { name: 'Grade my answers' })).toBeVisible();
		const questions = page.locator('.quiz__question');
		await expect(questions).toHaveCount(japaneseCount);
		await expect(page.locator('.sl-markdown-content')).toContainText(`${japaneseCount} questions from 10 pages`);
		await answer(questions.nth(0), { wrong: true });
		await page.getByRole('button', { name: 'Grade my answers' }).click();
		await page.getByRole('button', { name: 'Grade anyway' }).click(); // the others are left unanswered
		await expect(page.locator('.quiz__score')).toContainText(`Score: 0 / ${japaneseCount} (${japaneseCount - 1} not answered)`);
		await expect(page.locator('.quiz__review a').first()).toHaveAttribute(
			'href',
			new RegExp(`^${new URL('en/', baseURL).href}[a-z-]+/#[a-z0-9-]+$`)
		);
	});

	test('questions come in a different order on each visit', async ({ page }) => {
		const orderOf = async () =>
			(await practice(page)).evaluateAll((items) => items.map((item) => item.querySelector('legend')?.textContent ?? '').join('|'));
		const orders = new Set([await orderOf(), await orderOf(), await orderOf()]);
		expect(orders.size).toBeGreaterThan(1);
	});
});

test.describe('glossary links', () => {
	test('only the first mention of a term links to the glossary, never inside headings or code', async ({ page }) => {
		await page.goto('session-manager/');
		const links = page.locator('.sl-markdown-content a.glossary-link');
		expect(await links.count()).toBeGreaterThan(3);
		const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		expect(new Set(hrefs).size).toBe(hrefs.length); // one link per term
		await expect(page.locator(':is(h1, h2, h3, code, pre) a.glossary-link')).toHaveCount(0);

		// The linked mention is the first one in the prose (headings, code and links do not count).
		const notFirst = await links.evaluateAll((anchors) => {
			const skip = 'h1, h2, h3, h4, code, pre, a, button, figcaption, summary, legend, label, .speaker-notes, .slide-points';
			const content = document.querySelector('.sl-markdown-content')!;
			const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
			const texts: Text[] = [];
			for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
			return anchors
				.filter((anchor) => {
					const term = anchor.textContent!;
					const linkText = anchor.firstChild as Text;
					const first = texts.find(
						(text) => text === linkText || (!text.parentElement?.closest(skip) && text.data.includes(term))
					);
					return first !== linkText;
				})
				.map((anchor) => anchor.textContent);
		});
		expect(notFirst).toEqual([]);
	});

	test('English pages link English terms to the English glossary, without cutting tool names', async ({ page, baseURL }) => {
		await page.goto('en/session-manager/');
		const links = page.locator('.sl-markdown-content a.glossary-link');
		expect(await links.count()).toBeGreaterThan(3);
		const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
		for (const href of hrefs) expect(href).toMatch(new RegExp(`^${new URL('en/glossary/', baseURL).href}#[a-z0-9-]+$`));
		expect(new Set(hrefs).size).toBe(hrefs.length);
		await expect(page.locator(':is(h1, h2, h3, code, pre) a.glossary-link')).toHaveCount(0);
		// "Activation" is a glossary term; "Hybrid Activations" is a tool name and stays whole.
		for (const pagePath of ['en/session-manager/', 'en/pricing/', 'en/overview/']) {
			await page.goto(pagePath);
			const cut = await page
				.locator('.sl-markdown-content a.glossary-link')
				.evaluateAll((anchors) => anchors.filter((anchor) => /Hybrid\s*$/.test(anchor.previousSibling?.textContent ?? '')).length);
			expect(cut, `a glossary link cuts "Hybrid Activations" on /${pagePath}`).toBe(0);
		}
	});

	test('the English glossary lists the English pages that use each term', async ({ page, baseURL }) => {
		await page.goto('en/glossary/');
		const usage = page.locator('h3#managed-node').locator('xpath=ancestor::div[contains(@class,"sl-heading-wrapper")]/following-sibling::p[contains(@class,"glossary-usage")][1]');
		await expect(usage).toContainText('Used on:');
		await expect(usage.getByRole('link', { name: 'Session Manager', exact: true })).toHaveAttribute('href', new URL('en/session-manager/', baseURL).pathname);
		await expect(usage).not.toContainText("'"); // titles without their YAML quotes
		await expect(page.locator('a.glossary-link')).toHaveCount(0);
	});

	test('each term\'s "used on" list is exactly the pages that link the term, in both editions', () => {
		const outDir = builds.root.outDir;
		const pagePaths = readSitemapPagePaths('root');
		for (const prefix of ['', 'en/']) {
			const glossary = readFileSync(`${outDir}/${prefix}glossary/index.html`, 'utf8');
			const listed = new Map<string, string[]>();
			for (const [, id, section = ''] of glossary.matchAll(/<h3 id="([^"]+)"([\s\S]*?)(?=<h[23] |$)/g)) {
				const usage = /<p class="glossary-usage">([\s\S]*?)<\/p>/.exec(section)?.[1] ?? '';
				listed.set(id!, [...usage.matchAll(/href="\/([^"]*)"/g)].map((match) => match[1]!).sort());
			}
			const linking = new Map<string, string[]>();
			for (const pagePath of pagePaths.filter((path) => editionOf(path) === (prefix ? 'en' : 'ja') && !path.endsWith('glossary/'))) {
				const html = readFileSync(`${outDir}/${pagePath}index.html`, 'utf8');
				for (const id of new Set([...html.matchAll(/href="\/(?:en\/)?glossary\/#([a-z0-9-]+)" class="glossary-link"/g)].map((match) => match[1]!))) {
					linking.set(id, [...(linking.get(id) ?? []), pagePath].sort());
				}
			}
			expect(listed.size, `terms of /${prefix}glossary/`).toBeGreaterThan(20);
			for (const [id, pages] of listed) expect(pages, `"used on" of /${prefix}glossary/#${id}`).toEqual(linking.get(id) ?? []);
		}
	});

	test('each glossary term lists the pages that use it', async ({ page, baseURL }) => {
		await page.goto('glossary/');
		const usage = page.locator('h3#managed-node').locator('xpath=ancestor::div[contains(@class,"sl-heading-wrapper")]/following-sibling::p[contains(@class,"glossary-usage")][1]');
		await expect(usage).toContainText('登場するページ：');
		await expect(usage.getByRole('link', { name: 'Session Manager' })).toHaveAttribute('href', new URL('session-manager/', baseURL).pathname);
		await expect(page.locator('a.glossary-link')).toHaveCount(0); // the glossary does not link to itself
	});
});

test.describe('freshness', () => {
	test('pages show their duration and checked date, and the stale notice only when the date is over six months old', async ({ page }) => {
		await page.goto('patch-manager/');
		const meta = page.locator('.study-meta');
		await expect(meta).toContainText(/所要時間\s*約\d+分/);
		await expect(meta).toContainText(/確認日\s*\d{4}年\d{1,2}月\d{1,2}日/);
		// The build was made minutes ago with the real date; whether the notice shows follows from the checked date.
		const [, year, month, day] = /確認日\s*(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(await meta.innerText())!;
		const verified = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
		await expect(page.locator('[data-stale-notice]')).toHaveCount(isStale(verified, new Date()) ? 1 : 0);
	});

	test('English pages state duration, checked date and pricing in English', async ({ page }) => {
		await page.goto('en/patch-manager/');
		const meta = page.locator('.study-meta');
		await expect(meta).toContainText(/Time\s*about \d+ min/);
		await expect(meta).toContainText(/Checked\s*[A-Z][a-z]+ \d{1,2}, \d{4}/);
		await expect(meta).toContainText(/Pricing\s*(No extra charge|Charged|Charged in some cases)/);
		await expect(page.locator('#sources')).toHaveText('Sources and date checked');
		const sourceLinks = await page.locator('section.sources a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		expect(sourceLinks.length).toBeGreaterThan(2);
		expect(sourceLinks.filter((href) => /\/ja_jp\/|aws\.amazon\.com\/jp\//.test(href)), 'English pages cite the English AWS docs').toEqual([]);
	});
});
