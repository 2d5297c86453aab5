import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The anchor contract: every page URL and section id that was ever published (tests/permalinks.json) must keep
 * resolving — as the page itself, or through a declared redirect (pages: `redirects` in astro.config.mjs; section
 * ids: src/anchor-aliases.json). Additions are recorded with `npm run permalinks`.
 */
export const manifestFile = 'tests/permalinks.json';

export interface PermalinkManifest {
	/** Page path relative to the site root (`session-manager/`, `` for home) → its section ids. */
	pages: Record<string, string[]>;
}

export function readManifest(file = manifestFile): PermalinkManifest {
	return JSON.parse(readFileSync(file, 'utf8')) as PermalinkManifest;
}

/** Ids of sections on a built page: H2/H3 ids and the alias elements that stand in for renamed ones. */
export function sectionIds(html: string): string[] {
	const headingIds = [...html.matchAll(/<h[23]\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1]!);
	const aliasIds = [...html.matchAll(/<span\b[^>]*\bid="([^"]+)"[^>]*\bdata-anchor-alias=/g)].map((match) => match[1]!);
	// Starlight's own chrome (the "on this page" heading) is not content.
	return [...headingIds, ...aliasIds].filter((id) => !id.startsWith('starlight__'));
}

/** Astro writes a redirect as a tiny page with a meta refresh; follow it to the page it points to. */
export function redirectTarget(html: string): string | undefined {
	return /<meta\s+http-equiv="refresh"\s+content="\d+;\s*url=([^"]+)"/i.exec(html)?.[1];
}

/** Reads a built page by its path relative to the site root, or undefined if the build has no such page. */
export function readBuiltPage(outDir: string) {
	return (pagePath: string): string | undefined => {
		const file = join(outDir, pagePath, 'index.html');
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	};
}

/** Everything in the manifest that no longer resolves, as readable problems. */
export function findBrokenPermalinks(
	manifest: PermalinkManifest,
	readPage: (pagePath: string) => string | undefined,
	basePath = '/'
): string[] {
	const problems: string[] = [];
	for (const [pagePath, ids] of Object.entries(manifest.pages)) {
		let html = readPage(pagePath);
		// Follow at most a few redirects (a page may have moved more than once).
		for (let hops = 0; html && hops < 5; hops++) {
			const target = redirectTarget(html);
			if (!target) break;
			html = readPage(target.replace(basePath, '').replace(/^\//, ''));
		}
		if (!html) {
			problems.push(`/${pagePath} is gone and no redirect is declared`);
			continue;
		}
		const present = new Set(sectionIds(html));
		for (const id of ids) {
			if (!present.has(id)) problems.push(`/${pagePath}#${id} is gone and no alias is declared`);
		}
	}
	return problems;
}
