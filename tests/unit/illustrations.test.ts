import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
	composeTemplate,
	escapeHtml,
	expandSlots,
	fillTemplate,
	illustrationPath,
	parseStrings,
	parseTemplate,
	readSlots,
	templateKeys,
	type SharedStrings,
	type Slot,
} from '../../scripts/lib/illustration-templates.ts';

/**
 * The template filling behind scripts/render-illustrations.mjs, without a browser: layouts and their parameters,
 * placeholders, escaping, the missing/unused key checks, where each language's picture goes, and the real templates
 * of scripts/illustrations/.
 */
const shared: SharedStrings = { strings: { ja: { tag: '模式図' }, en: { tag: 'Schematic' } }, file: '_shared/strings.json' };

function slot(template: string, strings: Slot['strings']): Slot {
	return { slot: 'tool/pic.png', template, templateFile: 'tool/pic.png.html', strings, stringsFile: 'tool/pic.png.strings.json' };
}

test('text is escaped for element content and quoted attributes', () => {
	assert.equal(escapeHtml(`a < b & "c" > 'd'`), 'a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;');
	assert.equal(escapeHtml('東京（ap-northeast-1）'), '東京（ap-northeast-1）');
});

test('placeholders are filled, escaped unless the key is an …Html one, and {{lang}} is the language', () => {
	const template = '<html lang="{{lang}}"><p title="{{ hint }}">{{text}}</p><p>{{noteHtml}}</p>';
	const filled = fillTemplate(template, 'en', { hint: 'say "hi"', text: 'A > B', noteHtml: 'one<br>two' }, 'x.html');
	assert.equal(filled, '<html lang="en"><p title="say &quot;hi&quot;">A &gt; B</p><p>one<br>two</p>');
});

test('a template lists its keys once each, in order, and a malformed placeholder names the file', () => {
	assert.deepEqual(templateKeys('{{b}} {{a}} {{b}} {{lang}}', 'x.html'), ['b', 'a', 'lang']);
	assert.throws(() => templateKeys('<p>{{two words}}</p>', 'x.html'), /x\.html: "\{\{two words\}\}" is not a placeholder name/);
	assert.throws(() => templateKeys('<p>{{title</p>', 'x.html'), /x\.html: unmatched "\{\{"/);
	assert.throws(() => templateKeys('<p>title}}</p>', 'x.html'), /x\.html: unmatched "\}\}"/);
});

test('the root language keeps the plain path, any other goes under its code', () => {
	assert.equal(illustrationPath('patch-manager/pm-7.jpg', 'ja'), 'patch-manager/pm-7.jpg');
	assert.equal(illustrationPath('patch-manager/pm-7.jpg', 'en'), 'en/patch-manager/pm-7.jpg');
	assert.equal(illustrationPath('patch-manager/pm-7.jpg', 'pt-BR'), 'pt-BR/patch-manager/pm-7.jpg');
});

test('every language of a strings file is rendered, with the shared strings, sorted by output path', () => {
	const renderings = expandSlots([slot('<p>{{word}} {{tag}}</p>', { ja: { word: '語' }, en: { word: 'Word' }, de: { word: 'Wort' } })], {
		...shared,
		strings: { ...shared.strings, de: { tag: 'Schema' } },
	});
	assert.deepEqual(
		renderings.map(({ key, lang, html }) => [key, lang, html]),
		[
			['de/tool/pic.png', 'de', '<p>Wort Schema</p>'],
			['en/tool/pic.png', 'en', '<p>Word Schematic</p>'],
			['tool/pic.png', 'ja', '<p>語 模式図</p>'],
		],
	);
});

test('a key the template uses that a language lacks stops the render, naming the template, key and language', () => {
	assert.throws(
		() => expandSlots([slot('<p>{{word}}{{tag}}</p>', { ja: { word: '語' }, en: {} })], shared),
		/tool\/pic\.png\.html: \{\{word\}\} has no "en" string in tool\/pic\.png\.strings\.json/,
	);
	assert.throws(
		() => expandSlots([slot('<p>{{tag}}</p>', { ja: {}, fr: {} })], shared),
		/\{\{tag\}\} has no "fr" string .*nor in _shared\/strings\.json/,
	);
});

test('a key a language has that the template never uses stops the render, naming the strings file and key', () => {
	assert.throws(
		() => expandSlots([slot('<p>{{tag}}</p>', { ja: {}, en: { stale: 'Old words' } })], shared),
		/tool\/pic\.png\.strings\.json: "en"\."stale" is never used by tool\/pic\.png\.html/,
	);
	assert.throws(
		() => expandSlots([slot('<p>x</p>', { ja: {} })], shared),
		/_shared\/strings\.json: "ja"\."tag" is never used by any template/,
	);
	assert.throws(
		() => expandSlots([slot('<p>{{tag}}</p>', { ja: { tag: '別' } })], shared),
		/"ja"\."tag" is also in _shared\/strings\.json/,
	);
});

test('all mistakes are reported at once', () => {
	const error = (() => {
		try {
			expandSlots([slot('<p>{{a}}{{tag}}</p>', { ja: { b: '' }, en: { a: '' } })], shared);
		} catch (caught) {
			return (caught as Error).message;
		}
		return '';
	})();
	assert.match(error, /\{\{a\}\} has no "ja" string/);
	assert.match(error, /"ja"\."b" is never used/);
	assert.equal(error.split('\n').length, 3);
});

test('a strings file is checked for its shape and needs the root language', () => {
	assert.deepEqual(parseStrings('{"ja":{"a":"あ"}}', 's.json'), { ja: { a: 'あ' } });
	assert.throws(() => parseStrings('{"en":{"a":"A"}}', 's.json'), /s\.json: no "ja" strings/);
	assert.throws(() => parseStrings('{"ja":{"a":1}}', 's.json'), /s\.json: "ja"\."a" must be a string/);
	assert.throws(() => parseStrings('{"ja":{},"../x":{}}', 's.json'), /s\.json: "\.\.\/x" is not a language code/);
	assert.throws(() => parseStrings('{"ja":{"lang":"ja"}}', 's.json'), /filled in by the renderer/);
	assert.throws(() => parseStrings('{"ja":', 's.json'), /^Error: s\.json: /);
});

/** composeTemplate over files given here instead of read from scripts/illustrations/. */
function compose(files: Record<string, string>, path = 'tool/pic.png.html'): string {
	return composeTemplate(path, (file) => files[file]);
}

const page = `---
size: 1600x900
---
<html lang="{{lang}}"><meta name="illustration-size" content="{{@size}}">
{{@stylesheet}}
{{@script}}
<body>
{{@content}}
</body>
`;
const frame = `---
layout: _shared/page
stylesheet: ../_shared/console.css
script: ../_shared/chrome.js
crumb: <p>{{breadcrumb}}</p>
---
<main {{@window}}>{{@crumb}}
{{@content}}
</main>
`;

test('front matter: name: value lines between --- lines, comments and blank lines skipped, the rest is the body', () => {
	assert.deepEqual(parseTemplate('---\n# why\nlayout: _shared/page\n\nwindow: data-nav="fleet"  \nbreadcrumb:\n---\n<p>x</p>\n', 'x.html'), {
		layout: '_shared/page',
		params: { window: 'data-nav="fleet"', breadcrumb: '' },
		body: '<p>x</p>\n',
	});
	assert.deepEqual(parseTemplate('<p>---</p>\n', 'x.html'), { params: {}, body: '<p>---</p>\n' });
});

test('malformed front matter names the file and line', () => {
	assert.throws(() => parseTemplate('---\nlayout: _shared/page\n<p>x</p>\n', 'x.html'), /x\.html: the front matter opened by "---" on line 1 is never closed/);
	assert.throws(() => parseTemplate('---\n<p>x</p>\n---\n', 'x.html'), /x\.html:2: expected "name: value" in the front matter/);
	assert.throws(() => parseTemplate('---\nsize: 1\nsize: 2\n---\n', 'x.html'), /x\.html:3: "size" is set twice/);
	assert.throws(() => parseTemplate('---\ncontent: x\n---\n', 'x.html'), /x\.html:2: "content" is the body a layout wraps/);
	assert.throws(() => parseTemplate('---\nlayout: ../up\n---\n', 'x.html'), /x\.html:2: layout "\.\.\/up" is not a path/);
	assert.throws(() => parseTemplate('---\na: {{@b}}\n---\n', 'x.html'), /x\.html:2: "a" is inserted as written, so it cannot hold another \{\{@…\}\}/);
});

test('a slot is wrapped in its layout, and that in its own: the body without its final newline, parameters filled', () => {
	const slot = '---\nlayout: _shared/frame\nstylesheet: pic.png.css\nwindow: data-nav="fleet"\n---\n<h1>{{title}}</h1>\n';
	const files = { 'tool/pic.png.html': slot, '_shared/frame.html': frame, '_shared/page.html': page };
	assert.equal(
		compose(files),
		[
			'<html lang="{{lang}}"><meta name="illustration-size" content="1600x900">',
			'<link rel="stylesheet" href="../_shared/console.css">',
			'<link rel="stylesheet" href="pic.png.css">',
			'<script src="../_shared/chrome.js" defer></script>',
			'<body>',
			'<main data-nav="fleet"><p>{{breadcrumb}}</p>',
			'<h1>{{title}}</h1>',
			'</main>',
			'</body>',
			'',
		].join('\n'),
	);
	// A slot's value wins over a layout's default; an empty one is allowed.
	const own = compose({ ...files, 'tool/pic.png.html': '---\nlayout: _shared/frame\nsize: 800x600\nwindow:\ncrumb:\n---\nx\n' });
	assert.match(own, /content="800x600"/);
	assert.match(own, /<main >\nx\n<\/main>/);
	// Without front matter a template is the whole page, as written.
	assert.equal(compose({ 'tool/pic.png.html': '<p>{{a}}</p>\n' }), '<p>{{a}}</p>\n');
	// `<pre>{{@content}}</pre>` holds exactly the body: whitespace-sensitive text is not changed.
	assert.equal(compose({ 'tool/pic.png.html': '---\nlayout: t\n---\n  a\n\nb\n', 't.html': '<pre>{{@content}}</pre>\n' }), '<pre>  a\n\nb</pre>\n');
});

test('a missing or looping layout stops with the file that names it', () => {
	assert.throws(() => compose({ 'tool/pic.png.html': '---\nlayout: _shared/nope\n---\nx\n' }), /tool\/pic\.png\.html: layout "_shared\/nope" not found \(no _shared\/nope\.html\)/);
	assert.throws(
		() => compose({ 'tool/pic.png.html': '---\nlayout: a\n---\nx\n', 'a.html': '---\nlayout: b\n---\n{{@content}}', 'b.html': '---\nlayout: a\n---\n{{@content}}' }),
		/b\.html: layout "a" makes a loop: tool\/pic\.png\.html → a\.html → b\.html → a\.html/,
	);
	assert.throws(() => composeTemplate('tool/gone.png.html', () => undefined, 'scripts/illustrations'), /scripts\/illustrations\/tool\/gone\.png\.html: not found/);
});

test('a parameter nothing sets, or one nothing uses, stops with the file and the name', () => {
	const files = { '_shared/frame.html': frame, '_shared/page.html': page };
	assert.throws(
		() => compose({ ...files, 'tool/pic.png.html': '---\nlayout: _shared/frame\n---\nx\n' }),
		/_shared\/frame\.html: \{\{@window\}\} is set neither by tool\/pic\.png\.html nor by its layouts/,
	);
	assert.throws(
		() => compose({ ...files, 'tool/pic.png.html': '---\nlayout: _shared/frame\nwindow:\nwindwo: data-nav="fleet"\n---\nx\n' }),
		/tool\/pic\.png\.html: "windwo" is used by none of tool\/pic\.png\.html, _shared\/frame\.html, _shared\/page\.html/,
	);
	assert.throws(() => compose({ 'tool/pic.png.html': '---\nstylesheet: a.css\n---\n<p>x</p>\n' }), /tool\/pic\.png\.html: "stylesheet" is used by none/);
	assert.throws(() => compose({ 'tool/pic.png.html': '<p>{{@content}}</p>\n' }), /tool\/pic\.png\.html: \{\{@content\}\} belongs in a layout/);
	assert.throws(() => compose({ 'tool/pic.png.html': '<p>{{@two words}}</p>\n' }), /tool\/pic\.png\.html: "\{\{@two words\}\}" is not a parameter name/);
});

test('reading a folder skips layouts (_*.html) and reports every slot that cannot be put together at once', () => {
	const dir = mkdtempSync(join(tmpdir(), 'illustrations-'));
	try {
		const write = (file: string, text: string) => {
			mkdirSync(join(dir, file, '..'), { recursive: true });
			writeFileSync(join(dir, file), text);
		};
		write('_shared/strings.json', '{"ja":{}}');
		write('tool/_frame.html', '<main>{{@content}}</main>\n');
		write('tool/a.png.html', '---\nlayout: tool/_frame\n---\n<p>a</p>\n');
		write('tool/a.png.strings.json', '{"ja":{}}');
		assert.deepEqual(readSlots(dir, 'ill').slots.map(({ slot, template }) => [slot, template]), [['tool/a.png', '<main><p>a</p></main>\n']]);
		write('tool/b.png.html', '---\nlayout: tool/_gone\n---\n');
		write('tool/b.png.strings.json', '{"ja":{}}');
		write('tool/c.png.html', '---\nlayout: tool/_frame\nsize: 1x1\n---\n');
		write('tool/c.png.strings.json', '{"ja":{}}');
		assert.throws(() => readSlots(dir, 'ill'), (error: Error) => {
			assert.match(error.message, /ill\/tool\/b\.png\.html: layout "tool\/_gone" not found \(no ill\/tool\/_gone\.html\)/);
			assert.match(error.message, /ill\/tool\/c\.png\.html: "size" is used by none of/);
			return true;
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('the templates of scripts/illustrations/ fill for every language, to the pictures the manifest records', () => {
	const { slots, shared: realShared } = readSlots('scripts/illustrations');
	const renderings = expandSlots(slots, realShared);
	const manifest = JSON.parse(readFileSync('src/assets/screenshots/generated.json', 'utf8')) as Record<string, string>;
	// Each rendering is drawn twice: light as the slot, dark as dark/<slot> (scripts/render-illustrations.mjs).
	const drawn = renderings.flatMap(({ key }) => [key, `dark/${key}`]).sort((a, b) => a.localeCompare(b));
	assert.deepEqual(drawn, Object.keys(manifest).sort((a, b) => a.localeCompare(b)));
	for (const { key, lang, html } of renderings) {
		// Every slot ends up in _shared/page.html: one document. The site's caption says 模式図; a tag drawn into the
		// picture too would say it twice under every figure.
		assert.ok(html.startsWith(`<!doctype html>\n<html lang="${lang}">`), `${key}: <html lang="${lang}">`);
		const drawn = html.replace(/<title>.*?<\/title>/s, '');
		assert.doesNotMatch(drawn, /schematic|模式図/i, `${key}: no 模式図 tag inside the picture`);
		assert.doesNotMatch(html, /\{\{|\}\}/, key);
	}
});
