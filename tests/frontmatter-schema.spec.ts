import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { invalidFrontmatterCases } from './fixtures/frontmatter/cases';

/**
 * Bad frontmatter must stop the build with a message that names the file and the field. Each fixture page in
 * tests/fixtures/frontmatter/ is put alone into a throwaway Starlight site that uses this project's real content
 * config, and `astro sync` (the content-validation step of `astro build`) runs on it.
 */
const run = promisify(execFile);
const fixtures = resolve('tests/fixtures/frontmatter');
const workRoot = resolve('tests/fixtures/.generated');

async function validateFixture(fixture: string): Promise<{ ok: boolean; output: string }> {
	const root = join(workRoot, fixture);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(join(root, 'src/content/docs'), { recursive: true });
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'fixture', pagefind: false })] };\n`
	);
	writeFileSync(join(root, 'src/content.config.ts'), `export { collections } from ${JSON.stringify(resolve('src/content.config.ts'))};\n`);
	cpSync(join(fixtures, `${fixture}.mdx`), join(root, 'src/content/docs', `${fixture}.mdx`));
	try {
		const { stdout, stderr } = await run('astro', ['sync', '--root', root], {
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		});
		return { ok: true, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { ok: false, output: stdout + stderr };
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

test('a valid tool page passes the schema (control case)', async () => {
	const result = await validateFixture('valid-tool-page');
	expect(result.output).not.toContain('does not match collection schema');
	expect(result.ok).toBe(true);
});

/**
 * Every invalid fixture is checked against the schema in tests/unit/frontmatter-schema.test.ts (no build needed).
 * Here, two of them go through a real `astro sync`: a top-level field and a field nested in a quiz question.
 */
const invalidCases = invalidFrontmatterCases.filter(({ fixture }) => ['missing-duration', 'quiz-answer-out-of-range'].includes(fixture));

for (const { fixture, field } of invalidCases) {
	test(`${fixture}: the build fails naming the file and "${field}"`, async () => {
		const result = await validateFixture(fixture);
		expect(result.ok).toBe(false);
		expect(result.output).toContain(`docs → ${fixture} data does not match collection schema`);
		expect(result.output).toMatch(new RegExp(`^\\s*${field.replaceAll('.', '\\.')}\\b`, 'm'));
	});
}
