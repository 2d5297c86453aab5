import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deckPartsFileOf, extractDeckParts } from '../../src/plugins/presentation/deck-parts.ts';

const notes =
	'<aside class="speaker-notes" data-speaker-notes data-minutes="2" data-pagefind-ignore hidden><p class="speaker-notes__label">スピーカーノート</p><ul><li>強調する</li></ul></aside>';
const points = '<div class="slide-points" data-slide-points data-steps data-pagefind-ignore hidden><p class="slide-points__message">一言</p><ul><li>a</li><li>b</li></ul></div>';

test('speaker notes and slide points leave the page in document order; their emptied elements stay, marked', () => {
	const page = `<h2 id="a">A</h2>${points}<p>本文</p>${notes}<div class="other">x</div>`;
	const { html, parts } = extractDeckParts(page, 'x/index.html');
	assert.deepEqual(parts, [
		'<p class="slide-points__message">一言</p><ul><li>a</li><li>b</li></ul>',
		'<p class="speaker-notes__label">スピーカーノート</p><ul><li>強調する</li></ul>',
	]);
	assert.equal(
		html,
		'<h2 id="a">A</h2><div class="slide-points" data-slide-points data-steps data-pagefind-ignore hidden data-deck-part></div><p>本文</p><aside class="speaker-notes" data-speaker-notes data-minutes="2" data-pagefind-ignore hidden data-deck-part></aside><div class="other">x</div>'
	);
	// Run twice (a second build step over the same output), nothing more moves.
	assert.deepEqual(extractDeckParts(html, 'x/index.html'), { html, parts: [] });
	assert.deepEqual(extractDeckParts('<p>no deck</p>', 'x/index.html'), { html: '<p>no deck</p>', parts: [] });
});

test('a part that cannot be moved safely stops the build, naming the page', () => {
	assert.throws(() => extractDeckParts('<div class="slide-points" hidden><div>nested</div></div>', 'run-command/index.html'), /run-command\/index\.html: a <div> inside a <Slide>/);
	assert.throws(() => extractDeckParts('<aside class="speaker-notes" hidden><p style="color:red">x</p></aside>', 'a/index.html'), /a\/index\.html: a script or style/);
});

test('each page folder gets its own deck.json; other HTML files keep their parts', () => {
	assert.equal(deckPartsFileOf('index.html'), 'deck.json');
	assert.equal(deckPartsFileOf('labs/run-command/index.html'), 'labs/run-command/deck.json');
	assert.equal(deckPartsFileOf('404.html'), undefined);
});
