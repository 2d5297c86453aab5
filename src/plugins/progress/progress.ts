import { formatString } from '../../i18n/format';
import { parseProgress, progressKey, setDone, summarise, type ProgressState } from './progress-state';
import allStrings from './strings.json' with { type: 'json' };

/**
 * Browser side of reading progress: applies the stored marks to every progress element of the page and handles the
 * toggle and the reset. progress-bootstrap.ts loads it only when there is something to show or do.
 */
const base = import.meta.env.BASE_URL;
const language = document.documentElement.lang === 'en' ? 'en' : 'ja';
const key = progressKey(base, language);
/** Where this edition's page URLs start: `/`, `/en/`, `/ssm-guide/en/`. */
const editionPrefix = `${base}${language === 'en' ? 'en/' : ''}`;
const strings = allStrings[language];

/** Planned minutes of every page of the course, from the page's summary (CourseProgress.astro). */
const minutesByPage = JSON.parse(document.querySelector('[data-minutes]')?.getAttribute('data-minutes') ?? '{}') as Record<string, number>;

const read = () => parseProgress(localStorage.getItem(key));

function slugOfHref(href: string): string | undefined {
	const { pathname } = new URL(href, location.href);
	return pathname.startsWith(editionPrefix) ? decodeURIComponent(pathname.slice(editionPrefix.length)).replace(/\/$/, '') : undefined;
}

function markDone(element: Element, done: boolean): void {
	element.toggleAttribute('data-done', done);
	let mark = element.querySelector(':scope > .progress-done-mark');
	if (done && !mark) {
		// A check mark to see, words for a screen reader.
		mark = document.createElement('span');
		mark.className = 'progress-done-mark';
		const check = document.createElement('span');
		check.ariaHidden = 'true';
		check.textContent = '✓';
		const words = document.createElement('span');
		words.className = 'sr-only';
		words.textContent = strings['progress.doneMark'];
		mark.append(check, words);
		element.append(mark);
	}
	if (!done) mark?.remove();
}

function render(state: ProgressState): void {
	const done = new Set(state.done);
	const { done: doneCount, total, remainingMinutes } = summarise(minutesByPage, state);
	for (const summary of document.querySelectorAll<HTMLElement>('[data-course-progress]')) {
		const text = summary.querySelector('[data-course-progress-text]')!;
		text.textContent = doneCount
			? formatString(strings['progress.summary'], {
					done: doneCount,
					total,
					minutes: remainingMinutes,
				})
			: (summary.dataset['idle'] ?? '');
		summary.querySelector('progress')?.setAttribute('value', String(doneCount));
	}
	for (const link of document.querySelectorAll<HTMLAnchorElement>(':is(.sidebar-content, .course-overview) a[href]')) {
		const slug = slugOfHref(link.href);
		if (slug !== undefined) markDone(link, done.has(slug));
	}
	for (const toggle of document.querySelectorAll('[data-progress-toggle]')) toggle.setAttribute('aria-pressed', String(done.has(toggle.getAttribute('data-progress-toggle')!)));
}

function announce(message: string): void {
	for (const status of document.querySelectorAll('[data-progress-status]')) status.textContent = message;
}

function save(state: ProgressState): void {
	if (state.done.length) localStorage.setItem(key, JSON.stringify(state));
	else localStorage.removeItem(key);
	render(state);
}

/** A progress button was pressed (progress-bootstrap.ts listens for the clicks). */
export function activate(control: Element): void {
	const slug = control.getAttribute('data-progress-toggle');
	if (slug !== null) {
		const done = control.getAttribute('aria-pressed') !== 'true';
		save(setDone(read(), slug, done));
		announce(strings[done ? 'progress.markedDone' : 'progress.unmarkedDone']);
	} else if (control.hasAttribute('data-progress-reset')) {
		save({ done: [] });
		announce(strings['progress.resetDone']);
	}
}

/** The marks changed elsewhere (another tab). */
export function refresh(): void {
	render(read());
}

render(read());
