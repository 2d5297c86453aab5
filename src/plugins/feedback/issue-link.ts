/**
 * The 「誤りを報告」 link's address: the issue tracker's "new issue" URL with the title and body filled in. The
 * tracker's URL may name where they go with `{title}` and `{body}` (GitLab:
 * `…/issues/new?issue[title]={title}&issue[description]={body}`); without them, `title` and `body` query
 * parameters are added, as GitHub, Gitea and Forgejo read them.
 */
export function reportIssueHref(trackerUrl: string, { title, body }: { title: string; body: string }): string {
	if (trackerUrl.includes('{title}') || trackerUrl.includes('{body}')) {
		return trackerUrl.replaceAll('{title}', encodeURIComponent(title)).replaceAll('{body}', encodeURIComponent(body));
	}
	const url = new URL(trackerUrl);
	url.searchParams.set('title', title);
	url.searchParams.set('body', body);
	return url.href;
}

/**
 * The link as the build writes it: the whole page's issue address (it works without JavaScript) and, for the
 * browser to swap (withSection), the whole-page label and the page address exactly as they are encoded in it.
 * `title` and `body` are the UI strings with `{{page}}`, `{{section}}` and `{{url}}`.
 */
export function reportIssueHrefs(
	trackerUrl: string,
	{
		title,
		body,
		page,
		pageUrl,
		wholePage,
	}: {
		title: string;
		body: string;
		page: string;
		pageUrl: string;
		wholePage: string;
	}
): { href: string; encodedSection: string; encodedUrl: string } {
	const fill = (text: string, section: string, url: string) => text.replaceAll('{{page}}', page).replaceAll('{{section}}', section).replaceAll('{{url}}', url);
	const href = reportIssueHref(trackerUrl, {
		title: fill(title, wholePage, pageUrl),
		body: fill(body, wholePage, pageUrl),
	});
	// Query parameters (GitHub style) encode as forms do; a tracker's own {title}/{body} as encodeURIComponent.
	const encode = (text: string) =>
		trackerUrl.includes('{title}') || trackerUrl.includes('{body}') ? encodeURIComponent(text) : new URLSearchParams({ x: text }).toString().slice(2);
	return {
		href,
		encodedSection: encode(wholePage),
		encodedUrl: encode(pageUrl),
	};
}

/** The whole-page address with the section being read and its address in place of the whole-page ones. */
export function withSection(href: string, { encodedSection, encodedUrl }: { encodedSection: string; encodedUrl: string }, section: string, url: string): string {
	return href.replaceAll(encodedSection, encodeURIComponent(section)).replaceAll(encodedUrl, encodeURIComponent(url));
}

/** A tracker URL from the environment, checked when the site is built: an https (or http) URL, or nothing. */
export function parseTrackerUrl(value: string | undefined, variable: string): string | undefined {
	if (!value?.trim()) return undefined;
	let url: URL;
	try {
		url = new URL(value.replaceAll('{title}', 'x').replaceAll('{body}', 'x'));
	} catch {
		throw new Error(`${variable}="${value}" is not a URL (e.g. https://github.com/ORG/REPO/issues/new).`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${variable} must be an http(s) URL, not ${url.protocol}`);
	return value.trim();
}
