import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editionHref, normaliseBasePath, pageAssetName, pagePathOfEntryId, pathInEdition, qrCodeFile, socialCardFile, withBasePath } from '../../src/lib/urls.ts';

test('a base path is written one way whatever slashes it came with', () => {
	for (const value of ['ssm-guide', '/ssm-guide', '/ssm-guide/', ' ssm-guide// ']) assert.equal(normaliseBasePath(value), '/ssm-guide/');
	assert.equal(normaliseBasePath(), '/');
	assert.equal(normaliseBasePath('/'), '/');
	assert.equal(normaliseBasePath('teams/ops'), '/teams/ops/');
});

test('site-root links get the base path once; other links stay as they are', () => {
	assert.equal(withBasePath('/overview/', '/ssm-guide/'), '/ssm-guide/overview/');
	assert.equal(withBasePath('/ssm-guide/overview/', '/ssm-guide/'), '/ssm-guide/overview/');
	assert.equal(withBasePath(withBasePath('/x/#y', '/ssm-guide/'), '/ssm-guide/'), '/ssm-guide/x/#y');
	for (const href of ['https://docs.aws.amazon.com/', '//cdn.example.com/a', '#pricing', '../x/', 'x/']) {
		assert.equal(withBasePath(href, '/ssm-guide/'), href);
	}
	assert.equal(withBasePath('/overview/', '/'), '/overview/');
});

test('edition paths: Japanese at the root, English under /en/', () => {
	assert.equal(pathInEdition('ja', '/glossary/#ssm-agent'), '/glossary/#ssm-agent');
	assert.equal(pathInEdition('en', '/glossary/#ssm-agent'), '/en/glossary/#ssm-agent');
	assert.equal(editionHref('en', '/pricing/', '/ssm-guide/'), '/ssm-guide/en/pricing/');
	assert.equal(editionHref('ja', '/pricing/', '/'), '/pricing/');
});

test('a page\'s card and QR code are named after its entry id, the Japanese home page as index', () => {
	assert.equal(pageAssetName(''), 'index');
	assert.equal(pageAssetName('index'), 'index');
	assert.equal(pageAssetName('en'), 'en');
	assert.equal(socialCardFile('en/session-manager'), 'en/session-manager.png');
	assert.equal(socialCardFile(''), 'index.png');
	assert.equal(qrCodeFile('session-manager'), 'session-manager.svg');
	assert.equal(qrCodeFile(''), 'index.svg');
});

test('the page path of an entry id: home pages end at their edition root', () => {
	assert.equal(pagePathOfEntryId('index'), '/');
	assert.equal(pagePathOfEntryId(''), '/');
	assert.equal(pagePathOfEntryId('en'), '/en/');
	assert.equal(pagePathOfEntryId('en/run-command'), '/en/run-command/');
});
