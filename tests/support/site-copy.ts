import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';

const run = promisify(execFile);

/** Where throwaway copies of the site live; ignored by git. Inside the repo so node_modules resolves. */
const generatedRoot = resolve('tests/fixtures/.generated');

/** What a copy of the project needs to build: the real sources and config, nothing generated. */
const projectFiles = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

export interface SiteCopy {
	root: string;
	outDir: string;
}

/**
 * Copies the project into a throwaway folder so a test can change a file (replace a screenshot, break a page)
 * and build the result exactly as `npm run build` would, without touching the real tree.
 */
export function copySite(name: string): SiteCopy {
	const root = join(generatedRoot, name);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const file of projectFiles) cpSync(resolve(file), join(root, file), { recursive: true });
	// Astro's image cache (made by the real builds): the copy re-encodes only the images a test changed.
	const imageCache = resolve('node_modules/.astro/assets');
	if (existsSync(imageCache)) cpSync(imageCache, join(root, 'node_modules/.astro/assets'), { recursive: true });
	return { root, outDir: join(root, 'dist') };
}

/** Builds the copy as `npm run build` would; `env` adds variables (e.g. SOURCE_DATE_EPOCH to pin the build date). */
export async function buildSite(site: SiteCopy, env: Record<string, string> = {}): Promise<{ ok: boolean; output: string }> {
	try {
		const { stdout, stderr } = await run('astro', ['build', '--root', site.root], {
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', OUT_DIR: site.outDir, BASE_PATH: '/', CHECK_LINKS: '', ...env },
			maxBuffer: 64 * 1024 * 1024,
		});
		return { ok: true, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { ok: false, output: stdout + stderr };
	}
}

export function removeSite(site: SiteCopy): void {
	rmSync(site.root, { recursive: true, force: true });
}

/**
 * Serves a built copy to the browser without a server: requests to this origin are answered from its dist/. An
 * https origin is a secure context (the clipboard API works there); answering it needs no certificate.
 */
export async function serveSite(page: Page, site: SiteCopy, origin = 'http://site-copy.test'): Promise<string> {
	await page.route(`${origin}/**`, async (route) => {
		const { pathname } = new URL(route.request().url());
		// A request still in flight when the test ends has nothing left to answer to.
		await route.fulfill({ path: join(site.outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname) }).catch(() => undefined);
	});
	return origin;
}
