#!/usr/bin/env node
// textlint reads the points of a <Slide> (a Markdown list) but not its `message` attribute. This collects every
// message, one list item per slide, into test-results/slide-messages/ and lints them with each edition's rules
// (the AWS term list among them), reporting the page each message comes from.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const editions = [
	{ dirs: ['src/content/docs', 'src/content/docs/labs'], out: 'ja', config: '.textlintrc.json' },
	{ dirs: ['src/content/docs/en', 'src/content/docs/en/labs'], out: 'en', config: '.textlintrc.en.json' },
];
const outDir = 'test-results/slide-messages';
mkdirSync(outDir, { recursive: true });
let failed = false;
for (const { dirs, out, config } of editions) {
	const lines = [];
	for (const file of dirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort().map((name) => join(dir, name)))) {
		const messages = [...readFileSync(file, 'utf8').matchAll(/<Slide\b[^>]*\bmessage="([^"]*)"/g)].map((match) => match[1]);
		if (messages.length) lines.push(`## ${file}`, '', ...messages.map((message) => `- ${message}`), '');
	}
	const target = join(outDir, `${out}.md`);
	writeFileSync(target, lines.join('\n'));
	const result = spawnSync('textlint', ['--config', config, target], { stdio: 'inherit' });
	if (result.error) throw new Error(`textlint did not start (${result.error.message}); run this through npm (npm test, npm run lint:text).`);
	if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
