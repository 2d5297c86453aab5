import { withSection } from './issue-link';

/**
 * On activation, the 「誤りを報告」 link gets the section the reader was in and the page's address as the reader
 * sees it. The link sits in the footer, so reaching it scrolls past every section: the section counted is the one
 * at the top of the window while the footer was still out of sight, or else the one in the address bar.
 */
const link = document.querySelector<HTMLAnchorElement>('a[data-report-issue]');
if (link) {
	const headings = [...document.querySelectorAll<HTMLElement>('.sl-markdown-content :is(h2, h3)[id]')];
	const footer = document.querySelector('footer')!;
	const wholePageHref = link.href;
	const wholePage = {
		encodedSection: link.dataset['reportIssue']!,
		encodedUrl: link.dataset['pageUrl']!,
	};
	let sectionBeingRead: HTMLElement | undefined;
	addEventListener(
		'scroll',
		() => {
			if (footer.getBoundingClientRect().top > innerHeight) sectionBeingRead = headings.findLast((heading) => heading.getBoundingClientRect().top <= 120);
		},
		{ passive: true }
	);
	const update = () => {
		const heading = sectionBeingRead ?? document.getElementById(decodeURIComponent(location.hash.slice(1)));
		// Without a section, the build's own link (the whole page) stands.
		link.href = heading ? withSection(wholePageHref, wholePage, heading.textContent!.trim(), `${location.origin}${location.pathname}#${heading.id}`) : wholePageHref;
	};
	// Before the browser follows the link (click, Enter, middle click, the context menu's "open in new tab").
	for (const type of ['pointerdown', 'keydown', 'focus', 'click']) link.addEventListener(type, update);
}
