import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMention, firstNewMention, glossaryTerms, isLinkableText, termPattern } from '../../src/plugins/glossary/terms.ts';

const term = (text: string, id: string, language: 'ja' | 'en') => glossaryTerms([{ text, id }], language)[0]!;

test('a heading\'s qualifier is not part of the term; one-letter terms are dropped; longer terms come first', () => {
	const terms = glossaryTerms(
		[
			{ text: 'アクティベーション', id: 'activation' },
			{ text: 'ノードID（i- と mi-）', id: 'node-id' },
			{ text: 'アクティベーションコード', id: 'activation-code' },
			{ text: 'X', id: 'x' },
		],
		'ja'
	);
	assert.deepEqual(
		terms.map(({ term, id }) => [term, id]),
		[
			['アクティベーションコード', 'activation-code'],
			['アクティベーション', 'activation'],
			['ノードID', 'node-id'],
		]
	);
});

test('English terms match whole words in any case and with a plural; Japanese ones as written', () => {
	assert.ok(termPattern('managed node', 'en').test('Two Managed Nodes report'));
	assert.equal(new RegExp(termPattern('node', 'en')).test('nodejs'), false);
	assert.equal(new RegExp(termPattern('node', 'en')).test('node-id'), false);
	assert.ok(termPattern('関連付け', 'ja').test('State Managerの関連付けで'));
	assert.ok(termPattern('a.b', 'en').test('a.b') && !new RegExp(termPattern('a.b', 'en')).test('axb'));
});

test('a mention inside a page name is skipped unless it covers the whole name', () => {
	const activation = term('Activation', 'activation', 'en');
	assert.equal(findMention('Hybrid Activations are free', activation, ['Hybrid Activations']), undefined);
	assert.equal(findMention('Hybrid Activations need an activation code', activation, ['Hybrid Activations'])?.index, 27);
	const plugin = term('Session Manager plugin', 'session-manager-plugin', 'en');
	assert.equal(findMention('Install the Session Manager plugin', plugin, ['Session Manager'])?.index, 12);
});

test('each term links once per page, at its earliest mention in a text', () => {
	const terms = glossaryTerms(
		[
			{ text: 'SSM Agent', id: 'ssm-agent' },
			{ text: 'managed node', id: 'managed-node' },
		],
		'en'
	);
	const text = 'A managed node runs SSM Agent.';
	assert.equal(firstNewMention(text, terms, new Set(), [])?.term.id, 'managed-node');
	assert.equal(firstNewMention(text, terms, new Set(['managed-node']), [])?.term.id, 'ssm-agent');
	assert.equal(firstNewMention(text, terms, new Set(['managed-node', 'ssm-agent']), []), undefined);
});

test('text in headings, code, links, speaker notes and figures is not prose to link', () => {
	assert.equal(isLinkableText([{ type: 'element', tagName: 'p' }]), true);
	assert.equal(isLinkableText([]), true);
	for (const tagName of ['h2', 'code', 'a', 'figcaption', 'summary']) {
		assert.equal(isLinkableText([{ type: 'element', tagName: 'strong' }, { type: 'element', tagName }]), false, tagName);
	}
	for (const name of ['SpeakerNotes', 'Figure', 'SelfCheck', 'LinkCard']) {
		assert.equal(isLinkableText([{ type: 'element', tagName: 'p' }, { type: 'component', name }]), false, name);
	}
	assert.equal(isLinkableText([{ type: 'component', name: 'Aside' }]), true);
});
