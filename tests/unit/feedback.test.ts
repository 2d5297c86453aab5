import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTrackerUrl, reportIssueHref, reportIssueHrefs, withSection } from '../../src/plugins/feedback/issue-link.ts';

test('reportIssueHref adds GitHub-style title and body parameters', () => {
	const href = reportIssueHref('https://github.com/org/repo/issues/new', { title: '「料金」の誤り', body: 'ページ：https://x/a/#b\n節：料金' });
	const url = new URL(href);
	assert.equal(url.origin + url.pathname, 'https://github.com/org/repo/issues/new');
	assert.equal(url.searchParams.get('title'), '「料金」の誤り');
	assert.equal(url.searchParams.get('body'), 'ページ：https://x/a/#b\n節：料金');
});

test('reportIssueHref keeps the tracker’s own parameters and fills {title}/{body} where a tracker wants them', () => {
	const github = new URL(reportIssueHref('https://github.com/org/repo/issues/new?labels=docs', { title: 't', body: 'b' }));
	assert.equal(github.searchParams.get('labels'), 'docs');
	const gitlab = reportIssueHref('https://gitlab.example.com/g/p/-/issues/new?issue[title]={title}&issue[description]={body}', { title: 'a&b', body: '1\n2' });
	assert.equal(gitlab, 'https://gitlab.example.com/g/p/-/issues/new?issue[title]=a%26b&issue[description]=1%0A2');
});

test('parseTrackerUrl accepts http(s) URLs, treats empty as unset and names the variable on a bad value', () => {
	assert.equal(parseTrackerUrl(undefined, 'REPORT_ISSUE_URL'), undefined);
	assert.equal(parseTrackerUrl('  ', 'REPORT_ISSUE_URL'), undefined);
	assert.equal(parseTrackerUrl('https://github.com/o/r/issues/new', 'REPORT_ISSUE_URL'), 'https://github.com/o/r/issues/new');
	assert.equal(parseTrackerUrl('https://gitlab.example.com/new?t={title}', 'REPORT_ISSUE_URL'), 'https://gitlab.example.com/new?t={title}');
	assert.throws(() => parseTrackerUrl('github.com/o/r', 'REPORT_ISSUE_URL'), /REPORT_ISSUE_URL="github.com\/o\/r" is not a URL/);
	assert.throws(() => parseTrackerUrl('javascript:alert(1)', 'EDIT_LINK_BASE_URL'), /EDIT_LINK_BASE_URL must be an http\(s\) URL/);
});

test('reportIssueHrefs: the whole-page link, and the parts of it the browser swaps for the section being read', () => {
	for (const tracker of ['https://github.com/org/repo/issues/new', 'https://gitlab.example.com/g/p/-/issues/new?issue[title]={title}&issue[description]={body}']) {
		const strings = { title: '「{{page}}」の誤り：{{section}}', body: 'ページ：{{url}}\n節：{{section}}', page: 'Run Command', pageUrl: 'https://x/run-command/', wholePage: 'ページ全体' };
		const link = reportIssueHrefs(tracker, strings);
		const direct = (section: string, url: string) => reportIssueHref(tracker, { title: `「Run Command」の誤り：${section}`, body: `ページ：${url}\n節：${section}` });
		assert.equal(link.href, direct('ページ全体', 'https://x/run-command/'));
		const decoded = (href: string) => decodeURIComponent(href.replaceAll('+', ' '));
		const filled = withSection(link.href, link, 'A & B 料金', 'https://intra/ssm/run-command/#pricing');
		assert.equal(decoded(filled), decoded(direct('A & B 料金', 'https://intra/ssm/run-command/#pricing')));
		assert.doesNotMatch(decoded(filled), /ページ全体|https:\/\/x\//);
	}
});
