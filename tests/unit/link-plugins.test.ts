import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { markdownToHtml, mdxToJs } from 'satteri';
import { addAnchorAliases } from '../../src/plugins/links/anchor-aliases.ts';
import { prefixBasePath } from '../../src/plugins/links/prefix-base-path.ts';
import { makeTablesFocusable } from '../../src/plugins/tables/focusable-tables.ts';

/** The plugins under test are synchronous, so the compile result is too. */
function sync<Result>(result: Result | Promise<Result>): Result {
	if (result instanceof Promise) throw new Error('expected a synchronous compile');
	return result;
}

const features = { headingAttributes: true } as const;

test('site-root Markdown links get the sub-path; external, relative and hash links do not', () => {
	const { html } = sync(markdownToHtml('[a](/overview/) [b](https://aws.amazon.com/) [c](#pricing) [d](../x/)', {
		hastPlugins: [prefixBasePath('/ssm-guide/')],
	}));
	assert.deepEqual([...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]), ['/ssm-guide/overview/', 'https://aws.amazon.com/', '#pricing', '../x/']);
});

test('LinkCard and LinkButton hrefs get the sub-path too', () => {
	const { code } = sync(mdxToJs('<LinkCard title="x" href="/pricing/" />\n\n<LinkButton href="https://example.com/">y</LinkButton>', {
		hastPlugins: [prefixBasePath('/ssm-guide/')],
	}));
	assert.match(code, /href: "\/ssm-guide\/pricing\/"/);
	assert.match(code, /href: "https:\/\/example\.com\/"/);
});

test('at the domain root the plugin does nothing', () => {
	assert.equal(prefixBasePath('/'), false);
});

test('a renamed section id keeps answering: an empty alias element before the heading it now names', () => {
	const fileURL = pathToFileURL('/site/src/content/docs/session-manager.mdx');
	const plugin = addAnchorAliases({ 'session-manager': { 'old-port': 'port-forwarding', 'older-port': 'port-forwarding' } });
	const { html } = sync(markdownToHtml('## ポート転送 {#port-forwarding}\n\n本文', { features, fileURL, hastPlugins: [plugin] }));
	assert.equal(
		html.split('\n')[0],
		'<span id="old-port" data-anchor-alias="port-forwarding"></span><span id="older-port" data-anchor-alias="port-forwarding"></span><h2 id="port-forwarding">ポート転送</h2>'
	);
	const other = sync(markdownToHtml('## X {#port-forwarding}', { features, fileURL: pathToFileURL('/site/src/content/docs/run-command.mdx'), hastPlugins: [plugin] }));
	assert.doesNotMatch(other.html, /data-anchor-alias/);
});

test('content tables can take keyboard focus, as scrolling regions must', () => {
	const { html } = sync(markdownToHtml('| a | b |\n| - | - |\n| 1 | 2 |', { hastPlugins: [makeTablesFocusable()] }));
	assert.match(html, /<table tabindex="0">/);
});
