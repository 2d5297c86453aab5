/**
 * Stands in for `@pagefind/default-ui` in Starlight's Search.astro (see index.ts): `new PagefindUI(options)` only
 * records the options; the real UI is imported and built when the reader shows an intent to search — pointer over
 * or focus on the search button (so on a fast link it is there by the time the dialog opens), a press of it, or
 * the dialog opening by any other way (Ctrl+K). Until then the page fetches nothing for search.
 */
type PagefindOptions = { element: string } & Record<string, unknown>;

let started = false;

function start(options: PagefindOptions): void {
	if (started) return;
	started = true;
	// The package's own ES module, by path: the bare name is what this file stands in for.
	import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then(
		({ PagefindUI }) => {
			new PagefindUI(options);
			// Starlight focused the box when the dialog opened, before the box existed.
			const dialog = document.querySelector('site-search dialog');
			if (dialog?.hasAttribute('open')) dialog.querySelector('input')?.focus();
		},
		// A failed fetch (a dropped connection): the next intent tries again.
		() => (started = false)
	);
}

export class PagefindUI {
	constructor(options: PagefindOptions) {
		const button = document.querySelector('site-search button[data-open-modal]');
		const dialog = document.querySelector('site-search dialog');
		const now = () => start(options);
		for (const type of ['pointerenter', 'focus', 'click', 'touchstart']) button?.addEventListener(type, now, { passive: true });
		if (dialog) new MutationObserver(() => dialog.hasAttribute('open') && now()).observe(dialog, { attributes: true, attributeFilter: ['open'] });
		// Starlight's own shortcut, heard here too rather than only through the dialog opening.
		addEventListener('keydown', (event) => (event.ctrlKey || event.metaKey) && event.key === 'k' && now());
		// Starlight creates this in an idle callback, which a busy machine may run late: the reader may already be
		// pointing at the button, on it with the keyboard, or in the dialog.
		if (!button || !dialog || dialog.hasAttribute('open') || button.matches(':hover, :focus')) now();
	}
}
