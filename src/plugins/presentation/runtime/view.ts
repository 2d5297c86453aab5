/**
 * What presentation mode adds to the page: the title slide, the control bar and, in the presenter window only,
 * the panel with the notes and the next slide's title. The markup is written as templates (the CSS and the tests
 * rely on its classes and attributes); the nodes the controller updates are looked up once and handed over typed,
 * so a node that a mode does not have is absent from its type, not faked.
 */
import { formatString, type Strings } from '../../../i18n/format';
import type { PresentationStringKey } from '../strings';
import type { TimerReadout } from './slides';

export type PresentationStrings = Strings<PresentationStringKey>;

export interface TitleSlideInfo {
	siteTitle: string;
	title: string;
	/** Planned minutes for the page; 0 leaves the line out. */
	duration: number;
	qrSrc: string | undefined;
	pageUrl: string;
}

export function createTitleSlide(strings: PresentationStrings, { siteTitle, title, duration, qrSrc, pageUrl }: TitleSlideInfo): HTMLElement {
	const slide = document.createElement('section');
	slide.className = 'presentation-title-slide';
	slide.setAttribute('aria-label', strings['presentation.titleSlide']);
	const qrAlt = formatString(strings['presentation.qrAlt'], { url: pageUrl });
	const qr = qrSrc
		? `<figure class="presentation-title-slide__qr"><img src="${qrSrc}" width="200" height="200" alt="${escapeHtml(qrAlt)}"><figcaption>${escapeHtml(strings['presentation.qrCaption'])}</figcaption></figure>`
		: '';
	const durationText = formatString(strings['presentation.duration'], { minutes: duration });
	slide.innerHTML = `
		<div class="presentation-title-slide__text">
			<p class="presentation-title-slide__site">${escapeHtml(siteTitle)}</p>
			<p class="presentation-title-slide__title">${escapeHtml(title)}</p>
			${duration ? `<p class="presentation-title-slide__duration">${escapeHtml(durationText)}</p>` : ''}
			<p class="presentation-title-slide__url">${escapeHtml(pageUrl)}</p>
		</div>
		${qr}`;
	return slide;
}

/** The nodes both windows have. */
interface SharedControls {
	root: HTMLElement;
	progress: HTMLElement;
	prevZone: HTMLButtonElement;
	nextZone: HTMLButtonElement;
	prevButton: HTMLButtonElement;
	nextButton: HTMLButtonElement;
	counter: HTMLElement;
	timer: HTMLElement;
	elapsed: HTMLElement;
	total: HTMLElement;
	slideTime: HTMLElement;
	overWarning: HTMLElement;
	fullscreenButton: HTMLButtonElement;
	exitButton: HTMLButtonElement;
	announcer: HTMLElement;
}

/** Beside the slide in the presenter window: what comes next and what to say. */
export interface PresenterPanel {
	nextTitle: HTMLElement;
	notes: HTMLElement;
}

/** The audience window can open the presenter window; the presenter window shows the notes instead. */
export type Controls =
	| (SharedControls & { mode: 'audience'; openPresenterButton: HTMLButtonElement })
	| (SharedControls & { mode: 'presenter'; presenterPanel: PresenterPanel });

export function createControls(strings: PresentationStrings, presenter: boolean): Controls {
	const text = (key: PresentationStringKey) => escapeHtml(strings[key]);
	const root = document.createElement('div');
	root.className = 'presentation-ui';
	root.setAttribute('role', 'region');
	root.setAttribute('aria-label', strings['presentation.region']);
	root.innerHTML = `
		<div class="presentation-progress" aria-hidden="true"><div class="presentation-progress__bar"></div></div>
		<button type="button" class="presentation-zone presentation-zone--prev" aria-label="${text('presentation.previousSlide')}" tabindex="-1"></button>
		<button type="button" class="presentation-zone presentation-zone--next" aria-label="${text('presentation.nextSlide')}" tabindex="-1"></button>
		${
			presenter
				? `<aside class="presentation-presenter" aria-label="${text('presentation.presenterView')}">
			<p class="presentation-presenter__heading">${text('presentation.nextSlide')}</p>
			<p class="presentation-presenter__next" data-next-title></p>
			<p class="presentation-presenter__heading">${text('presentation.notes')}</p>
			<div class="presentation-notes" data-notes></div>
		</aside>`
				: ''
		}
		<div class="presentation-bar" role="toolbar" aria-label="${text('presentation.controls')}">
			<button type="button" data-prev>${text('presentation.back')}</button>
			<span class="presentation-bar__counter" data-counter></span>
			<button type="button" data-next>${text('presentation.forward')}</button>
			<span class="presentation-timer" data-timer>
				<span class="presentation-timer__label">${text('presentation.elapsed')}</span> <span data-elapsed>0:00</span> / <span data-total></span>
				<span class="presentation-timer__label">${text('presentation.thisSlide')}</span> <span data-slide-time></span>
				<strong class="presentation-timer__over" data-over hidden>${text('presentation.overTime')}</strong>
			</span>
			<span class="presentation-bar__spacer"></span>
			<button type="button" data-fullscreen>${text('presentation.fullscreen')}</button>
			${presenter ? '' : `<button type="button" data-presenter>${text('presentation.openPresenterView')}</button>`}
			<button type="button" data-exit>${text('presentation.exit')}</button>
		</div>
		<p class="sr-only" aria-live="polite" data-announcer></p>
		<p class="presentation-more" aria-hidden="true">${text('presentation.more')}</p>`;
	const shared: SharedControls = {
		root,
		progress: part(root, '.presentation-progress__bar'),
		prevZone: part<HTMLButtonElement>(root, '.presentation-zone--prev'),
		nextZone: part<HTMLButtonElement>(root, '.presentation-zone--next'),
		prevButton: part<HTMLButtonElement>(root, '[data-prev]'),
		nextButton: part<HTMLButtonElement>(root, '[data-next]'),
		counter: part(root, '[data-counter]'),
		timer: part(root, '[data-timer]'),
		elapsed: part(root, '[data-elapsed]'),
		total: part(root, '[data-total]'),
		slideTime: part(root, '[data-slide-time]'),
		overWarning: part(root, '[data-over]'),
		fullscreenButton: part<HTMLButtonElement>(root, '[data-fullscreen]'),
		exitButton: part<HTMLButtonElement>(root, '[data-exit]'),
		announcer: part(root, '[data-announcer]'),
	};
	return presenter
		? { ...shared, mode: 'presenter', presenterPanel: { nextTitle: part(root, '[data-next-title]'), notes: part(root, '[data-notes]') } }
		: { ...shared, mode: 'audience', openPresenterButton: part<HTMLButtonElement>(root, '[data-presenter]') };
}

/** Counter, progress bar and the screen reader announcement for the slide on screen. */
export function renderPosition(
	ui: Controls,
	strings: PresentationStrings,
	{ index, slideCount, title, progressPercent }: { index: number; slideCount: number; title: string; progressPercent: number }
): void {
	ui.counter.textContent = `${index + 1} / ${slideCount}`;
	ui.progress.style.width = `${progressPercent}%`;
	ui.announcer.textContent = formatString(strings['presentation.announce'], { current: index + 1, total: slideCount, title });
}

/** The notes of the slide on screen and the title of the next one (`undefined` on the last slide). */
export function renderPresenterPanel(
	panel: PresenterPanel,
	strings: PresentationStrings,
	{ notesHtml, nextTitle }: { notesHtml: string; nextTitle: string | undefined }
): void {
	// The notes are the page's own markup, taken from its <SpeakerNotes>.
	panel.notes.innerHTML = notesHtml || `<p class="presentation-notes__empty">${escapeHtml(strings['presentation.noNotes'])}</p>`;
	panel.nextTitle.textContent = nextTitle ?? strings['presentation.lastSlide'];
}

export function renderTimer(ui: Controls, readout: TimerReadout): void {
	ui.elapsed.textContent = readout.elapsed;
	ui.total.textContent = readout.total;
	ui.slideTime.textContent = readout.slideTime;
	ui.timer.classList.toggle('is-over', readout.isOver);
	ui.overWarning.hidden = !readout.isOver;
}

/** The hint that the slide goes on below the fold. */
export function renderOverflowHint(ui: Controls, hasMoreBelow: boolean): void {
	ui.root.classList.toggle('has-more-below', hasMoreBelow);
}

/** A node of a template above: missing means the template and this code disagree, which no page can cause. */
function part<T extends HTMLElement = HTMLElement>(root: HTMLElement, selector: string): T {
	const node = root.querySelector<T>(selector);
	if (!node) throw new Error(`Presentation controls: the template has no ${selector}.`);
	return node;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
