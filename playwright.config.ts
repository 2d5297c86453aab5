import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/lib/chromium.ts';
import { builds, sitePort, siteUrl } from './scripts/lib/builds.ts';

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
	// A retry would hide a race; a test that needs one is a defect.
	retries: 0,
	workers: 2,
	// Room for a slow or busy 2-core machine (see `npm run test:stress`). Tests wait for states, never for time, so
	// a longer limit only matters when something is really slow, and then the slowest-tests list shows it.
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list'], ['./tests/support/summary-reporter.ts']],
	use: {
		...devices['Desktop Chrome'],
		locale: 'ja-JP',
		// Every page registers the offline service worker, which then caches the whole site: tests/offline.spec.ts
		// allows it; everywhere else it would only add thousands of background requests.
		serviceWorkers: 'block',
		launchOptions: {
			...(browser.executablePath ? { executablePath: browser.executablePath } : {}),
			// Without the first four, Chromium keeps trying to reach Google's hosts, which a closed network refuses.
			// --disable-gpu: no GPU process emulating one in software (SwiftShader), which costs CPU the tests need.
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'],
		},
	},
	projects: [
		{
			name: 'root',
			testIgnore: ['**/frontmatter-schema.spec.ts', '**/fixture-builds.spec.ts'],
			grepInvert: /@sub-path-sweep/,
			use: { baseURL: `${siteUrl('root')}${builds.root.basePath}` },
		},
		{
			// Only what a base path can change: tests tagged @base-path (links, search, language picker, copied URLs,
			// QR codes, sidebar, robots.txt) and the per-page link and tag sweep of the sub-path build.
			name: 'subpath',
			grep: /@base-path|@sub-path-sweep/,
			testIgnore: ['**/frontmatter-schema.spec.ts', '**/fixture-builds.spec.ts'],
			use: { baseURL: `${siteUrl('subpath')}${builds.subpath.basePath}` },
		},
		{
			// Builds small throwaway sites; needs no server and no browser.
			name: 'fixtures',
			testMatch: ['**/frontmatter-schema.spec.ts', '**/fixture-builds.spec.ts'],
		},
	],
	// --dev: read files from disk on every request, so a server left running from an earlier run never serves a
	// stale file list after a rebuild.
	webServer: (['root', 'subpath'] as const).map((name) => ({
		command: `sirv ${builds[name].serveDir} --port ${sitePort(name)} --host localhost --quiet --dev`,
		url: `${siteUrl(name)}${builds[name].basePath}`,
		reuseExistingServer: !isCI,
		timeout: 30_000,
	})),
});
