import { progressKey } from './progress-key.ts';

/**
 * On every page, and all a reader who marks nothing pays for: progress.ts (the marks, the summary, the strings) is
 * fetched only when this edition has marks stored, when the reader presses a progress button, or when another tab
 * marks a page.
 */
const key = progressKey(import.meta.env.BASE_URL, document.documentElement.lang === 'en' ? 'en' : 'ja');
let runtime: Promise<typeof import('./progress')> | undefined;
const load = () => (runtime ??= import('./progress'));

if (localStorage.getItem(key)) void load();
document.addEventListener('click', (event) => {
	const control = event.target instanceof Element ? event.target.closest('[data-progress-toggle], [data-progress-reset]') : null;
	if (control) void load().then((progress) => progress.activate(control));
});
addEventListener('storage', (event) => {
	if (event.key === key) void load().then((progress) => progress.refresh());
});
