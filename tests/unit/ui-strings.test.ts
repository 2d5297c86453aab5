import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatString, pickStrings } from '../../src/i18n/format.ts';
import { asLanguage, languageOfEntryId, slugOfEntryId } from '../../src/i18n/locales.ts';
import { defineUiStrings, keysOf, mergeUiStrings, type UiStrings } from '../../src/i18n/ui-strings.ts';
import { formatDate, isoDate } from '../../src/plugins/study/format-date.ts';

test('a feature\'s strings must have the same keys in every language', () => {
	const strings = defineUiStrings('demo', { ja: { 'demo.a': 'あ', 'demo.b': 'い' }, en: { 'demo.a': 'A', 'demo.b': 'B' } });
	assert.deepEqual(keysOf(strings), ['demo.a', 'demo.b']);
	// Data that bypasses the types (a JSON file edited by hand) is caught when the plugin loads.
	const broken = { ja: { 'demo.a': 'あ', 'demo.b': 'い' }, en: { 'demo.a': 'A', 'demo.c': 'C' } } as unknown as UiStrings<'demo.a' | 'demo.b'>;
	assert.throws(() => defineUiStrings('demo', broken), /UI strings of "demo", en: missing "demo\.b", unknown "demo\.c"\./);
});

test('several features\' strings merge per language', () => {
	const merged = mergeUiStrings({ ja: { a: 'あ' }, en: { a: 'A' } }, { ja: { b: 'い' }, en: { b: 'B' } });
	assert.deepEqual(merged, { ja: { a: 'あ', b: 'い' }, en: { a: 'A', b: 'B' } });
});

test('placeholders are filled like Starlight\'s t(); unknown ones stay visible', () => {
	assert.equal(formatString('スライド {{current}} / {{ total }}', { current: 2, total: 9 }), 'スライド 2 / 9');
	assert.equal(formatString('{{missing}} stays'), '{{missing}} stays');
	assert.deepEqual(pickStrings({ a: 'x', b: 'y' }, ['b']), { b: 'y' });
	assert.throws(() => pickStrings({}, ['quiz.right']), /"quiz\.right" is missing/);
});

test('entry ids map to an edition and an edition-free slug', () => {
	assert.equal(languageOfEntryId('en/session-manager'), 'en');
	assert.equal(languageOfEntryId('en'), 'en');
	assert.equal(languageOfEntryId('english-notes'), 'ja');
	assert.equal(slugOfEntryId('en/session-manager'), 'session-manager');
	assert.equal(slugOfEntryId('en'), '');
	assert.equal(slugOfEntryId('run-command'), 'run-command');
	assert.equal(asLanguage('en'), 'en');
	assert.equal(asLanguage('fr'), 'ja');
	assert.equal(asLanguage(undefined), 'ja');
});

test('one long-date format per edition, read as a calendar date', () => {
	const date = new Date('2026-11-28');
	assert.equal(formatDate(date, 'ja'), '2026年11月28日');
	assert.equal(formatDate(date, 'en'), 'November 28, 2026');
	assert.equal(isoDate(date), '2026-11-28');
});
