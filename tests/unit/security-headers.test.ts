import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { collectInlineHashes, fillInlineHashes } from '../../src/plugins/security-headers/headers.ts';

const sha = (content: string) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
const outDir = mkdtempSync(join(tmpdir(), 'csp-'));
after(() => rmSync(outDir, { recursive: true, force: true }));

test('every executable inline script and every inline style of every page is hashed once, sorted', () => {
	mkdirSync(join(outDir, 'en'), { recursive: true });
	writeFileSync(join(outDir, 'index.html'), '<script>a()</script><script type="module">b()</script><script src="/x.js"></script><style>p{}</style>');
	writeFileSync(join(outDir, 'en', 'index.html'), '<script>a()</script><script type="application/ld+json">{}</script><style media="print">q{}</style>');
	const hashes = collectInlineHashes(outDir);
	assert.deepEqual(hashes.scripts, [sha('a()'), sha('b()')].sort());
	assert.deepEqual(hashes.styles, [sha('p{}'), sha('q{}')].sort());
});

test('the placeholders of header lines are filled; comment lines keep theirs', () => {
	const template = "# 'inline-script-hashes' is filled in\n/*\n  Content-Security-Policy: script-src 'self' 'inline-script-hashes'; style-src 'self' 'inline-style-hashes'";
	const filled = fillInlineHashes(template, { scripts: ["'sha256-A'", "'sha256-B'"], styles: ["'sha256-C'"] });
	assert.equal(
		filled,
		"# 'inline-script-hashes' is filled in\n/*\n  Content-Security-Policy: script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self' 'sha256-C'"
	);
});

test('a policy without a placeholder stops the build instead of shipping unhashed pages', () => {
	assert.throws(() => fillInlineHashes("/*\n  Content-Security-Policy: script-src 'self'", { scripts: [], styles: [] }), /must contain 'inline-script-hashes'/);
	assert.throws(() => fillInlineHashes("# 'inline-script-hashes' 'inline-style-hashes'", { scripts: [], styles: [] }), /must contain/);
});
