import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * Where Debian, Ubuntu and other common installs put a Chromium-compatible browser. The headless shell comes first:
 * it is the same engine without the browser's own windows and toolbars, which a headless test run pays for in CPU
 * (measured: the whole-page sweep took 106 s with it, 166 s with the full browser, on 2 cores).
 */
const systemChromiumPaths = [
	'/usr/bin/chromium-headless-shell',
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export interface ChromiumChoice {
	/** `undefined` means Playwright's own browser, which Playwright finds by itself. */
	executablePath: string | undefined;
	/** Where the choice came from, printed once so a failing run shows which browser it used. */
	source: 'CHROMIUM_PATH' | 'playwright' | 'system';
}

/**
 * Finds a browser for the tests and every script (illustrations, page screenshots, benchmark) without any set-up step: an explicit `CHROMIUM_PATH` first, then a browser
 * that `npx playwright install chromium` put in Playwright's cache, then a system Chromium. Playwright's
 * browser download cannot reach its host on every machine, so the system browser is a first-class option.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice {
	const explicitPath = env['CHROMIUM_PATH'];
	if (explicitPath) {
		if (!existsSync(explicitPath)) {
			throw new Error(`CHROMIUM_PATH points to ${explicitPath}, which does not exist.`);
		}
		return { executablePath: explicitPath, source: 'CHROMIUM_PATH' };
	}
	if (existsSync(chromium.executablePath())) return { executablePath: undefined, source: 'playwright' };
	const systemPath = systemChromiumPaths.find((path) => existsSync(path));
	if (systemPath) return { executablePath: systemPath, source: 'system' };
	throw new Error(
		[
			'No Chromium found. Any one of these fixes it:',
			'  - Debian/Ubuntu: sudo apt-get install chromium-headless-shell fonts-noto-cjk (or chromium)',
			'  - with internet access: npx playwright install chromium',
			'  - an existing Chrome/Chromium: export CHROMIUM_PATH=/path/to/chrome',
		].join('\n')
	);
}

/** The chosen browser as a file path, for tools that launch it themselves (Lighthouse) or print it. */
export function chromiumExecutablePath(env: NodeJS.ProcessEnv = process.env): string {
	return findChromium(env).executablePath ?? chromium.executablePath();
}
