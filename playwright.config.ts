import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/support/chromium';
import { builds, siteUrl } from './tests/support/site';

const browser = findChromium();
const isCI = Boolean(process.env['CI']);

/**
 * Tests run against the production builds that `npm test` (scripts/run-tests.mjs) makes first: `dist/` for a
 * domain root and `dist-subpath/` for a sub-path. A plain static file server (sirv) serves each, as a team's web server would.
 */
export default defineConfig({
	testDir: './tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: isCI,
	retries: 0,
	workers: 2,
	timeout: 30_000,
	reporter: [['list'], ['./tests/support/summary-reporter.ts']],
	use: {
		...devices['Desktop Chrome'],
		locale: 'ja-JP',
		launchOptions: {
			...(browser.executablePath ? { executablePath: browser.executablePath } : {}),
			// Without these, Chromium keeps trying to reach Google's hosts, which a closed network refuses.
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
		},
	},
	projects: [
		{
			name: 'root',
			testIgnore: ['**/frontmatter-schema.spec.ts'],
			use: { baseURL: `${siteUrl('root')}${builds.root.basePath}` },
		},
		{
			name: 'subpath',
			testMatch: ['**/links.spec.ts', '**/editions.spec.ts', '**/search.spec.ts', '**/pages.spec.ts', '**/copy-link.spec.ts', '**/social-cards.spec.ts', '**/presentation-qr.spec.ts'],
			// Per-page content checks of the English edition read the same text in both builds; the root project runs
			// them. The sub-path build still gets the language picker, search and the hreflang links (links.spec.ts).
			grepInvert: /has an English counterpart|contains no Japanese/,
			use: { baseURL: `${siteUrl('subpath')}${builds.subpath.basePath}` },
		},
		{
			// Builds small throwaway sites; needs no server and no browser.
			name: 'schema',
			testMatch: ['**/frontmatter-schema.spec.ts'],
		},
	],
	// --dev: read files from disk on every request, so a server left running from an earlier run never serves a
	// stale file list after a rebuild.
	webServer: (['root', 'subpath'] as const).map((name) => ({
		command: `sirv ${builds[name].serveDir} --port ${builds[name].port} --host localhost --quiet --dev`,
		url: `${siteUrl(name)}${builds[name].basePath}`,
		reuseExistingServer: !isCI,
		timeout: 30_000,
	})),
});
