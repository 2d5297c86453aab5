import { expect, test } from '@playwright/test';
import {
	accessibilityProblemsInBothThemes,
	alternateProblems,
	applySecurityHeaders,
	brokenLinks,
	englishEditionProblems,
	headingIdProblems,
	identityProblems,
	imageProblems,
	recordForeignRequests,
	socialTagProblems,
} from './support/page-checks';
import { readBuiltHeaders } from './support/security-headers';
import { editionOf, readSitemapPagePaths } from './support/site';

/**
 * Every page of the built site, loaded once, held to every rule a page must keep. Each check reports its own
 * problems (a soft assertion), so one failing check never hides another:
 *
 * - served in its edition's language with one h1 and the site title;
 * - every internal link, image and og URL answers and every #fragment exists (the link crawl);
 * - images are modern, sized and described; illustrations are captioned as such;
 * - H2/H3 ids are short ASCII and unique;
 * - Open Graph/Twitter tags and the page's own 1200×630 card; hreflang alternates of both editions;
 * - English pages: English, the same section ids as the Japanese page, no Japanese, English AWS docs;
 * - under the build's Content-Security-Policy (dist/_headers) the page raises no violation;
 * - nothing is requested from another origin (intranet use);
 * - axe: WCAG 2.2 AA + best practices in the light theme, colour rules again in the dark theme.
 *
 * The sub-path build gets the checks that depend on the base path (tagged `@sub-path-sweep`).
 */
const securityHeaders = readBuiltHeaders();

test.afterEach(async ({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

for (const pagePath of readSitemapPagePaths('root')) {
	test(`/${pagePath} passes the whole-page checks`, async ({ page, request, baseURL }) => {
		const violations = await applySecurityHeaders(page, securityHeaders);
		const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
		const response = await page.goto(pagePath);
		expect(response?.status(), `/${pagePath} itself`).toBe(200);
		await page.waitForLoadState('networkidle');

		expect.soft(await violations(), 'Content-Security-Policy violations').toEqual([]);
		expect.soft(foreign, 'requests to other origins').toEqual([]);
		expect.soft(await identityProblems(page, pagePath), 'language, h1 and title').toEqual([]);
		expect.soft(await brokenLinks(page, request, baseURL!), 'links and anchors').toEqual([]);
		expect.soft(await imageProblems(page, pagePath), 'images and figures').toEqual([]);
		expect.soft(await headingIdProblems(page), 'heading ids').toEqual([]);
		expect.soft(await socialTagProblems(page, request, pagePath, baseURL!), 'social tags and card').toEqual([]);
		expect.soft(await alternateProblems(page, pagePath, baseURL!), 'hreflang alternates').toEqual([]);
		if (editionOf(pagePath) === 'en') {
			expect.soft(await englishEditionProblems(page, request, pagePath, baseURL!), 'English edition').toEqual([]);
		}
		// Last: it switches the theme.
		expect.soft(await accessibilityProblemsInBothThemes(page), 'accessibility (axe)').toEqual([]);
	});
}

for (const pagePath of readSitemapPagePaths('subpath')) {
	test(`/${pagePath} keeps its links, tags and alternates under the base path`, { tag: '@sub-path-sweep' }, async ({ page, request, baseURL }) => {
		const response = await page.goto(pagePath);
		expect(response?.status(), `/${pagePath} itself`).toBe(200);
		expect.soft(await identityProblems(page, pagePath), 'language, h1 and title').toEqual([]);
		expect.soft(await brokenLinks(page, request, baseURL!), 'links and anchors').toEqual([]);
		expect.soft(await socialTagProblems(page, request, pagePath, baseURL!), 'social tags and card').toEqual([]);
		expect.soft(await alternateProblems(page, pagePath, baseURL!), 'hreflang alternates').toEqual([]);
	});
}
