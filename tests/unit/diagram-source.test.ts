import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { inlineDiagram, joinTitleAndDescription, readDiagramSource } from '../../src/plugins/screenshots/diagram-source.ts';

test('a diagram with links is interactive (inlined); one without is an image described by its title and desc', () => {
	const linked = readDiagramSource('<svg><title>地図</title><g><a href="../x/"><rect/></a></g></svg>');
	assert.equal(linked.interactive, true);
	const drawing = readDiagramSource(
		'<svg><title id="t">流れ &amp; 手順</title><desc id="d">\n  1 台ずつ\n  送ります。</desc><style>@media (prefers-color-scheme: dark) { g { color: #fff } }</style><g><text>a</text></g></svg>'
	);
	assert.deepEqual(drawing, { interactive: false, alt: '流れ & 手順。1 台ずつ 送ります。', hasDarkScheme: true });
	assert.equal(readDiagramSource('<svg><title>x</title></svg>').hasDarkScheme, false);
	assert.equal(readDiagramSource('<svg><rect/></svg>').alt, '');
});

test('title and description join with a full stop of the title’s script, unless it already ends in one', () => {
	assert.equal(joinTitleAndDescription('レート制御', '最大 10 台'), 'レート制御。最大 10 台');
	assert.equal(joinTitleAndDescription('Rate control', 'Up to 10'), 'Rate control. Up to 10');
	assert.equal(joinTitleAndDescription('Rate control.', 'Up to 10'), 'Rate control. Up to 10');
	assert.equal(joinTitleAndDescription('Rate control', ''), 'Rate control');
	assert.equal(joinTitleAndDescription('', 'Up to 10'), 'Up to 10');
});

test('every diagram of the site is either linked and inline, or an image that has its own dark palette', () => {
	const files = globSync('src/assets/diagrams/**/*.svg');
	assert.ok(files.length >= 20, `found ${files.length} diagrams`);
	for (const file of files) {
		const diagram = readDiagramSource(readFileSync(file, 'utf8'));
		assert.ok(diagram.alt.length > 20, `${file}: title and desc say what it shows`);
		assert.equal(diagram.hasDarkScheme, !diagram.interactive, `${file}: a dark block exactly when it is shown as an image`);
		// A "<" inside its <style> (say, in a comment) is a tag to an XML parser, and an SVG image that is not
		// well-formed draws nothing.
		for (const style of readFileSync(file, 'utf8').match(/<style>[\s\S]*?<\/style>/g) ?? []) {
			assert.ok(!/</.test(style.slice('<style>'.length, -'</style>'.length)), `${file}: "<" inside <style>`);
		}
	}
	assert.ok(
		files.some((file) => readDiagramSource(readFileSync(file, 'utf8')).interactive),
		'the node-tools map stays interactive'
	);
});

test('a linked diagram inlined on any page links to its edition\'s pages, with their fragments', () => {
	const svg = '<svg viewBox="0 0 1 1"><!-- the tools --><a href="../run-command/"><rect/></a><a href="../session-manager/#port-forwarding"><rect/></a><a href="https://example.com/"><rect/></a></svg>';
	const inlined = inlineDiagram(svg, 'figure__svg', (slug, fragment) => `/ssm-guide/en/${slug}/${fragment}`);
	assert.equal(
		inlined,
		'<svg class="figure__svg" viewBox="0 0 1 1"><a href="/ssm-guide/en/run-command/"><rect/></a><a href="/ssm-guide/en/session-manager/#port-forwarding"><rect/></a><a href="https://example.com/"><rect/></a></svg>'
	);
});
