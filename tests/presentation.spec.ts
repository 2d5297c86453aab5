import { expect, test, type Page } from '@playwright/test';
import { accessibilityProblems } from './support/page-checks';

/**
 * Presentation mode on a real tool page: entry by URL, every navigation key, URL/history behaviour, exit, the
 * timer, speaker notes in the presenter window (kept in sync), and that readers who never present pay nothing.
 */
const page_ = 'session-manager/';

/** The section id of the slide on screen, from the URL ('' for the title slide). */
const currentHash = (page: Page) => new URL(page.url()).hash.replace(/^#/, '');
const counter = (page: Page) => page.locator('.presentation-bar__counter');

async function present(page: Page, hash = '') {
	await page.goto(`${page_}?present${hash}`);
	await expect(page.locator('html')).toHaveAttribute('data-presenting', 'audience');
}

/** Slide ids in order, as the runtime lists them in its overview (O): title, agenda, sections, quiz questions. */
async function slideIds(page: Page): Promise<string[]> {
	await page.keyboard.press('o');
	const ids = await page.locator('.presentation-overview [data-slide-id]').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-slide-id') ?? ''));
	await page.keyboard.press('Escape');
	await expect(page.locator('.presentation-overview')).toBeHidden();
	return ids;
}

test.describe('entering', () => {
	test('PAGE?present starts on the title slide with title, duration and QR code', async ({ page }) => {
		await present(page);
		const title = page.locator('.presentation-title-slide');
		await expect(title).toBeVisible();
		// The page is hidden only while the runtime starts (no flash of the reading view).
		await expect(page.locator('html')).not.toHaveAttribute('data-presenting-pending');
		await expect(title).toContainText('Session Manager');
		const duration = await page.locator('[data-present-button]').getAttribute('data-duration');
		await expect(title).toContainText(`所要時間 約${duration}分`);
		await expect(title.getByRole('img', { name: /QRコード/ })).toBeVisible();
		const ids = await slideIds(page);
		await expect(counter(page)).toHaveText(`1 / ${ids.length}`);
		expect(currentHash(page)).toBe('');
		// Reading chrome is gone.
		await expect(page.locator('.sidebar-pane')).toBeHidden();
		await expect(page.locator('header.header')).toBeHidden();
	});

	test('an English page presents in English', async ({ page }) => {
		await page.goto(`en/${page_}?present#pricing`);
		await expect(page.locator('html')).toHaveAttribute('data-presenting', 'audience');
		await expect(page.locator('h2#pricing')).toBeVisible();
		const controls = page.getByRole('toolbar', { name: 'Presentation controls' });
		await expect(controls.getByRole('button', { name: 'Next →' })).toBeVisible();
		await expect(controls.getByRole('button', { name: 'Exit (Esc)' })).toBeVisible();
		await expect(page.locator('[data-announcer]')).toHaveText(/^Slide \d+ of \d+: /);
		await page.keyboard.press('Home');
		const title = page.locator('.presentation-title-slide');
		await expect(title).toContainText('AWS Systems Manager Node Tools Study Guide');
		const duration = await page.locator('[data-present-button]').getAttribute('data-duration');
		await expect(title).toContainText(`About ${duration} minutes`);
		await expect(title.getByRole('img', { name: /^QR code of this page’s URL: .*\/en\/session-manager\/$/ })).toBeVisible();
	});

	test('PAGE?present#pricing starts at that section', async ({ page }) => {
		await present(page, '#pricing');
		await expect(page.locator('h2#pricing')).toBeVisible();
		await expect(page.locator('h2#why')).toBeHidden();
		const ids = await slideIds(page);
		await expect(counter(page)).toHaveText(`${ids.indexOf('pricing') + 1} / ${ids.length}`);
	});

	test('a sub-section id starts at the slide that contains it', async ({ page }) => {
		await present(page, '#rdp-batch');
		await expect(page.locator('h2#port-forwarding')).toBeVisible();
	});

	test('the 発表モード button starts it from the reading view', async ({ page }) => {
		await page.goto(page_);
		await page.getByRole('link', { name: '発表モード' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-presenting', 'audience');
		expect(new URL(page.url()).search).toBe('?present');
	});
});

test.describe('keys', () => {
	test('→, ←, Home and End move between slides and the hash follows', async ({ page }) => {
		await present(page);
		const ids = await slideIds(page);
		expect(ids.slice(0, 3)).toEqual(['', 'agenda', 'why']);
		await page.keyboard.press('ArrowRight');
		expect(currentHash(page)).toBe('agenda');
		await expect(page.locator('.presentation-agenda-slide')).toBeVisible();
		await page.keyboard.press('ArrowRight');
		expect(currentHash(page)).toBe('why');
		await expect(page.locator('h2#why')).toBeVisible();
		await page.keyboard.press('ArrowLeft');
		expect(currentHash(page)).toBe('agenda');
		await page.keyboard.press('End');
		expect(currentHash(page)).toBe(ids.at(-1));
		await expect(counter(page)).toHaveText(`${ids.length} / ${ids.length}`);
		await page.keyboard.press('Home');
		expect(currentHash(page)).toBe('');
		await expect(page.locator('.presentation-title-slide')).toBeVisible();
	});

	test('Space and PageDown go forward on a slide that fits, PageUp goes back', async ({ page }) => {
		await present(page, '#related');
		const ids = await slideIds(page);
		const afterRelated = ids[ids.indexOf('related') + 1];
		await page.keyboard.press('Space');
		expect(currentHash(page)).toBe(afterRelated);
		await page.keyboard.press('PageUp');
		expect(currentHash(page)).toBe('related');
		await page.keyboard.press('PageDown');
		expect(currentHash(page)).toBe(afterRelated);
	});

	test('on a slide too long for the screen, PageDown reads on before moving to the next slide', async ({ page }) => {
		// Slides fit a projector; a small window is where one can run long.
		await page.setViewportSize({ width: 640, height: 400 });
		await present(page, '#port-forwarding');
		const frame = page.locator('.sl-markdown-content');
		expect(await frame.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
		await expect(page.locator('.presentation-more')).toBeVisible();
		await page.keyboard.press('PageDown');
		await expect.poll(() => frame.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
		expect(currentHash(page)).toBe('port-forwarding');
	});

	test('F requests fullscreen', async ({ page }) => {
		await present(page);
		await page.evaluate(() => {
			const calls: string[] = [];
			(window as unknown as { fullscreenCalls: string[] }).fullscreenCalls = calls;
			document.documentElement.requestFullscreen = () => (calls.push('request'), Promise.resolve());
		});
		await page.keyboard.press('f');
		expect(await page.evaluate(() => (window as unknown as { fullscreenCalls: string[] }).fullscreenCalls)).toEqual(['request']);
	});

	test('Escape returns to the reading view at the same section', async ({ page }) => {
		await present(page, '#pricing');
		await page.keyboard.press('Escape');
		await expect(page.locator('html')).not.toHaveAttribute('data-presenting');
		expect(new URL(page.url()).search).toBe('');
		expect(currentHash(page)).toBe('pricing');
		await expect(page.locator('.sidebar-pane')).toBeVisible();
		await expect(page.locator('h2#pricing')).toBeInViewport();
	});
});

test.describe('history and pointer', () => {
	test('browser back and forward move between slides; reload resumes', async ({ page }) => {
		await present(page);
		const ids = await slideIds(page);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.goBack();
		await expect(page.locator('.presentation-agenda-slide')).toBeVisible();
		expect(currentHash(page)).toBe(ids[1]);
		await page.goForward();
		await expect(page.locator(`h2#${ids[2]}`)).toBeVisible();
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-presenting', 'audience');
		await expect(page.locator(`h2#${ids[2]}`)).toBeVisible();
	});

	test('click zones and a touch swipe change slides; the progress bar and counter follow', async ({ page }) => {
		await present(page);
		const ids = await slideIds(page);
		await page.locator('.presentation-zone--next').click();
		expect(currentHash(page)).toBe(ids[1]);
		await page.locator('.presentation-zone--prev').click();
		expect(currentHash(page)).toBe('');
		const frame = page.locator('.sl-markdown-content');
		await frame.dispatchEvent('pointerdown', { pointerType: 'touch', clientX: 900, clientY: 300 });
		await frame.dispatchEvent('pointerup', { pointerType: 'touch', clientX: 500, clientY: 310 });
		expect(currentHash(page)).toBe(ids[1]);
		await expect(counter(page)).toHaveText(`2 / ${ids.length}`);
		const width = await page.locator('.presentation-progress__bar').evaluate((bar) => parseFloat((bar as HTMLElement).style.width));
		expect(width).toBeCloseTo(100 / (ids.length - 1), 1);
	});

	test('slide changes are announced to screen readers', async ({ page }) => {
		await present(page);
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('.presentation-ui [aria-live="polite"]')).toHaveText(/^スライド 2 \/ \d+：アジェンダ$/);
	});
});

test.describe('timer and notes', () => {
	test('the timer shows elapsed and planned time and warns when a slide runs over', async ({ page }) => {
		// The page's clock stands still (timers keep running), so the timer reads 0:00 however long loading takes;
		// moving the clock on is the only way time passes in this test.
		const start = new Date('2026-12-01T10:00:00Z');
		await page.clock.setFixedTime(start);
		await present(page, '#why');
		const timer = page.locator('.presentation-timer');
		const duration = await page.locator('[data-present-button]').getAttribute('data-duration');
		await expect(timer).toContainText(`経過 0:00 / ${duration}:00`);
		await expect(timer).toContainText(/このスライド 0:00 \/ \d+:\d\d/);
		await expect(page.locator('.presentation-timer__over')).toBeHidden();
		await page.clock.setFixedTime(new Date(start.getTime() + 20 * 60_000));
		await expect(timer).toContainText('経過 20:00');
		await expect(timer).toContainText(/このスライド 20:00 \/ \d+:\d\d/);
		await expect(page.locator('.presentation-timer__over')).toBeVisible();
		await expect(timer).toHaveClass(/is-over/);
	});

	test('speaker notes stay hidden for readers and the audience, and show in the synced presenter window', async ({ page, context }) => {
		await page.goto(page_);
		expect(await page.locator('.speaker-notes').count()).toBeGreaterThan(0);
		await expect(page.locator('.speaker-notes').first()).toBeHidden();

		await present(page, '#why');
		const notesInSlide = page.locator('h2#why').locator('xpath=ancestor::div[contains(@class,"sl-markdown-content")]').locator('.speaker-notes');
		for (const note of await notesInSlide.all()) await expect(note).toBeHidden();

		const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
		await presenter.waitForLoadState();
		await expect(presenter.locator('html')).toHaveAttribute('data-presenting', 'presenter');
		const expectedNotes = (await page.locator('.is-current-slide .speaker-notes, .speaker-notes.is-current-slide').first().innerText()).replace(/^スピーカーノート.*\n/, '').trim();
		await expect(presenter.locator('.presentation-notes')).toContainText(expectedNotes.split('\n')[0]!.replace(/^[•\-]\s*/, ''));
		await expect(presenter.locator('h2#why')).toBeVisible();
		await expect(presenter.locator('.presentation-presenter__next')).toHaveText('仕組み');

		// The audience sees the points; the presenter also reads the section's prose, and a preview of the next slide.
		await expect(page.locator('.slide-points.is-current-slide')).toBeVisible();
		const prose = page.locator('.sl-markdown-content > p[data-presentation-prose]');
		const firstProse = (await page.locator('.sl-markdown-content > p[data-presentation-prose]').evaluateAll((paragraphs, id) => {
			const heading = document.getElementById(id as string)!.closest('.sl-heading-wrapper')!;
			return paragraphs.find((paragraph) => heading.compareDocumentPosition(paragraph) & Node.DOCUMENT_POSITION_FOLLOWING)?.textContent ?? '';
		}, 'why')).trim();
		expect(await prose.count()).toBeGreaterThan(0);
		await expect(page.getByText(firstProse.slice(0, 20))).toBeHidden();
		await expect(presenter.locator('.presentation-notes__prose')).toContainText(firstProse.slice(0, 20));
		await expect(presenter.locator('.presentation-presenter__preview .slide-points__message')).toHaveText(
			(await page.locator('h2#how-it-works').evaluate((heading) => heading.closest('.sl-heading-wrapper')!.nextElementSibling!.querySelector('.slide-points__message')!.textContent!))
		);

		// Moving in either window moves the other; on a step-by-step slide, → reveals the next point in both.
		await page.keyboard.press('ArrowRight');
		await expect(presenter.locator('h2#how-it-works')).toBeVisible();
		expect(currentHash(presenter)).toBe('how-it-works');
		await presenter.keyboard.press('ArrowRight');
		await expect(page.locator('.slide-points.is-current-slide li.is-revealed')).toHaveCount(1);
		await expect(presenter.locator('.slide-points.is-current-slide li.is-revealed')).toHaveCount(1);
	});
});

test.describe('cost for readers', () => {
	test('a reading page never downloads the slide runtime; starting a presentation does', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(page_);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((url) => /\/start-presentation\.[^/]+\.js$|\/qr\/|\/deck\.json$/.test(url))).toEqual([]);
		await expect(page.locator('html')).not.toHaveAttribute('data-presenting');
		// Nor does its HTML carry the speaker notes, the slide points or the runtime's strings: they come with the deck.
		const html = await (await page.request.get(page_)).text();
		expect(html).not.toContain('スピーカーノート');
		expect(html).not.toContain('slide-points__message');
		expect(html).not.toContain('発表モードの操作');
		expect(html).toContain('data-deck-part');

		await page.getByRole('link', { name: '発表モード' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-presenting', 'audience');
		expect(requests.some((url) => /\/start-presentation\.[^/]+\.js$/.test(url))).toBe(true);
		expect(requests.some((url) => url.endsWith(`/${page_}deck.json`))).toBe(true);
		await expect(page.locator('.slide-points__message').first()).not.toHaveText('');
		await expect(page.locator('[data-deck-part]')).toHaveCount(0);
	});
});

test.describe('looks like a slide deck', () => {
	for (const viewport of [
		{ width: 1280, height: 720 },
		{ width: 1920, height: 1080 },
	]) {
		test(`screenshots at ${viewport.width}×${viewport.height} (kept for review)`, async ({ page }, testInfo) => {
			await page.setViewportSize(viewport);
			for (const hash of ['', '#port-forwarding', '#pricing']) {
				await present(page, hash);
				// The text of the slide must not run under the control bar.
				const frameBottom = await page.locator('.sl-markdown-content').evaluate((element) => element.getBoundingClientRect().bottom);
				const barTop = await page.locator('.presentation-bar').evaluate((element) => element.getBoundingClientRect().top);
				expect(frameBottom).toBeLessThanOrEqual(barTop + 1);
				await page.screenshot({ path: testInfo.outputPath(`present-${viewport.width}${hash.replace('#', '-') || '-title'}.png`) });
			}
		});
	}
});

test('presentation mode has no accessibility violations', async ({ page }) => {
	await present(page, '#pricing');
	expect(await accessibilityProblems(page)).toEqual([]);
});
