/**
 * Stands in for starlight-image-zoom's page script (see zoom-on-demand-vite.ts): the plugin's code (1.8 KB gzip)
 * loads when a reader reaches for a figure — pointer over it, focus on its zoom button, or a press — instead of
 * with every page. The plugin starts itself on DOMContentLoaded, long past by then, or on Astro's
 * `astro:after-swap`, which this dispatches once the code is in; a press that came first is replayed when the
 * plugin has wired up its figures (in an idle callback, so ours, posted after, runs after it).
 */
const zoomable = 'starlight-image-zoom-zoomable';
const onIdle: (callback: () => void) => void = globalThis.requestIdleCallback ?? ((callback) => setTimeout(callback, 1));

let ready: Promise<void> | undefined;

function load(): Promise<void> {
	return (ready ??= import('virtual:starlight-image-zoom-runtime').then(
		() =>
			new Promise<void>((resolve) => {
				document.dispatchEvent(new Event('astro:after-swap'));
				onIdle(resolve);
			}),
		(error: unknown) => {
			// A dropped connection: the next intent tries again.
			ready = undefined;
			throw error;
		}
	));
}

let wired = false;

function figureOf(event: Event): HTMLElement | null {
	return event.target instanceof Element ? event.target.closest<HTMLElement>(zoomable) : null;
}

for (const type of ['pointerover', 'focusin']) {
	document.addEventListener(type, (event) => figureOf(event) && load().catch(() => undefined), { passive: true });
}
// Before the plugin has wired the figures, a press on one loads it and is then replayed.
document.addEventListener(
	'click',
	(event) => {
		if (wired || !figureOf(event) || !(event.target instanceof HTMLElement || event.target instanceof SVGElement)) return;
		const target = event.target.closest<HTMLElement>('button, img, svg') ?? event.target;
		event.stopPropagation();
		event.preventDefault();
		load().then(
			() => {
				wired = true;
				target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
			},
			() => undefined
		);
	},
	{ capture: true }
);
