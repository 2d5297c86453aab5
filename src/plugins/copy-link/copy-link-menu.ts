/**
 * The copy-link menu of one heading (the section's URL, a Markdown link for wikis, 「タイトル — URL」 for chat) and the copying itself, loaded by copy-link.ts on the first sign that a
 * reader wants it. URLs are the page's shared address (src/lib/share-url.ts): the configured SITE_URL and BASE_PATH,
 * not whatever host the reader happens to use — or, in a build without SITE_URL, the address the reader has. Its strings come with it from strings.json, for the
 * page's edition, rather than from every page's HTML.
 */

import { formatString } from '../../i18n/format';
import allStrings from './strings.json' with { type: 'json' };
import { sharedPageUrl } from '../../lib/share-url';
import { markdownLink } from './markdown-link';

const feedbackMilliseconds = 2000;
const strings = allStrings[document.documentElement.lang === 'en' ? 'en' : 'ja'];

const pageUrl = sharedPageUrl();
const pageTitle = document.querySelector('h1')?.textContent?.trim() ?? document.title;
const statusRegion = document.querySelector<HTMLElement>('[data-copy-link-status]');

/**
 * The Clipboard API needs a secure context; an intranet server on plain http is not one, so fall back to the
 * older selection-based copy there.
 */
async function copyText(text: string): Promise<boolean> {
	try {
		if (navigator.clipboard && window.isSecureContext) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Permission denied or unavailable: try the fallback below.
	}
	const textarea = document.createElement('textarea');
	textarea.value = text;
	textarea.setAttribute('readonly', '');
	textarea.style.position = 'fixed';
	textarea.style.opacity = '0';
	document.body.append(textarea);
	textarea.select();
	// Deprecated, but still the only copy that works outside a secure context; typed on its own so that the one
	// intended use does not read as an oversight.
	const legacyCopy: { execCommand(command: 'copy'): boolean } = document;
	const copied = legacyCopy.execCommand('copy');
	textarea.remove();
	return copied;
}

function announce(message: string): void {
	if (!statusRegion) return;
	// Clearing first makes screen readers repeat the same message on a second copy.
	statusRegion.textContent = '';
	requestAnimationFrame(() => (statusRegion.textContent = message));
}

function createMenuItem(label: string, copiedMessage: string, value: () => string, toggle: HTMLButtonElement, menu: HTMLElement) {
	const item = document.createElement('button');
	item.type = 'button';
	item.className = 'copy-link__item';
	item.textContent = label;
	item.addEventListener('click', async () => {
		const copied = await copyText(value());
		menu.hidePopover();
		toggle.focus();
		announce(copied ? copiedMessage : strings['copyLink.failed']);
		toggle.dataset['feedback'] = copied ? strings['copyLink.copied'] : strings['copyLink.failed'];
		window.setTimeout(() => delete toggle.dataset['feedback'], feedbackMilliseconds);
	});
	return item;
}

/** Builds the menu of `toggle`'s heading and opens it; from then on the button opens and closes it by itself (popovertarget). */
export function openMenu(toggle: HTMLButtonElement, heading: HTMLElement): void {
	const text = heading.textContent?.trim() ?? '';
	const sectionUrl = new URL(`#${heading.id}`, pageUrl).href;
	const linkTitle = formatString(strings['copyLink.markdownText'], { section: text, page: pageTitle });
	const menu = document.createElement('div');
	menu.id = `copy-link-menu-${heading.id}`;
	menu.className = 'copy-link__menu';
	menu.setAttribute('popover', 'auto');
	menu.setAttribute('aria-label', formatString(strings['copyLink.menu'], { section: text }));
	menu.append(
		createMenuItem(strings['copyLink.copyUrl'], strings['copyLink.copiedUrl'], () => sectionUrl, toggle, menu),
		createMenuItem(strings['copyLink.copyMarkdown'], strings['copyLink.copiedMarkdown'], () => markdownLink(linkTitle, sectionUrl), toggle, menu),
		// Chat tools show a Markdown link as typed; a title and the bare URL read well there.
		createMenuItem(
			strings['copyLink.copyPlain'],
			strings['copyLink.copiedPlain'],
			() => formatString(strings['copyLink.plainText'], { title: linkTitle, url: sectionUrl }),
			toggle,
			menu
		)
	);
	menu.addEventListener('toggle', (event) => {
		toggle.setAttribute('aria-expanded', String((event as ToggleEvent).newState === 'open'));
		if ((event as ToggleEvent).newState !== 'open') return;
		// Popovers open in the top layer; place this one under its button.
		const rect = toggle.getBoundingClientRect();
		menu.style.top = `${rect.bottom + 4}px`;
		menu.style.left = `${Math.min(rect.left, window.innerWidth - menu.offsetWidth - 8)}px`;
		menu.querySelector<HTMLButtonElement>('.copy-link__item')?.focus();
	});
	menu.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		event.preventDefault();
		const items = [...menu.querySelectorAll<HTMLButtonElement>('.copy-link__item')];
		const current = items.indexOf(document.activeElement as HTMLButtonElement);
		const next = (current + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
		items[next]?.focus();
	});
	toggle.after(menu);
	toggle.setAttribute('popovertarget', menu.id);
	menu.showPopover();
}
