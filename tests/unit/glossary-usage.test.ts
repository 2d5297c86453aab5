import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { markdownToHtml } from 'satteri';
import { linkTerms } from '../../src/plugins/glossary/link-terms.ts';
import { glossaryTerms } from '../../src/plugins/glossary/terms.ts';
import { readGlossaries } from '../../src/plugins/glossary/usage.ts';

/** The plugins under test are synchronous, so the compile result is too. */
function sync<Result>(result: Result | Promise<Result>): Result {
	if (result instanceof Promise) throw new Error('expected a synchronous compile');
	return result;
}

const docsDir = mkdtempSync(join(tmpdir(), 'glossary-'));
after(() => rmSync(docsDir, { recursive: true, force: true }));

const page = (file: string, title: string, body: string) => {
	mkdirSync(join(docsDir, file, '..'), { recursive: true });
	writeFileSync(join(docsDir, file), `---\ntitle: "${title}"\n---\n\n${body}\n`);
};
page('glossary.mdx', '用語集', '## ノード {#nodes}\n\n### マネージドノード {#managed-node}\n\n説明。\n\n### SSM Agent（エージェント） {#ssm-agent}\n\n説明。');
page('index.mdx', 'ホーム', 'マネージドノードのホーム。');
page('run-command.mdx', 'Run Command', 'マネージドノードでSSM Agentが動きます。');
page('session-manager.mdx', 'Session Manager', '`マネージドノード`\n\n<SpeakerNotes>SSM Agentの話。</SpeakerNotes>\n\n## マネージドノード {#x}');
page('en/glossary.mdx', 'Glossary', '### Managed node {#managed-node}\n\nText.');
page('en/run-command.mdx', 'Run Command', 'Two managed nodes.');

const glossaries = readGlossaries({
	docsDir,
	languageOfFile: (file) => (file.includes('/en/') ? 'en' : 'ja'),
	pageOrder: ['session-manager', 'run-command'],
	href: (language, path) => (language === 'en' ? `/en${path}` : path),
	linkTitle: (language, term) => `${language}:${term}`,
});

test('"used on" lists exactly the pages whose link pass links the term, in reading order', () => {
	const ja = glossaries.get('ja')!;
	assert.deepEqual(ja.link.terms.map(({ term }) => term), ['SSM Agent', 'マネージドノード']);
	assert.deepEqual(ja.usage.get('managed-node'), [{ href: '/run-command/', title: 'Run Command' }]);
	// Only in code, a heading or speaker notes on session-manager: not a use. The home page never counts.
	assert.deepEqual(ja.usage.get('ssm-agent'), [{ href: '/run-command/', title: 'Run Command' }]);
	assert.deepEqual(glossaries.get('en')!.usage.get('managed-node'), [{ href: '/en/run-command/', title: 'Run Command' }]);
});

test('the link pass links a term\'s first mention with the glossary URL and title', () => {
	const terms = glossaryTerms([{ text: 'SSM Agent', id: 'ssm-agent' }], 'ja');
	const linked: string[] = [];
	const { html } = sync(markdownToHtml('SSM Agentを入れる。SSM Agentは常駐します。\n\n`SSM Agent`', {
		hastPlugins: [linkTerms({ terms, names: [], href: ({ id }) => `/glossary/#${id}`, title: ({ term }) => `用語集：${term}`, onLink: ({ id }) => linked.push(id) })],
	}));
	assert.equal(
		html.match(/<a [^>]*>/g)?.join(''),
		'<a href="/glossary/#ssm-agent" class="glossary-link" title="用語集：SSM Agent">'
	);
	assert.deepEqual(linked, ['ssm-agent']);
});
