/**
 * Presentation mode: the page itself becomes the deck. Nothing is copied: each top-level element of the content
 * is tagged with the slide it belongs to and CSS shows only the current slide, so tabs, zoom and links keep
 * working. One slide per H2 section, after a title slide with the page title, the total time and a QR code.
 *
 * URL: `PAGE?present#section` (audience) or `PAGE?present=presenter#section` (presenter window with notes, next
 * slide and timer). The hash follows the slide; each slide change is a history entry, so reload, share, back and
 * forward all work. Windows of the same page stay in sync through a BroadcastChannel.
 */
import './presentation.css';
import { formatString, readStrings, type Strings } from '../../i18n/format';
import type { PresentationStringKey } from './strings';

type PresentationStrings = Strings<PresentationStringKey>;

interface Slide {
	/** Section id used in the URL hash; '' for the title slide. */
	id: string;
	title: string;
	elements: HTMLElement[];
	/** Planned minutes: from <SpeakerNotes minutes>, else an even share of what the page's duration leaves. */
	minutes: number;
	/** Speaker notes of the section, as HTML. */
	notesHtml: string;
}

interface Options {
	presenter: boolean;
}

type Message = { type: 'goto'; index: number; startedAt: number };

const titleSlideId = '';
let running = false;

export function startPresentation({ presenter }: Options): void {
	if (running) return;
	const content = document.querySelector<HTMLElement>('.sl-markdown-content');
	if (!content) return;
	running = true;

	const root = document.documentElement;
	const button = document.querySelector<HTMLElement>('[data-present-button]');
	const strings = readStrings<PresentationStringKey>(button);
	const pageTitle = document.querySelector('h1')?.textContent?.trim() ?? document.title;
	const pageDuration = Number(button?.dataset['duration'] ?? 0);
	const canonicalUrl =
		document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.replace(/[?#].*$/, '');
	const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`presentation:${location.pathname}`) : undefined;

	const titleSlide = createTitleSlide(strings, {
		siteTitle: button?.dataset['siteTitle'] ?? '',
		title: pageTitle,
		duration: pageDuration,
		qrSrc: button?.dataset['qrSrc'],
		pageUrl: canonicalUrl,
	});
	content.prepend(titleSlide);
	const slides = collectSlides(content, pageTitle, pageDuration);
	const ui = createControls(strings, presenter);
	document.body.append(ui.root);

	let current = -1;
	let startedAt = Date.now();
	let slideStartedAt = Date.now();
	root.dataset['presenting'] = presenter ? 'presenter' : 'audience';

	function slideIndexForHash(hash: string): number {
		const id = decodeURIComponent(hash.replace(/^#/, ''));
		if (!id) return 0;
		const byId = slides.findIndex((slide) => slide.id === id);
		if (byId >= 0) return byId;
		// A sub-section id (an H3, a glossary term) starts at the slide that contains it.
		const target = document.getElementById(id);
		const index = target ? slides.findIndex((slide) => slide.elements.some((element) => element.contains(target))) : -1;
		return Math.max(index, 0);
	}

	function urlFor(index: number): string {
		const id = slides[index]?.id ?? titleSlideId;
		return `${location.pathname}?present${presenter ? '=presenter' : ''}${id ? `#${id}` : ''}`;
	}

	function show(index: number, { history: historyMode, broadcast }: { history: 'push' | 'replace' | 'none'; broadcast: boolean }) {
		const next = Math.min(Math.max(index, 0), slides.length - 1);
		if (next === current && historyMode !== 'replace') return;
		current = next;
		slideStartedAt = Date.now();
		slides.forEach((slide, slideIndex) => {
			for (const element of slide.elements) element.classList.toggle('is-current-slide', slideIndex === current);
		});
		ui.frame.scrollTop = 0;
		if (historyMode === 'push') history.pushState({ presentationSlide: current }, '', urlFor(current));
		if (historyMode === 'replace') history.replaceState({ presentationSlide: current }, '', urlFor(current));
		const slide = slides[current]!;
		ui.counter.textContent = `${current + 1} / ${slides.length}`;
		ui.progress.style.width = `${slides.length > 1 ? (current / (slides.length - 1)) * 100 : 100}%`;
		ui.announcer.textContent = formatString(strings['presentation.announce'], {
			current: current + 1,
			total: slides.length,
			title: slide.title,
		});
		ui.notes.innerHTML =
			slide.notesHtml || `<p class="presentation-notes__empty">${escapeHtml(strings['presentation.noNotes'])}</p>`;
		ui.nextTitle.textContent = slides[current + 1]?.title ?? strings['presentation.lastSlide'];
		updateTimer();
		updateOverflowHint();
		if (broadcast) channel?.postMessage({ type: 'goto', index: current, startedAt } satisfies Message);
	}

	function go(delta: number) {
		show(current + delta, { history: 'push', broadcast: true });
	}

	/** Space and PageDown read on through a long slide before moving to the next one. */
	function pageForward() {
		const { frame } = ui;
		if (frame.scrollTop + frame.clientHeight < frame.scrollHeight - 4) {
			frame.scrollBy({ top: frame.clientHeight * 0.8, behavior: 'smooth' });
		} else {
			go(1);
		}
	}

	function updateOverflowHint() {
		const { frame } = ui;
		ui.root.classList.toggle('has-more-below', frame.scrollTop + frame.clientHeight < frame.scrollHeight - 4);
	}

	function formatTime(milliseconds: number): string {
		const seconds = Math.max(0, Math.floor(milliseconds / 1000));
		return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
	}

	function updateTimer() {
		const slide = slides[current];
		if (!slide) return;
		const slideElapsed = Date.now() - slideStartedAt;
		const planned = slide.minutes * 60_000;
		const isOver = planned > 0 && slideElapsed > planned;
		ui.elapsed.textContent = formatTime(Date.now() - startedAt);
		ui.total.textContent = pageDuration ? `${pageDuration}:00` : '–';
		ui.slideTime.textContent = `${formatTime(slideElapsed)} / ${planned ? formatTime(planned) : '–'}`;
		ui.timer.classList.toggle('is-over', isOver);
		ui.overWarning.hidden = !isOver;
	}

	function toggleFullscreen() {
		if (document.fullscreenElement) void document.exitFullscreen();
		else void root.requestFullscreen?.().catch(() => undefined);
	}

	function openPresenterWindow() {
		const id = slides[current]?.id;
		window.open(`${location.pathname}?present=presenter${id ? `#${id}` : ''}`, 'study-presenter-view', 'popup,width=1280,height=800');
	}

	function exit() {
		const id = slides[current]?.id ?? '';
		document.removeEventListener('keydown', onKeyDown);
		window.removeEventListener('popstate', onPopState);
		window.clearInterval(timerInterval);
		channel?.close();
		if (document.fullscreenElement) void document.exitFullscreen();
		for (const slide of slides) {
			for (const element of slide.elements) {
				element.classList.remove('is-current-slide');
				delete element.dataset['presentationSlide'];
			}
		}
		titleSlide.remove();
		ui.root.remove();
		delete root.dataset['presenting'];
		running = false;
		history.pushState(null, '', `${location.pathname}${id ? `#${id}` : ''}`);
		// Back in the reading view, at the section the presentation was on.
		if (id) document.getElementById(id)?.scrollIntoView();
		else window.scrollTo(0, 0);
		document.querySelector<HTMLElement>('[data-present-button]')?.focus({ preventScroll: true });
	}

	function isTyping(target: EventTarget | null): boolean {
		return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
	}

	function onKeyDown(event: KeyboardEvent) {
		if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
		// Dialogs on top (search, image zoom) own the keyboard while open.
		if (document.querySelector('dialog[open]')) return;
		const target = event.target as HTMLElement | null;
		const onControl = !!target?.closest('button, a, summary, [role="tab"]');
		const onTab = !!target?.closest('[role="tab"]');
		switch (event.key) {
			case 'ArrowRight':
				if (onTab) return;
				go(1);
				break;
			case 'ArrowLeft':
				if (onTab) return;
				go(-1);
				break;
			case ' ':
			case 'Spacebar':
				if (onControl) return;
				if (event.shiftKey) go(-1);
				else pageForward();
				break;
			case 'PageDown':
				pageForward();
				break;
			case 'PageUp':
				go(-1);
				break;
			case 'Home':
				show(0, { history: 'push', broadcast: true });
				break;
			case 'End':
				show(slides.length - 1, { history: 'push', broadcast: true });
				break;
			case 'f':
			case 'F':
				toggleFullscreen();
				break;
			case 'p':
			case 'P':
				if (!presenter) openPresenterWindow();
				break;
			case 'Escape':
				if (document.fullscreenElement) return; // the browser leaves fullscreen first
				exit();
				break;
			default:
				return;
		}
		event.preventDefault();
	}

	function onPopState() {
		show(slideIndexForHash(location.hash), { history: 'none', broadcast: true });
	}

	// Touch: a horizontal swipe moves between slides.
	let swipeStart: { x: number; y: number } | undefined;
	ui.frame.addEventListener('pointerdown', (event) => {
		if (event.pointerType === 'touch') swipeStart = { x: event.clientX, y: event.clientY };
	});
	ui.frame.addEventListener('pointerup', (event) => {
		if (!swipeStart || event.pointerType !== 'touch') return;
		const dx = event.clientX - swipeStart.x;
		const dy = event.clientY - swipeStart.y;
		swipeStart = undefined;
		if (Math.abs(dx) > 60 && Math.abs(dx) > Math.abs(dy) * 1.5) go(dx < 0 ? 1 : -1);
	});
	ui.frame.addEventListener('scroll', updateOverflowHint, { passive: true });

	ui.prevZone.addEventListener('click', () => go(-1));
	ui.nextZone.addEventListener('click', () => go(1));
	ui.prevButton.addEventListener('click', () => go(-1));
	ui.nextButton.addEventListener('click', () => go(1));
	ui.fullscreenButton.addEventListener('click', toggleFullscreen);
	ui.presenterButton.addEventListener('click', openPresenterWindow);
	ui.exitButton.addEventListener('click', exit);
	document.addEventListener('keydown', onKeyDown);
	window.addEventListener('popstate', onPopState);
	channel?.addEventListener('message', (event: MessageEvent<Message>) => {
		if (event.data?.type !== 'goto') return;
		startedAt = Math.min(startedAt, event.data.startedAt);
		show(event.data.index, { history: 'push', broadcast: false });
	});
	const timerInterval = window.setInterval(updateTimer, 1000);

	show(slideIndexForHash(location.hash), { history: 'replace', broadcast: false });
	// The page was kept hidden while loading with ?present (see the head script in astro.config.mjs).
	root.removeAttribute('data-presenting-pending');
	// Whoever opens a window later (the presenter view) learns where the deck is.
	if (presenter) channel?.postMessage({ type: 'goto', index: current, startedAt } satisfies Message);
}

interface TitleSlide {
	siteTitle: string;
	title: string;
	duration: number;
	qrSrc: string | undefined;
	pageUrl: string;
}

function createTitleSlide(strings: PresentationStrings, { siteTitle, title, duration, qrSrc, pageUrl }: TitleSlide): HTMLElement {
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

function collectSlides(content: HTMLElement, pageTitle: string, pageDuration: number): Slide[] {
	const slides: Slide[] = [{ id: titleSlideId, title: pageTitle, elements: [], minutes: 0, notesHtml: '' }];
	for (const element of Array.from(content.children) as HTMLElement[]) {
		const h2 = element.matches('.sl-heading-wrapper.level-h2')
			? element.querySelector<HTMLElement>(':scope > h2')
			: element.matches('section.sources')
				? element.querySelector<HTMLElement>('h2')
				: null;
		if (h2?.id) {
			slides.push({ id: h2.id, title: h2.textContent?.trim() ?? h2.id, elements: [], minutes: 0, notesHtml: '' });
		}
		// The lead paragraphs before the first section stay with the title slide.
		slides[slides.length - 1]!.elements.push(element);
	}
	slides.forEach((slide, index) => {
		for (const element of slide.elements) element.dataset['presentationSlide'] = String(index);
		const notes = slide.elements.flatMap((element) => [
			...(element.matches('.speaker-notes') ? [element] : []),
			...Array.from(element.querySelectorAll<HTMLElement>('.speaker-notes')),
		]);
		slide.minutes = notes.reduce((sum, note) => sum + Number(note.dataset['minutes'] ?? 0), 0);
		slide.notesHtml = notes
			.map((note) => note.innerHTML.replace(/<p class="speaker-notes__label">.*?<\/p>/s, ''))
			.join('');
	});
	// Sections without planned minutes share what the page's total leaves, so every slide has a target.
	const unplanned = slides.slice(1).filter((slide) => slide.minutes === 0);
	const planned = slides.reduce((sum, slide) => sum + slide.minutes, 0);
	const share = unplanned.length ? Math.max(pageDuration - planned, 0) / unplanned.length : 0;
	for (const slide of unplanned) slide.minutes = share;
	return slides;
}

function createControls(strings: PresentationStrings, presenter: boolean) {
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
	const pick = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
	const detached = document.createElement('div');
	return {
		root,
		frame: document.querySelector<HTMLElement>('.sl-markdown-content')!,
		progress: pick('.presentation-progress__bar'),
		prevZone: pick<HTMLButtonElement>('.presentation-zone--prev'),
		nextZone: pick<HTMLButtonElement>('.presentation-zone--next'),
		prevButton: pick<HTMLButtonElement>('[data-prev]'),
		nextButton: pick<HTMLButtonElement>('[data-next]'),
		counter: pick('[data-counter]'),
		timer: pick('[data-timer]'),
		elapsed: pick('[data-elapsed]'),
		total: pick('[data-total]'),
		slideTime: pick('[data-slide-time]'),
		overWarning: pick('[data-over]'),
		fullscreenButton: pick<HTMLButtonElement>('[data-fullscreen]'),
		presenterButton: root.querySelector<HTMLButtonElement>('[data-presenter]') ?? document.createElement('button'),
		exitButton: pick<HTMLButtonElement>('[data-exit]'),
		announcer: pick('[data-announcer]'),
		notes: root.querySelector<HTMLElement>('[data-notes]') ?? detached,
		nextTitle: root.querySelector<HTMLElement>('[data-next-title]') ?? detached,
	};
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
