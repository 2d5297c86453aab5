import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { findBrokenPermalinks, readBuiltPage, readManifest } from '../scripts/lib/permalinks.ts';
import { centrePixel, replacementColour } from './support/screenshot-slot';
import { decodeQrImage } from './support/qr';
import { buildSite, copySite, removeSite, serveSite, type SiteCopy } from './support/site-copy';

/**
 * What happens when the site owner edits the sources, proved on real builds of a copy of the project. Edits that
 * build successfully share one build (a build is the most expensive thing in the suite); the one that must stop
 * the build gets its own, in parallel.
 *
 * The shared copy gets three edits:
 * - a real capture replaces the schematic illustration in the slot session-manager/ssm-bat.png;
 * - the section `#pricing` of /session-manager/ is renamed `#costs`, with an alias for the old id;
 * - distributor's facts were checked over six months before the build date, run-command's 100 days before. The build
 *   date is pinned with SOURCE_DATE_EPOCH (one day after the newest 確認日 of the real pages), so the result never
 *   depends on when the suite runs.
 */
const dayMs = 86_400_000;
const slot = 'session-manager/ssm-bat.png';

/** The newest `verified:` date of all pages, so a pinned build date is never before a page's checked date. */
function newestVerifiedDate(docsDir: string): Date {
	const dates = readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => /^verified: (\d{4}-\d{2}-\d{2})/m.exec(readFileSync(join(docsDir, file), 'utf8'))?.[1])
		.filter((date): date is string => Boolean(date))
		.map((date) => new Date(`${date}T00:00:00Z`));
	return new Date(Math.max(...dates.map((date) => date.getTime())));
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function editFile(path: string, edit: (source: string) => string): void {
	const source = readFileSync(path, 'utf8');
	const edited = edit(source);
	expect(edited, `fixture edit of ${path} applied`).not.toBe(source);
	writeFileSync(path, edited);
}

test.describe('an edited copy of the site', () => {
	// One build for the whole group: the tests run one after another in the same worker. A failing test restarts the
	// worker and the build is made again there, so one failure never hides the others.
	test.describe.configure({ mode: 'default' });

	let site: SiteCopy;
	let buildDate: Date;
	let buildOutput: string;

	test.beforeAll(async () => {
		test.setTimeout(600_000);
		site = copySite('edited-site');
		const docs = join(site.root, 'src/content/docs');
		buildDate = new Date(newestVerifiedDate(docs).getTime() + dayMs);

		const capture = join(site.root, 'src/assets/screenshots', slot);
		const { width = 1600, height = 900 } = await sharp(readFileSync(capture)).metadata();
		await sharp({ create: { width, height, channels: 3, background: replacementColour } }).png().toFile(capture);

		editFile(join(docs, 'session-manager.mdx'), (source) => source.replace('## 料金 {#pricing}', '## 料金 {#costs}').replaceAll('](#pricing)', '](#costs)'));
		writeFileSync(join(site.root, 'src/anchor-aliases.json'), JSON.stringify({ pages: { 'session-manager': { pricing: 'costs' } } }));

		const checkedOn = (daysBefore: number) => `verified: ${isoDate(new Date(buildDate.getTime() - daysBefore * dayMs))}`;
		editFile(join(docs, 'distributor.mdx'), (source) => source.replace(/^verified: .*$/m, checkedOn(200)));
		editFile(join(docs, 'run-command.mdx'), (source) => source.replace(/^verified: .*$/m, checkedOn(100)));

		// Built as a newcomer would run `npm start`: without SITE_URL.
		const build = await buildSite(site, { SOURCE_DATE_EPOCH: String(buildDate.getTime() / 1000), SITE_URL: '' });
		expect(build.ok, build.output.slice(-3000)).toBe(true);
		buildOutput = build.output;
	});

	test.afterAll(() => removeSite(site));

	test('built without SITE_URL, it warns once, and the links readers copy and the QR code they scan use the address they opened', async ({ page, context }) => {
		expect(buildOutput.match(/SITE_URL is not set/g), 'one warning').toHaveLength(1);
		const origin = await serveSite(page, site, 'https://guide.intra.test');
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		await page.goto(`${origin}/run-command/`);
		// The build's own canonical link still names the placeholder; what readers share must not.
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:4321/run-command/');
		await page.getByRole('button', { name: '「レート制御」へのリンクをコピー' }).click();
		await page.getByRole('button', { name: 'URLをコピー' }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/run-command/#rate-control`);

		await page.goto(`${origin}/run-command/?present`);
		await expect(page.locator('.presentation-title-slide__url')).toHaveText(`${origin}/run-command/`);
		expect(await decodeQrImage(page.locator('.presentation-title-slide img'))).toBe(`${origin}/run-command/`);

		// The run-sheet's shareable URL (and the QR code drawn from it) too.
		await page.goto(`${origin}/run-sheet/?start=13:30`);
		await expect(page.locator('[data-url]')).toHaveValue(new RegExp(`^${origin.replaceAll('.', '\\.')}/run-sheet/\\?`));
	});

	test('replacing a screenshot file shows the new image, captioned as a capture', async ({ page }) => {
		const origin = await serveSite(page, site);
		await page.goto(`${origin}/session-manager/`);
		const pixel = await centrePixel(page, 'ssm-bat');
		// WebP is lossy: allow a small difference per channel.
		for (const channel of ['r', 'g', 'b'] as const) expect(Math.abs(pixel[channel] - replacementColour[channel])).toBeLessThan(12);
		const caption = page.locator('figure', { has: page.locator('img[src*="ssm-bat"]') }).locator('figcaption');
		await expect(caption).not.toContainText('模式図');
		// In the dark theme too: the slot's dark illustration, left behind, no longer pictures what the slot holds.
		await page.evaluate(() => localStorage.setItem('starlight-theme', 'dark'));
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		const darkPixel = await centrePixel(page, 'ssm-bat');
		for (const channel of ['r', 'g', 'b'] as const) expect(Math.abs(darkPixel[channel] - replacementColour[channel])).toBeLessThan(12);
	});

	test('renaming a section id with a declared alias keeps the old link landing on the section', async ({ page }) => {
		expect(findBrokenPermalinks(readManifest(), readBuiltPage(site.outDir))).toEqual([]);
		const origin = await serveSite(page, site);
		await page.goto(`${origin}/session-manager/#pricing`);
		await expect(page.locator('h2#costs')).toBeInViewport();
	});

	test('a page whose facts were checked over six months before the build warns readers; a recent one does not', async ({ page }) => {
		const origin = await serveSite(page, site);
		await page.goto(`${origin}/distributor/`);
		const notice = page.locator('[data-stale-notice]');
		await expect(notice).toContainText('情報が古くなっている可能性があります');
		const checked = new Date(buildDate.getTime() - 200 * dayMs);
		await expect(notice).toContainText(`${checked.getUTCFullYear()}年${checked.getUTCMonth() + 1}月${checked.getUTCDate()}日`);
		await expect(notice.getByRole('link', { name: '公式ドキュメント' })).toHaveAttribute('href', /^https:\/\/docs\.aws\.amazon\.com\/ja_jp\//);
		await page.goto(`${origin}/run-command/`);
		await expect(page.locator('.study-meta')).toBeVisible();
		await expect(page.locator('[data-stale-notice]')).toHaveCount(0);
	});
});

test('a screenshot without alt text stops the build, naming the image', async () => {
	test.setTimeout(600_000);
	const site = copySite('missing-alt');
	try {
		editFile(join(site.root, 'src/content/docs/session-manager.mdx'), (source) =>
			source.replace(/(name="session-manager\/ssm-bat\.png"\n\talt=)"[^"]*"/, '$1""')
		);
		const build = await buildSite(site);
		expect(build.ok).toBe(false);
		expect(build.output).toContain('needs alt text');
		expect(build.output).toContain('ssm-bat');
	} finally {
		removeSite(site);
	}
});
