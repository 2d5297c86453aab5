import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A Content-Security-Policy without 'unsafe-inline' for scripts. Starlight and Astro put a few small inline
 * `<script>` and `<style>` elements into every page (theme, sidebar state, tabs, the ?present guard); after the
 * build this integration hashes every one of them in every page and writes the hashes into `_headers` in place of
 * the placeholders of `public/_headers` (see index.ts):
 *
 * - `'inline-script-hashes'` → `'sha256-…'` for each distinct inline script
 * - `'inline-style-hashes'` → `'sha256-…'` for each distinct inline `<style>` element
 *
 * A page whose inline code changes (a Starlight upgrade, an edited component) gets its new hash on the next build,
 * so the policy and the pages never disagree. Style *attributes* (Expressive Code colours tokens with them) are
 * allowed separately through `style-src-attr`.
 */
export const headersFile = '_headers';
const placeholders = { scripts: "'inline-script-hashes'", styles: "'inline-style-hashes'" } as const;

/** Script elements the browser executes: no src, and no type or a JavaScript/module type (JSON data blocks are inert). */
const inlineScript = /<script(?![^>]*\bsrc=)((?:\s+[^>]*)?)>([\s\S]*?)<\/script>/g;
const inlineStyle = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g;
const executableType = /\btype=["']?(?:module|text\/javascript|application\/javascript)["']?/;

function hash(content: string): string {
	return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}

/** The CSP hash sources of every inline script and style element of the built pages, sorted for stable output. */
export function collectInlineHashes(outDir: string): { scripts: string[]; styles: string[] } {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const file of htmlFiles(outDir)) {
		const html = readFileSync(file, 'utf8');
		for (const [, attributes = '', content = ''] of html.matchAll(inlineScript)) {
			if (/\btype=/.test(attributes) && !executableType.test(attributes)) continue;
			scripts.add(hash(content));
		}
		for (const [, content = ''] of html.matchAll(inlineStyle)) styles.add(hash(content));
	}
	return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/**
 * Replaces the placeholders in the header lines of a `_headers` text (comment lines stay as they are) with the
 * hashes; fails if no header line has a placeholder, which would leave inline code blocked or the policy unfilled.
 */
export function fillInlineHashes(template: string, hashes: { scripts: string[]; styles: string[] }): string {
	const lines = template.split('\n');
	const isHeaderLine = (line: string) => !line.trimStart().startsWith('#');
	for (const placeholder of Object.values(placeholders)) {
		if (!lines.some((line) => isHeaderLine(line) && line.includes(placeholder))) {
			throw new Error(`public/${headersFile}: the Content-Security-Policy must contain ${placeholder}.`);
		}
	}
	return lines
		.map((line) =>
			isHeaderLine(line)
				? line.replaceAll(placeholders.scripts, hashes.scripts.join(' ')).replaceAll(placeholders.styles, hashes.styles.join(' '))
				: line
		)
		.join('\n');
}
