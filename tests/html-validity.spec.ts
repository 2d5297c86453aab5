import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from '@playwright/test';
import { builds, readSitemapPagePaths } from './support/site';

/**
 * The built HTML is valid (html-validate's `standard` preset) and every page has exactly one h1, a title, a meta
 * description and a canonical link.
 *
 * Exceptions, with reasons:
 * - Expressive Code (Starlight's code blocks) renders each line as a <div> inside <code> and a <div> inside its
 *   copy <button>; that markup is the upstream component's, so messages for those selectors are skipped.
 * - Checkbox and radio groups share a name by design (quiz questions), so `form-dup-name` allows it.
 */
const validator = new HtmlValidate({
	extends: ['html-validate:standard'],
	rules: { 'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'submit', 'reset'] }] },
});
const expressiveCodeMarkup = /> figure > pre > code\b| > figure > div > button > div\b/;

for (const pagePath of readSitemapPagePaths('root')) {
	test(`/${pagePath}: valid HTML with one h1, title, description and canonical`, async () => {
		const html = readFileSync(join(builds.root.outDir, pagePath, 'index.html'), 'utf8');
		const report = await validator.validateString(html, `${pagePath}index.html`);
		const problems = report.results
			.flatMap((result) => result.messages)
			.filter((message) => !expressiveCodeMarkup.test(message.selector ?? ''))
			.map((message) => `${message.ruleId} at ${message.line}:${message.column}: ${message.message} (${message.selector})`);
		expect(problems).toEqual([]);

		expect(html.match(/<h1\b/g) ?? []).toHaveLength(1);
		expect(html).toMatch(/<title>[^<]+<\/title>/);
		expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
		expect(html.match(/<link rel="canonical" href="[^"]+"/g) ?? []).toHaveLength(1);
	});
}
