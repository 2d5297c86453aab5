import { expect, test, type Locator, type Page } from '@playwright/test';
import { accessibilityProblemsInBothThemes, applySecurityHeaders } from './support/page-checks';
import { readBuiltHeaders } from './support/security-headers';
import { editionOf, readSitemapPagePaths } from './support/site';

/**
 * 「コマンドに自分の値を入れる」 (src/plugins/your-values/): values entered once on the settings page show in every
 * code sample of every page — each shell tab, the copy button's text, the slides — marked as the reader's own;
 * without values (or after リセット) the placeholders stay and nothing more is loaded. The expected texts are
 * made here from the page as published without values, not from the feature's code.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const mine = {
	instance: 'i-0a1b2c3d4e5f6a7b8',
	region: 'eu-central-2',
	profile: 'team-ops',
	localPort: '45123',
} as const;

/** The placeholders the session-manager/ samples use, each with the value that must replace it. */
const replacements: [placeholder: string, value: string][] = [
	['i-0123456789abcdef0', mine.instance],
	['ap-northeast-1', mine.region],
	['study-profile', mine.profile],
	['33890', mine.localPort],
	['13306', mine.localPort],
];

const field = (page: Page, label: string | RegExp) => page.getByLabel(label, { exact: typeof label === 'string' });

async function saveValues(page: Page, prefix = ''): Promise<void> {
	await page.goto(`${prefix}settings/#your-values`);
	await field(page, 'インスタンスID').fill(mine.instance);
	await field(page, 'リージョン').fill(mine.region);
	await field(page, 'AWS CLIのプロファイル名').fill(mine.profile);
	await field(page, '手元のポート番号').fill(mine.localPort);
	await page.getByRole('button', { name: '保存', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: '保存しました' })).toBeVisible();
}

/** Two sets of shell Tabs (.bat, PowerShell, bash) of session-manager/, and the placeholders each uses. */
const shellTabs = [
	{ name: 'RDP scripts', caption: 'ssm-rdp.bat', placeholders: ['i-0123456789abcdef0', 'study-profile', '33890'] },
	{ name: 'remote host', caption: null, placeholders: ['i-0123456789abcdef0', 'ap-northeast-1', '13306'] },
] as const;

function tabsOf(page: Page, { caption }: (typeof shellTabs)[number]): Locator {
	return caption
		? page.locator('starlight-tabs').filter({ has: page.locator('figcaption', { hasText: caption }) })
		: page.locator('starlight-tabs').filter({ hasText: 'host=mydb.example' });
}

const rdpTabs = (page: Page) => tabsOf(page, shellTabs[0]);

/** The copy button's text of each panel, as published (no values stored in this browser context). */
async function publishedCopyTexts(tabs: Locator): Promise<string[]> {
	return tabs.locator('[role="tabpanel"] .copy button').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset['code']!.replace(/\u007f/g, '\n')));
}

const withMine = (text: string) => replacements.reduce((result, [placeholder, value]) => result.split(placeholder).join(value), text);

const valueOf = (placeholder: string) => replacements.find(([known]) => known === placeholder)![1];

test.describe('your values in commands', () => {
	test('every shell tab shows the saved values, marked, and its copy button copies them', { tag: '@base-path' }, async ({ page, browser }) => {
		// The same page in a browser context without values: what the samples say as published.
		const fresh = await browser.newContext();
		const freshPage = await fresh.newPage();
		await freshPage.goto('session-manager/');
		const published = await Promise.all(shellTabs.map((tabs) => publishedCopyTexts(tabsOf(freshPage, tabs))));
		await fresh.close();
		shellTabs.forEach(({ name, placeholders }, set) => {
			expect(published[set], name).toHaveLength(3);
			for (const text of published[set]!) for (const placeholder of placeholders) expect(text, `${name} uses ${placeholder}`).toContain(placeholder);
		});

		await saveValues(page);
		await page.goto('session-manager/');
		for (const [set, tabsSpec] of shellTabs.entries()) {
			const tabs = tabsOf(page, tabsSpec);
			const tabButtons = tabs.getByRole('tab');
			await expect(tabButtons).toHaveCount(3);
			for (let index = 0; index < 3; index++) {
				const what = `${tabsSpec.name}, tab ${index + 1}`;
				await tabButtons.nth(index).click();
				const panel = tabs.locator('[role="tabpanel"]:not([hidden])');
				const code = panel.locator('pre');
				for (const placeholder of tabsSpec.placeholders) {
					await expect(code, `${what}: ${placeholder}`).not.toContainText(new RegExp(`(?<![\\w-])${placeholder}(?![\\w-])`));
					await expect(code.locator('mark.your-value', { hasText: valueOf(placeholder) }).first(), `${what}: ${placeholder} marked`).toBeVisible();
				}
				const mark = code.locator('mark.your-value').first();
				await expect(mark).toHaveAttribute('title', 'あなたの値');
				// Marked so it shows: a dotted underline on a tinted background, unlike the code around it.
				expect(await mark.evaluate((element) => getComputedStyle(element).textDecorationStyle)).toBe('dotted');
				expect(await mark.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

				await panel.locator('.expressive-code').hover();
				await panel.locator('.copy button').click();
				const copied = await page.evaluate(() => navigator.clipboard.readText());
				expect(copied, what).toBe(withMine(published[set]![index]!));
				expect(copied).not.toBe(published[set]![index]);
			}
		}
		await expect(tabsOf(page, shellTabs[1]).locator('[role="tabpanel"]:not([hidden]) pre')).toContainText(`mydb.example.${mine.region}.rds.amazonaws.com`);

		// One notice per page, before the first changed sample, leading back to the settings.
		const notice = page.locator('.your-values-notice');
		await expect(notice).toHaveCount(1);
		await notice.getByRole('link', { name: '値を変える' }).click();
		await expect(page).toHaveURL(/\/settings\/#your-values$/);
		await expect(field(page, 'インスタンスID')).toHaveValue(mine.instance);
	});

	test('without values the placeholders stay and the substitution is never loaded', async ({ page }) => {
		const loaded: string[] = [];
		page.on('request', (request) => loaded.push(request.url()));
		await page.goto('session-manager/', { waitUntil: 'networkidle' });
		await expect(rdpTabs(page).locator('pre').first()).toContainText('i-0123456789abcdef0');
		await expect(page.locator('mark.your-value')).toHaveCount(0);
		await expect(page.locator('.your-values-notice')).toHaveCount(0);
		expect(loaded.filter((url) => /\/apply\.[\w-]+\.js$/.test(url))).toEqual([]);
	});

	test('an invalid value is refused with a message and nothing is saved', async ({ page }) => {
		await page.goto('settings/');
		const instance = field(page, 'インスタンスID');
		await instance.fill('i-12345');
		await field(page, 'リージョン').fill(mine.region);
		await page.getByRole('button', { name: '保存', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: '入力を確かめてください' })).toBeVisible();
		await expect(instance).toHaveAttribute('aria-invalid', 'true');
		await expect(instance).toBeFocused();
		await expect(page.getByText('インスタンスIDは i- に続く16進数8桁か17桁です')).toBeVisible();
		await expect(instance).toHaveAccessibleDescription(/16進数8桁か17桁/);
		await page.goto('session-manager/');
		await expect(page.locator('mark.your-value')).toHaveCount(0);
		await expect(tabsOf(page, shellTabs[1]).locator('pre').first()).toContainText('ap-northeast-1');

		// Corrected, it saves.
		await page.goto('settings/');
		await field(page, 'インスタンスID').fill(mine.instance);
		await field(page, 'インスタンスID').blur();
		await expect(page.getByText('インスタンスIDは i- に続く16進数8桁か17桁です')).toBeHidden();
		await page.getByRole('button', { name: '保存', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: '保存しました' })).toBeVisible();
	});

	test('the example on the settings page follows what is typed', async ({ page }) => {
		await page.goto('settings/');
		const example = page.locator('[data-your-values-example]');
		await expect(example).toContainText('--target i-0123456789abcdef0');
		await field(page, 'インスタンスID').fill(mine.instance);
		await field(page, 'S3バケット名').fill('my-team-output');
		await expect(example.locator('mark.your-value', { hasText: mine.instance }).first()).toBeVisible();
		await expect(example).toContainText('--output-s3-bucket-name my-team-output');
		await expect(example).not.toContainText(/(?<![\w-])i-0123456789abcdef0/);
	});

	test('リセット removes the values and the pages show the placeholders again', async ({ page }) => {
		await saveValues(page);
		await page.goto('session-manager/');
		await expect(page.locator('mark.your-value').first()).toBeAttached();

		await page.goto('settings/');
		await page.getByRole('button', { name: 'リセット', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: '値を消しました' })).toBeVisible();
		await expect(field(page, 'インスタンスID')).toHaveValue('');
		await page.reload();
		await expect(field(page, 'インスタンスID')).toHaveValue('');

		await page.goto('session-manager/');
		await expect(rdpTabs(page).locator('pre').first()).toContainText('i-0123456789abcdef0');
		await expect(page.locator('mark.your-value')).toHaveCount(0);
		const copyText = await rdpTabs(page).locator('.copy button').first().getAttribute('data-code');
		expect(copyText).toContain('i-0123456789abcdef0');
		expect(copyText).not.toContain(mine.instance);
	});

	test('a corrupt stored entry does not break the page', async ({ page }) => {
		await page.goto('settings/');
		await page.evaluate(() => localStorage.setItem(`${new URL(document.baseURI).pathname.replace(/settings\/$/, '')}:your-values`, '{not json'));
		await page.goto('session-manager/');
		await expect(rdpTabs(page).locator('pre').first()).toContainText('i-0123456789abcdef0');
		await expect(page.locator('.copy-link__toggle').first()).toBeAttached();
		await page.goto('settings/');
		await expect(field(page, 'インスタンスID')).toHaveValue('');
	});

	test('the English edition has its own form and shares the values', { tag: '@base-path' }, async ({ page, baseURL }) => {
		await page.goto('en/settings/');
		await expect(page.getByRole('heading', { name: 'Your values in commands' })).toBeVisible();
		await page.getByLabel('Instance ID', { exact: true }).fill('i-zz');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText('An instance ID is i- followed by 8 or 17 hexadecimal digits')).toBeVisible();
		await page.getByLabel('Instance ID', { exact: true }).fill(mine.instance);
		await page.getByLabel('Region').fill(mine.region);
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

		await page.goto('en/session-manager/');
		const code = rdpTabs(page).locator('[role="tabpanel"]:not([hidden]) pre');
		await expect(code).toContainText(mine.instance);
		await expect(code.locator('mark.your-value').first()).toHaveAttribute('title', 'Your value');
		const notice = page.locator('.your-values-notice');
		await expect(notice).toContainText('The commands on this page show the values you set.');
		await expect(notice.getByRole('link', { name: 'Change them' })).toHaveAttribute('href', `${new URL('en/settings/', baseURL).pathname}#your-values`);

		// Both editions read the same entry.
		await page.goto('session-manager/');
		await expect(rdpTabs(page).locator('[role="tabpanel"]:not([hidden]) pre')).toContainText(mine.instance);
	});

	test('slides and the presenter view show the values too', async ({ page, context }) => {
		await saveValues(page);
		await page.goto('session-manager/?present#cli');
		const slideCode = page.locator('.sl-markdown-content > .expressive-code.is-current-slide, .is-current-slide .expressive-code').first();
		await expect(slideCode).toContainText(`--target ${mine.instance}`);
		await expect(slideCode).not.toContainText('i-0123456789abcdef0');
		await expect(page.locator('.your-values-notice')).toHaveCount(0);

		const presenter = await context.newPage();
		await presenter.goto('session-manager/?present=presenter#port-forwarding');
		const prose = presenter.locator('.presentation-notes__prose');
		await expect(prose).toContainText(mine.instance);
		await expect(prose).not.toContainText('i-0123456789abcdef0');
	});

	test('the marked values and the notice pass axe in both themes, under the site\'s CSP', async ({ page }) => {
		// The styles of the marks are added through the CSSOM, which the Content-Security-Policy must allow.
		const violations = await applySecurityHeaders(page, readBuiltHeaders());
		await saveValues(page);
		await page.goto('session-manager/');
		await expect(page.locator('.your-values-notice')).toBeVisible();
		await expect(page.locator('mark.your-value').first()).toHaveCSS('text-decoration-style', 'dotted');
		expect(await violations()).toEqual([]);
		expect(await accessibilityProblemsInBothThemes(page)).toEqual([]);
	});
});

/** Every value of the form at once, for the sweep over all pages; none of them is a placeholder of the guide. */
const all = {
	region: 'sa-east-1',
	profile: 'sweep-profile',
	instance: 'i-0aaaa1111bbbb2222',
	secondInstance: 'i-0cccc3333dddd4444',
	managedNode: 'mi-0eeee5555ffff6666',
	bucket: 'sweep-bucket-01',
	localPort: '40404',
};
const allPlaceholders = /(?<![\w-])(?:i-0123456789abcdef0|i-0fedcba9876543210|mi-0123456789abcdef0|ap-northeast-1|study-profile|amzn-s3-demo-bucket|13306|18080|33890)(?![\w-])/;

test.describe('every code sample of every page', () => {
	// One test per edition walking its pages in one tab: the values are stored once, and a page costs a load, not a new browser context.
	for (const edition of ['ja', 'en'] as const) {
		test(`${edition}: on every page, shown and copied text agree and keep no placeholder`, async ({ page }) => {
			test.setTimeout(180_000);
			await page.goto('settings/');
			await page.evaluate((values) => localStorage.setItem(`${new URL(document.baseURI).pathname.replace(/settings\/$/, '')}:your-values`, JSON.stringify(values)), all);
			for (const pagePath of readSitemapPagePaths('root').filter((path) => editionOf(path) === edition)) {
				await page.goto(pagePath);
				// The substitution loads after the page: every block is marked as done once it has run.
				await expect(page.locator('.expressive-code:not([data-your-values])'), `/${pagePath}`).toHaveCount(0);
				const blocks = await page.locator('.expressive-code').evaluateAll((elements) =>
					elements.map((block) => ({
						shown: Array.from(block.querySelectorAll('.ec-line'), (line) => line.textContent ?? '').join('\n'),
						copied: (block.querySelector<HTMLElement>('.copy button')?.dataset['code'] ?? '').replace(/\u007f/g, '\n'),
					}))
				);
				for (const [index, { shown, copied }] of blocks.entries()) {
					const where = `/${pagePath} block ${index + 1}`;
					expect(shown, `${where} shows no placeholder`).not.toMatch(allPlaceholders);
					expect(copied, `${where} copies no placeholder`).not.toMatch(allPlaceholders);
					// What is copied is what is shown, except the comment lines Expressive Code leaves out of terminal frames.
					const copiedLines = copied.split('\n');
					let next = 0;
					const leftOut = shown.split('\n').filter((line) => (line === copiedLines[next] ? (next++, false) : true));
					expect(next, `${where}: every copied line is shown, in order`).toBe(copiedLines.length);
					for (const line of leftOut) expect(line, `${where}: only comments are left out of the copy`).toMatch(/^\s*(#.*)?$/);
				}
			}
		});
	}
});
