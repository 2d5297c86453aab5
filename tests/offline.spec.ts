import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import sirv from 'sirv';
import { searchSite } from './support/search';
import { readBuiltHeaders } from './support/security-headers';
import { builds, type BuildName } from './support/site';

/**
 * Offline reading (src/plugins/offline/): after one online visit, the guide keeps working with the network off —
 * reading other pages, search, presenting and the self-checks. Each test serves the build from a server of its own
 * and then stops it, because Chromium's offline emulation does not reach a service worker's own requests
 * (microsoft/playwright#2311): with the server gone, nothing can come from the network. The rest of the suite runs
 * with service workers blocked (playwright.config.ts), so no other test pays for the caching.
 */
test.use({ serviceWorkers: 'allow' });

const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '/': 'text/html; charset=utf-8' };

/**
 * A static server for one build, as a team's web server would serve it, with the build's security headers.
 * `rewrite` may answer a path with other bytes (given the file's own, or undefined when there is no such file): a
 * stand-in for the site's next build.
 */
async function serveBuild(
	name: BuildName,
	{ port = 0, rewrite = () => undefined }: { port?: number; rewrite?: (path: string, body: Buffer | undefined) => Buffer | undefined } = {}
) {
	const { serveDir, outDir, basePath } = builds[name];
	const files = sirv(serveDir, { dev: true });
	// The build's own security headers (dist/_headers) on every response, the worker's included: offline has to
	// work under that Content-Security-Policy.
	const securityHeaders = readBuiltHeaders(outDir);
	const server: Server = createServer((request, response) => {
		for (const [header, value] of Object.entries(securityHeaders)) response.setHeader(header, value);
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const file = join(serveDir, path.endsWith('/') ? `${path}index.html` : path);
		const replacement = rewrite(path, existsSync(file) ? readFileSync(file) : undefined);
		if (replacement) {
			const type = Object.entries(contentTypes).find(([ending]) => path.endsWith(ending))?.[1] ?? 'application/octet-stream';
			response.writeHead(200, { 'content-type': type });
			response.end(replacement);
			return;
		}
		files(request, response, () => {
			response.statusCode = 404;
			response.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(port, 'localhost', resolve));
	const { port: listeningPort } = server.address() as AddressInfo;
	return {
		baseURL: `http://localhost:${listeningPort}${basePath}`,
		port: listeningPort,
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** Opens a page online and waits until the service worker has cached the core of the site and controls the page. */
async function firstVisit(browser: Browser, baseURL: string, path: string): Promise<BrowserContext> {
	const context = await browser.newContext({ baseURL, serviceWorkers: 'allow', locale: 'ja-JP' });
	const page = await context.newPage();
	await page.goto(path);
	// `ready` resolves once a worker is active, which it becomes only after its install step has cached the core.
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	expect(new URL(scope).pathname).toBe(new URL(baseURL).pathname);
	await page.close();
	return context;
}

function buildOf(projectName: string): BuildName {
	return projectName === 'subpath' ? 'subpath' : 'root';
}

test.describe('offline after the first visit', () => {
	test.describe.configure({ timeout: 120_000 });

	test('reading, search, presenting and self-checks work with the server gone @base-path', async ({ browser }, testInfo) => {
		const server = await serveBuild(buildOf(testInfo.project.name));
		const context = await firstVisit(browser, server.baseURL, 'session-manager/');
		await server.stop();
		await context.setOffline(true);
		const page = await context.newPage();

		// Proof that the network is really gone: a file the worker does not cache (a social card) cannot be fetched.
		await page.goto('run-command/');
		expect(await page.evaluate(() => fetch('../og/run-command.png').then(() => 'fetched', () => 'failed'))).toBe('failed');

		// Reading: pages never opened online, in both editions, with their styles.
		await expect(page.locator('h1')).toHaveText('Run Command');
		await expect(page.locator('.sidebar-content')).toBeVisible();
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
		await page.goto('en/labs/session-manager/');
		await expect(page.locator('h1')).toContainText('Session Manager');

		// Search: Pagefind's script, WebAssembly, index and fragments all come from the cache.
		const results = await searchSite(page, 'ポート転送');
		expect(results[0]).toBe(`${new URL(server.baseURL).pathname}session-manager/`);

		// Presenting: the slide runtime (a chunk loaded only when presenting) and the QR code of the title slide.
		await page.goto('patch-manager/?present#pricing');
		await expect(page.locator('html')).toHaveAttribute('data-presenting', 'audience');
		await expect(page.locator('h2#pricing')).toBeVisible();
		await page.keyboard.press('Home');
		const qrCode = page.locator('.presentation-title-slide__qr img');
		await expect(qrCode).toBeVisible();
		await expect.poll(() => qrCode.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);

		// A self-check: the quiz code loads on the first answer.
		await page.goto('session-manager/');
		const first = page.locator('.quiz[data-quiz="self-check"] .quiz__question').first();
		await first.locator('input').first().check();
		await first.getByRole('button', { name: '答え合わせ' }).click();
		await expect(first.locator('.quiz__result')).toHaveText(/正解です。|不正解です。/);

		// An address that does not exist still answers, with the guide's own 404 page.
		const missing = await page.goto('no-such-page/');
		expect(missing?.status()).toBe(404);
		await expect(page.locator('h1')).toBeVisible();
		await context.close();
	});

	test('a new version of the site replaces the saved copy on the next online visit', async ({ browser }) => {
		const first = await serveBuild('root');
		const context = await firstVisit(browser, first.baseURL, '');
		await first.stop();

		// The "next build": the Session Manager page has changed, so its revision and the manifest's version have too.
		const revisedTitle = 'Session Manager（改訂版）';
		let newVersion = '';
		const second = await serveBuild('root', {
			port: first.port,
			rewrite: (path, body) => {
				if (path === '/session-manager/' && body) return Buffer.from(body.toString('utf8').replace(/(<h1 id="_top"[^>]*>)Session Manager</, `$1${revisedTitle}<`));
				// The worker names its version, and the file list of a version is sw-manifest-<version>.json.
				const [, oldVersion = ''] = /^const version = "([^"]+)"/.exec(readFileSync(join(builds.root.serveDir, 'sw.js'), 'utf8')) ?? [];
				newVersion = `${oldVersion}-next`;
				if (path === '/sw.js' && body) return Buffer.from(body.toString('utf8').replace(`"${oldVersion}"`, `"${newVersion}"`));
				if (path === `/sw-manifest-${newVersion}.json`) {
					const manifest = JSON.parse(readFileSync(join(builds.root.serveDir, `sw-manifest-${oldVersion}.json`), 'utf8')) as { version: string; core: { url: string; revision: string }[] };
					manifest.version = newVersion;
					manifest.core.find((entry) => entry.url === 'session-manager/')!.revision = 'changed';
					return Buffer.from(JSON.stringify(manifest));
				}
				return undefined;
			},
		});
		const page = await context.newPage();
		await page.goto('session-manager/');
		// Online, the page itself comes from the network at once…
		await expect(page.locator('h1')).toHaveText(revisedTitle);
		// …and the browser finds the new worker, which caches the new version and drops the old one.
		await expect
			.poll(() => page.evaluate(() => caches.keys()), { timeout: 60_000 })
			.toEqual(expect.arrayContaining([`/core-${newVersion}`]));
		await expect.poll(() => page.evaluate(() => caches.keys().then((names) => names.filter((name) => name.startsWith('/core-'))))).toEqual([`/core-${newVersion}`]);
		await second.stop();
		await context.setOffline(true);
		await page.goto('session-manager/');
		await expect(page.locator('h1')).toHaveText(revisedTitle);
		await page.goto('run-command/');
		await expect(page.locator('h1')).toHaveText('Run Command');
		await context.close();
	});

	test('「この端末に保存」 on the settings page saves the figures too, and 「保存を削除」 removes the copy for good', async ({ browser }) => {
		const server = await serveBuild('root');
		const context = await browser.newContext({ baseURL: server.baseURL, serviceWorkers: 'allow', locale: 'ja-JP' });
		const page = await context.newPage();
		const settings = await page.goto('settings/');
		expect(settings?.headers()['content-security-policy'], 'served under the build’s policy').toContain("script-src 'self'");
		await page.getByRole('button', { name: 'この端末に保存', exact: true }).click();
		await expect(page.locator('[data-offline-status]')).toHaveText('この端末に保存しました。ネットワークがなくても読めます。', { timeout: 90_000 });
		// Both parts are listed as complete (`…：n / n ファイル（…）`), then the saved version.
		const parts = (await page.locator('[data-offline-parts] li').allTextContents()).filter((part) => part.includes('ファイル'));
		expect(parts).toHaveLength(2);
		for (const part of parts) {
			const [, cached, total] = /(\d+) \/ (\d+) ファイル/.exec(part) ?? [];
			expect(cached, part).toBe(total);
		}
		await server.stop();
		await context.setOffline(true);

		// A page never opened online, with its screenshots: the figures came with 「この端末に保存」, not with a visit.
		await page.goto('compliance/');
		const figure = page.locator('.sl-markdown-content img[src*="compliance-1"]').first();
		await figure.scrollIntoViewIfNeeded();
		await expect.poll(() => figure.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);

		await page.goto('settings/');
		await page.getByRole('button', { name: '保存を削除', exact: true }).click();
		await expect(page.locator('[data-offline-status]')).toHaveText('この端末から削除しました。次に開いても自動では保存しません。');
		expect(await page.evaluate(() => caches.keys())).toEqual([]);
		expect(await page.evaluate(() => navigator.serviceWorker.getRegistration())).toBeUndefined();
		// The choice holds: the next visit does not register the worker again.
		await context.setOffline(false);
		const again = await serveBuild('root', { port: server.port });
		await page.goto('session-manager/');
		await page.waitForLoadState('networkidle');
		expect(await page.evaluate(() => navigator.serviceWorker.getRegistration())).toBeUndefined();
		await again.stop();
		await context.close();
	});
});
