/**
 * Adds a "copy link" button to every H2/H3 of the page content. It opens a small menu that copies either the
 * section's permanent URL or a Markdown link for wikis. The buttons are all a reader pays for at load: the menu
 * and the copying (copy-link-menu.ts) load on the first sign of use — the pointer over a button, focus on it, or
 * a press, which then opens the menu as soon as it is there.
 */

import { formatString } from '../../i18n/format';

const headingSelector = '.sl-markdown-content .sl-heading-wrapper:is(.level-h2, .level-h3)';
const toggleLabel = document.querySelector<HTMLElement>('[data-copy-link-status]')?.dataset['toggleLabel'] ?? '';

let menuModule: Promise<typeof import('./copy-link-menu')> | undefined;
function loadMenuModule() {
	// A failed fetch (a dropped connection) is tried again on the next intent.
	return (menuModule ??= import('./copy-link-menu').catch((error: unknown) => {
		menuModule = undefined;
		throw error;
	}));
}

function enhance(wrapper: Element): void {
	const heading = wrapper.querySelector<HTMLElement>(':scope > :is(h2, h3)');
	if (!heading?.id || wrapper.querySelector('.copy-link__toggle')) return;
	const toggle = document.createElement('button');
	toggle.type = 'button';
	toggle.className = 'copy-link__toggle';
	toggle.setAttribute('aria-label', formatString(toggleLabel, { section: heading.textContent?.trim() ?? '' }));
	toggle.setAttribute('aria-haspopup', 'true');
	toggle.setAttribute('aria-expanded', 'false');
	toggle.innerHTML =
		'<svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1Zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2Zm0 16H8V7h11v14Z"/></svg>';
	toggle.addEventListener('pointerenter', () => void loadMenuModule().catch(() => undefined), { passive: true });
	toggle.addEventListener('focus', () => void loadMenuModule().catch(() => undefined));
	toggle.addEventListener('click', (event) => {
		// Once its menu exists, the button is the menu's popovertarget and the browser opens and closes it.
		if (toggle.hasAttribute('popovertarget')) return;
		event.preventDefault();
		void loadMenuModule().then(
			({ openMenu }) => toggle.hasAttribute('popovertarget') || openMenu(toggle, heading),
			() => undefined
		);
	});
	wrapper.append(toggle);
}

document.querySelectorAll(headingSelector).forEach(enhance);

export {};
