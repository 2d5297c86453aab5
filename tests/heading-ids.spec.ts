import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Every H2 and H3 has an explicit, short, lowercase ASCII id (`## 料金 {#pricing}`), so wiki links never carry
 * percent-encoded Japanese and survive rewording. Checked here in the sources (the id must be written, not
 * generated); site-sweep.spec.ts checks the built pages (what readers actually get, including generated sections).
 */
const pagesDir = 'src/content/docs';
const asciiId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Ids that components add to every page; a page must not use them for its own headings. */
const reservedIds = ['sources', '_top'];

/** H2/H3 lines of an MDX file outside code fences, with their line numbers. */
export function findHeadings(source: string): { line: number; text: string }[] {
	let inFence = false;
	return source.split('\n').flatMap((text, index) => {
		if (/^\s*```/.test(text)) inFence = !inFence;
		return !inFence && /^#{2,3} /.test(text) ? [{ line: index + 1, text }] : [];
	});
}

/** Japanese pages and their English counterparts (`en/session-manager.mdx`). */
const pageFiles = ['', 'en/'].flatMap((folder) =>
	readdirSync(join(pagesDir, folder))
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => `${folder}${name}`)
);

for (const file of pageFiles) {
	test(`every H2/H3 in ${file} has its own explicit ASCII id`, () => {
		const problems: string[] = [];
		const seen = new Set<string>();
		for (const { line, text } of findHeadings(readFileSync(join(pagesDir, file), 'utf8'))) {
			const id = /\{#([^}]+)\}\s*$/.exec(text)?.[1];
			if (!id) problems.push(`${file}:${line}: no {#id}: ${text}`);
			else if (!asciiId.test(id)) problems.push(`${file}:${line}: id "${id}" is not short lowercase ASCII`);
			else if (reservedIds.includes(id)) problems.push(`${file}:${line}: id "${id}" is reserved for generated sections`);
			else if (seen.has(id)) problems.push(`${file}:${line}: id "${id}" is used twice`);
			if (id) seen.add(id);
		}
		expect(problems).toEqual([]);
	});
}

test('the heading check finds headings without ids (self-test on a fixture string)', () => {
	const fixture = '## 料金 {#pricing}\n\n```md\n## not a heading\n```\n\n### 仕組み\n';
	expect(findHeadings(fixture).map(({ text }) => text)).toEqual(['## 料金 {#pricing}', '### 仕組み']);
});
