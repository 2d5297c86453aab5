/** The UI strings copy-link.ts needs; CopyLinks.astro passes them for the page's language. */
export const copyLinkStringKeys = [
	'copyLink.copyUrl',
	'copyLink.copyMarkdown',
	'copyLink.copiedUrl',
	'copyLink.copiedMarkdown',
	'copyLink.copied',
	'copyLink.failed',
	'copyLink.toggle',
	'copyLink.menu',
	'copyLink.markdownText',
] as const;

export type CopyLinkStringKey = (typeof copyLinkStringKeys)[number];
