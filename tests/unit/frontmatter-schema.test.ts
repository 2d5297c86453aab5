import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { checkStudyPage, studyPageFields } from '../../src/plugins/study/schema.ts';
import { invalidFrontmatterCases } from '../fixtures/frontmatter/cases.ts';

/**
 * The study-page schema on each fixture of tests/fixtures/frontmatter/, without a build: the valid page passes
 * and each invalid one fails at exactly the field its name says. (frontmatter-schema.spec.ts proves on real
 * `astro sync` runs that such a failure stops the build with the file and the field in the message.)
 */
const schema = studyPageFields.superRefine(checkStudyPage);

function frontmatter(fixture: string): unknown {
	const source = readFileSync(new URL(`../fixtures/frontmatter/${fixture}.mdx`, import.meta.url), 'utf8');
	const yaml = /^---\n([\s\S]*?)\n---/.exec(source)?.[1];
	assert.ok(yaml, `${fixture}.mdx has frontmatter`);
	return parse(yaml);
}

test('the valid tool page passes the schema', () => {
	const result = schema.safeParse(frontmatter('valid-tool-page'));
	assert.deepEqual(result.error?.issues ?? [], []);
});

for (const { fixture, field } of invalidFrontmatterCases) {
	test(`${fixture} fails at "${field}"`, () => {
		const result = schema.safeParse(frontmatter(fixture));
		assert.equal(result.success, false);
		const paths = result.error!.issues.map((issue) => issue.path.join('.'));
		assert.deepEqual(paths, [field]);
	});
}
