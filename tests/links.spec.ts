import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readSitemapPagePaths } from './support/site';

/**
 * Every internal `href`/`src`/`srcset` on every built page must answer 2xx, and every `#fragment` must name an
 * element on its target page. Runs once per build (root and sub-path), so a link that forgets the base path
 * fails here even when the root build looks fine.
 */

interface PageLinks {
	/** Absolute URLs of every link and resource the page references. */
	urls: string[];
	/** Every id (and `<a name>`) on the page, i.e. every valid fragment for links to it. */
	anchors: string[];
}

async function collectLinks(page: Page): Promise<PageLinks> {
	return page.evaluate(() => {
		const urls = new Set<string>();
		const add = (value: string | null) => {
			if (value) urls.add(new URL(value, document.baseURI).href);
		};
		for (const element of document.querySelectorAll<HTMLElement>('[href], [src]')) {
			add(element.getAttribute('href'));
			add(element.getAttribute('src'));
		}
		for (const element of document.querySelectorAll('[srcset]')) {
			for (const candidate of element.getAttribute('srcset')!.split(',')) add(candidate.trim().split(/\s+/)[0] ?? null);
		}
		for (const meta of document.querySelectorAll('meta[property^="og:"][content], meta[name^="twitter:"][content]')) {
			const content = meta.getAttribute('content')!;
			if (/^(https?:)?\//.test(content)) add(content);
		}
		const anchors = [...document.querySelectorAll('[id]')].map((element) => element.id);
		anchors.push(...[...document.querySelectorAll('a[name]')].map((element) => element.getAttribute('name')!));
		return { urls: [...urls], anchors };
	});
}

/** Fetches a target once per worker and remembers its status and, for HTML, its anchors. */
const targets = new Map<string, Promise<{ status: number; anchors: Set<string> }>>();

function inspectTarget(request: APIRequestContext, page: Page, url: string) {
	let result = targets.get(url);
	if (!result) {
		result = (async () => {
			const response = await request.get(url, { maxRedirects: 0 });
			const isHtml = (response.headers()['content-type'] ?? '').includes('text/html');
			const anchors = isHtml
				? await page.evaluate((html) => {
						const parsed = new DOMParser().parseFromString(html, 'text/html');
						const ids = [...parsed.querySelectorAll('[id]')].map((element) => element.id);
						return [...ids, ...[...parsed.querySelectorAll('a[name]')].map((element) => element.getAttribute('name')!)];
					}, await response.text())
				: [];
			return { status: response.status(), anchors: new Set(anchors) };
		})();
		targets.set(url, result);
	}
	return result;
}

for (const pagePath of readSitemapPagePaths('root')) {
	test(`links and anchors resolve on /${pagePath}`, async ({ page, request, baseURL }) => {
		const response = await page.goto(pagePath);
		expect(response?.status(), `/${pagePath} itself`).toBe(200);
		const { urls, anchors } = await collectLinks(page);
		const siteOrigin = new URL(baseURL!).origin;
		const problems: string[] = [];

		for (const link of urls) {
			const url = new URL(link);
			if (url.origin !== siteOrigin) continue; // external: not this suite's business (and unreachable offline)
			if (!url.pathname.startsWith(new URL(baseURL!).pathname)) {
				problems.push(`${link}: outside the site's base path`);
				continue;
			}
			// Wiki links must stay readable: a fragment is short ASCII, never percent-encoded Japanese.
			if (url.hash && !/^#[A-Za-z0-9_-]*$/.test(url.hash)) problems.push(`${link}: fragment is not plain ASCII`);
			const fragment = decodeURIComponent(url.hash.slice(1));
			url.hash = '';
			const isSamePage = url.href === new URL(page.url()).href.replace(/#.*$/, '');
			const target = isSamePage ? { status: 200, anchors: new Set(anchors) } : await inspectTarget(request, page, url.href);
			if (target.status < 200 || target.status >= 300) problems.push(`${link}: HTTP ${target.status}`);
			else if (fragment && fragment !== 'top' && !target.anchors.has(fragment)) problems.push(`${link}: no element with id "${fragment}"`);
		}
		expect(problems, `broken links on /${pagePath}`).toEqual([]);
	});
}
