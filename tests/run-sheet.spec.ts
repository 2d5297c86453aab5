import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The session run-sheet (src/plugins/run-sheet/): choices become an agenda with clock times, the agenda lives in
 * the URL (a wiki link or the QR code opens the same one) and prints on one A4 page. Expected minutes come from the
 * pages themselves (their planned duration, the minutes shown next to each section), never from the run-sheet code.
 */
const pageGroup = (page: Page, title: string) => page.getByRole('group', { name: title, exact: true });
const rows = (page: Page) => page.locator('[data-agenda-rows] tr');
/** A part's presenter field, named by the part and its minutes (`Session Manager（16分） 発表者`). */
const presenterOf = (page: Page, part: string) => page.getByRole('textbox', { name: new RegExp(`^${part}（\\d+分） 発表者$`) });

/** `ページ全体（16分）` → 16. */
async function minutesIn(label: Locator): Promise<number> {
	const [, minutes = ''] = /（(\d+)分）$/.exec(((await label.textContent()) ?? '').trim()) ?? [];
	expect(minutes, `minutes in “${await label.textContent()}”`).not.toBe('');
	return Number(minutes);
}

/** 09:05 + 16 → 09:21 (same day; the test stays well before midnight). */
function clockPlus(clock: string, minutes: number): string {
	const [hours, mins] = clock.split(':').map(Number) as [number, number];
	const total = hours * 60 + mins + minutes;
	return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

async function agendaText(page: Page): Promise<string[][]> {
	return rows(page).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td, th')].map((cell) => cell.textContent?.trim() ?? '')));
}

test.describe('session run-sheet', () => {
	test('chosen pages, a section and a break become an agenda with clock times, presenters and ?present links', async ({ page }) => {
		await page.goto('session-manager/');
		const sessionManagerMinutes = Number(await page.locator('[data-present-button]').getAttribute('data-duration'));

		await page.goto('run-sheet/');
		await page.locator('[data-start]').fill('09:05');
		const wholeSessionManager = pageGroup(page, 'Session Manager').locator('.run-sheet__whole');
		expect(await minutesIn(wholeSessionManager)).toBe(sessionManagerMinutes);
		await wholeSessionManager.getByRole('checkbox').check();

		const runCommand = pageGroup(page, 'Run Command');
		await runCommand.locator('summary').click();
		const section = runCommand.locator('details label').nth(1);
		const sectionMinutes = await minutesIn(section);
		const sectionTitle = ((await section.textContent()) ?? '').trim().replace(/（\d+分）$/, '');
		const sectionId = await section.getByRole('checkbox').getAttribute('data-section');
		await section.getByRole('checkbox').check();

		await page.getByLabel('追加する休憩の長さ（分）').fill('10');
		await page.getByRole('button', { name: '休憩を追加' }).click();
		// Added last; moved between the two talks.
		await page.getByRole('button', { name: '「休憩」を前へ' }).click();
		await presenterOf(page, 'Session Manager').fill('田中 & 鈴木');

		const breakStart = clockPlus('09:05', sessionManagerMinutes);
		const runCommandStart = clockPlus(breakStart, 10);
		const end = clockPlus(runCommandStart, sectionMinutes);
		await expect
			.poll(() => agendaText(page))
			.toEqual([
				['09:05', breakStart, 'Session Manager', `${sessionManagerMinutes}分`, '田中 & 鈴木', '発表モードで開く: Session Manager'],
				[breakStart, runCommandStart, '休憩', '10分', '', ''],
				[runCommandStart, end, `Run Command — ${sectionTitle}`, `${sectionMinutes}分`, '', `発表モードで開く: Run Command — ${sectionTitle}`],
			]);
		await expect(page.locator('[data-totals]')).toHaveText(`合計${sessionManagerMinutes + 10 + sectionMinutes}分・終了${end}`);
		const presentLinks = rows(page).getByRole('link', {
			name: /^発表モードで開く/,
		});
		await expect(presentLinks.nth(0)).toHaveAttribute('href', /\/session-manager\/\?present$/);
		await expect(presentLinks.nth(1)).toHaveAttribute('href', new RegExp(`/run-command/\\?present#${sectionId}$`));

		// The link opens that section as a slide.
		await presentLinks.nth(1).click();
		await expect(page.locator('html')).toHaveAttribute('data-presenting', 'audience');
		expect(new URL(page.url()).hash).toBe(`#${sectionId}`);
	});

	test('the agenda lives in the URL: reopening it, the shown link and the QR code give the same agenda', async ({ page, context }) => {
		await page.goto('run-sheet/');
		await page.locator('[data-date]').fill('2026-12-10');
		await page.locator('[data-start]').fill('13:30');
		await pageGroup(page, 'Patch Manager').locator('.run-sheet__whole').getByRole('checkbox').check();
		await pageGroup(page, '料金早見表').locator('.run-sheet__whole').getByRole('checkbox').check();
		await presenterOf(page, 'Patch Manager').fill('佐藤');
		await expect(rows(page)).toHaveCount(2);
		const agenda = await agendaText(page);

		const address = new URL(page.url());
		expect(address.searchParams.get('date')).toBe('2026-12-10');
		expect(address.searchParams.get('start')).toBe('13:30');
		expect(address.searchParams.getAll('part')).toEqual(['patch-manager::佐藤', 'pricing']);
		// The field to copy holds the same query on the site's canonical address.
		const shown = new URL(await page.locator('[data-url]').inputValue());
		expect(shown.pathname + shown.search).toBe(address.pathname + address.search);

		const reopened = await context.newPage();
		await reopened.goto(page.url());
		await expect.poll(() => agendaText(reopened)).toEqual(agenda);
		await expect(reopened.locator('[data-start]')).toHaveValue('13:30');
		await expect(presenterOf(reopened, 'Patch Manager')).toHaveValue('佐藤');
		await expect(pageGroup(reopened, '料金早見表').locator('.run-sheet__whole').getByRole('checkbox')).toBeChecked();

		const qrImage = await page.locator('[data-qr]').screenshot();
		const { data, info } = await sharp(qrImage).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
		expect(jsQR(Uint8ClampedArray.from(data), info.width, info.height)?.data).toBe(shown.href);
	});

	test('a link with unknown pages, sections or malformed parts opens what still exists', async ({ page }) => {
		await page.goto('run-sheet/?start=25:99&part=no-such-page&part=glossary:no-such-section&part=glossary&part=break:x&part=break:15');
		await expect
			.poll(() => agendaText(page))
			.toEqual([
				['13:30', expect.any(String), '用語集', expect.stringMatching(/^\d+分$/), '', '発表モードで開く: 用語集'],
				[expect.any(String), expect.any(String), '休憩', '15分', '', ''],
			]);
	});

	test('printing gives one A4 page with the agenda and the QR code, without the form', async ({ page }) => {
		await page.goto('run-sheet/?start=10:00&part=session-manager&part=run-command&part=break:10&part=state-manager&part=patch-manager&part=inventory');
		await expect(rows(page)).toHaveCount(6);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.run-sheet__form')).toBeHidden();
		await expect(page.locator('[data-agenda-table]')).toBeVisible();
		await expect(page.locator('[data-qr] svg')).toBeVisible();
		const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
	});

	test('the guide’s own tool pages are not lessons: no slides, no “read” toggle, not in the course', async ({ page }) => {
		for (const path of ['run-sheet/', 'en/run-sheet/']) {
			await page.goto(path);
			await expect(page.locator('[data-present-button]')).toHaveCount(0);
			await expect(page.locator('[data-progress-toggle]')).toHaveCount(0);
		}
		await page.goto('');
		await expect(page.locator('.course-overview a[href$="/run-sheet/"]')).toHaveCount(0);
	});
});
