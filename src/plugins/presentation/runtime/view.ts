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
	overview: HTMLElement;
	jumpForm: HTMLFormElement;
	jumpInput: HTMLInputElement;
	jumpLabel: HTMLElement;
	black: HTMLElement;
	laser: HTMLElement;
	overviewButton: HTMLButtonElement;
	jumpButton: HTMLButtonElement;
	blackButton: HTMLButtonElement;
	laserButton: HTMLButtonElement;
	printLink: HTMLAnchorElement;
}

/** Beside the slide in the presenter window: what comes next and what to say. */
export interface PresenterPanel {
	nextTitle: HTMLElement;
	nextPreview: HTMLElement;
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
			<div class="presentation-presenter__preview" data-next-preview aria-hidden="true"></div>
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
			<button type="button" data-overview aria-expanded="false" aria-keyshortcuts="O" title="O">${text('presentation.overview')}</button>
			<button type="button" data-jump aria-keyshortcuts="G" title="G">${text('presentation.jumpTo')}</button>
			<button type="button" data-black aria-pressed="false" aria-keyshortcuts="B" title="B / .">${text('presentation.blackScreen')}</button>
			<button type="button" data-laser aria-pressed="false" aria-keyshortcuts="L" title="L">${text('presentation.laser')}</button>
			<a href="?present=print" data-print>${text('presentation.printDeck')}</a>
			<button type="button" data-fullscreen>${text('presentation.fullscreen')}</button>
			${presenter ? '' : `<button type="button" data-presenter>${text('presentation.openPresenterView')}</button>`}
			<button type="button" data-exit>${text('presentation.exit')}</button>
		</div>
		<p class="sr-only" aria-live="polite" data-announcer></p>
		<p class="presentation-more" aria-hidden="true">${text('presentation.more')}</p>
		<nav class="presentation-overview" aria-label="${text('presentation.overview')}" data-overview-grid hidden></nav>
		<form class="presentation-jump" data-jump-form hidden>
			<label><span data-jump-label></span> <input type="number" min="1" inputmode="numeric" data-jump-input></label>
		</form>
		<div class="presentation-black" data-black-screen hidden></div>
		<div class="presentation-laser" data-laser-dot hidden></div>`;
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
		overview: part(root, '[data-overview-grid]'),
		jumpForm: part<HTMLFormElement>(root, '[data-jump-form]'),
		jumpInput: part<HTMLInputElement>(root, '[data-jump-input]'),
		jumpLabel: part(root, '[data-jump-label]'),
		black: part(root, '[data-black-screen]'),
		laser: part(root, '[data-laser-dot]'),
		overviewButton: part<HTMLButtonElement>(root, '[data-overview]'),
		jumpButton: part<HTMLButtonElement>(root, '[data-jump]'),
		blackButton: part<HTMLButtonElement>(root, '[data-black]'),
		laserButton: part<HTMLButtonElement>(root, '[data-laser]'),
		printLink: part<HTMLAnchorElement>(root, '[data-print]'),
	};
	return presenter
		? { ...shared, mode: 'presenter', presenterPanel: { nextTitle: part(root, '[data-next-title]'), nextPreview: part(root, '[data-next-preview]'), notes: part(root, '[data-notes]') } }
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

/**
 * The notes of the slide on screen (its <SpeakerNotes>, then the section's prose when the slide shows points) and
 * a preview of the next slide: its title and, when it has one, its message and points.
 */
export function renderPresenterPanel(
	panel: PresenterPanel,
	strings: PresentationStrings,
	{ notesHtml, proseHtml, nextTitle, nextPointsHtml }: { notesHtml: string; proseHtml: string; nextTitle: string | undefined; nextPointsHtml: string }
): void {
	// The notes are the page's own markup, taken from its <SpeakerNotes> and its prose.
	const prose = proseHtml ? `<p class="presentation-presenter__heading">${escapeHtml(strings['presentation.prose'])}</p><div class="presentation-notes__prose">${proseHtml}</div>` : '';
	panel.notes.innerHTML =
		notesHtml || prose ? `${notesHtml}${prose}` : `<p class="presentation-notes__empty">${escapeHtml(strings['presentation.noNotes'])}</p>`;
	panel.nextTitle.textContent = nextTitle ?? strings['presentation.lastSlide'];
	panel.nextPreview.innerHTML = nextPointsHtml;
}

/** The overview grid: one button per slide, numbered, the current one marked. */
export function renderOverview(overview: HTMLElement, slides: readonly { id: string; title: string }[], current: number): void {
	overview.innerHTML = `<ol>${slides
		.map(
			(slide, index) =>
				`<li><button type="button" data-goto="${index}" data-slide-id="${escapeHtml(slide.id)}"${index === current ? ' aria-current="true"' : ''}><span class="presentation-overview__number">${index + 1}</span> ${escapeHtml(slide.title)}</button></li>`
		)
		.join('')}</ol>`;
}

/** The agenda slide: the sections and their planned minutes. */
export function createAgendaSlide(strings: PresentationStrings, items: readonly { title: string; minutes: number }[]): HTMLElement {
	const slide = document.createElement('section');
	slide.className = 'presentation-agenda-slide';
	slide.setAttribute('aria-label', strings['presentation.agenda']);
	slide.innerHTML = `<p class="presentation-slide-title">${escapeHtml(strings['presentation.agenda'])}</p><ol class="presentation-agenda">${items
		.map(
			({ title, minutes }) =>
				`<li><span>${escapeHtml(title)}</span>${minutes ? `<span class="presentation-agenda__minutes">${escapeHtml(formatString(strings['presentation.agendaMinutes'], { minutes }))}</span>` : ''}</li>`
		)
		.join('')}</ol>`;
	return slide;
}

export interface QuizSlideInfo {
	number: number;
	total: number;
	question: string;
	choices: readonly string[];
	/** As the page writes it: 「正解：A、C」. */
	answer: string;
	explanation: string;
}

/** A show-of-hands slide for one self-check question; the answer stays hidden until the presenter reveals it. */
export function createQuizSlide(strings: PresentationStrings, { number, total, question, choices, answer, explanation }: QuizSlideInfo): HTMLElement {
	const slide = document.createElement('section');
	slide.className = 'presentation-quiz-slide';
	slide.setAttribute('aria-label', formatString(strings['presentation.quizSlide'], { number, total }));
	slide.innerHTML = `
		<p class="presentation-quiz-slide__kicker">${escapeHtml(formatString(strings['presentation.quizSlide'], { number, total }))}</p>
		<p class="presentation-slide-title">${escapeHtml(question)}</p>
		<ol class="presentation-quiz-slide__choices" type="A">${choices.map((choice) => `<li>${escapeHtml(choice)}</li>`).join('')}</ol>
		<p class="presentation-quiz-slide__hint">${escapeHtml(strings['presentation.quizReveal'])}</p>
		<div class="presentation-quiz-slide__answer" data-quiz-answer hidden>
			<p><strong>${escapeHtml(answer)}</strong></p>
			<p>${escapeHtml(explanation)}</p>
		</div>`;
	return slide;
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
