/**
 * The running presentation: which slide is on screen, and everything that moves it — keys, click zones, swipes,
 * browser history and the other windows of the same page (BroadcastChannel) — plus the timer, fullscreen, the
 * presenter window and the way back to the reading view.
 */
import {
	clampSlideIndex,
	presentationUrl,
	progressPercent,
	readingUrl,
	slideIndexForHash,
	timerReadout,
	titleSlideId,
	untagSlideElements,
	type Slide,
} from './slides';
import {
	renderOverflowHint,
	renderPosition,
	renderPresenterPanel,
	renderTimer,
	type Controls,
	type PresentationStrings,
} from './view';

export interface PresentationParts {
	/** The page's content element: it holds the slides and is the scrolling frame they are shown in. */
	frame: HTMLElement;
	titleSlide: HTMLElement;
	slides: Slide<HTMLElement>[];
	ui: Controls;
	strings: PresentationStrings;
	/** The page's planned minutes; 0 when it has none. */
	pageDuration: number;
	/** Called on exit once the page reads as before, so that a presentation can start again. */
	onExit: () => void;
}

/** What one window tells the others of the same page. */
type Message = { type: 'goto'; index: number; startedAt: number };

type HistoryMode = 'push' | 'replace' | 'none';

export function runPresentation({ frame, titleSlide, slides, ui, strings, pageDuration, onExit }: PresentationParts): void {
	const root = document.documentElement;
	const presenter = ui.mode === 'presenter';
	const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`presentation:${location.pathname}`) : undefined;

	let current = -1;
	let startedAt = Date.now();
	let slideStartedAt = Date.now();
	root.dataset['presenting'] = ui.mode;

	const indexForHash = (hash: string) =>
		slideIndexForHash(slides, hash, (element, id) => {
			const target = document.getElementById(id);
			return target !== null && element.contains(target);
		});
	const urlFor = (index: number) => presentationUrl(location.pathname, slides[index]?.id ?? titleSlideId, presenter);

	function show(index: number, { history: historyMode, broadcast }: { history: HistoryMode; broadcast: boolean }) {
		const next = clampSlideIndex(index, slides.length);
		if (next === current && historyMode !== 'replace') return;
		current = next;
		slideStartedAt = Date.now();
		slides.forEach((slide, slideIndex) => {
			for (const element of slide.elements) element.classList.toggle('is-current-slide', slideIndex === current);
		});
		frame.scrollTop = 0;
		if (historyMode === 'push') history.pushState({ presentationSlide: current }, '', urlFor(current));
		if (historyMode === 'replace') history.replaceState({ presentationSlide: current }, '', urlFor(current));
		const slide = slides[current]!;
		renderPosition(ui, strings, {
			index: current,
			slideCount: slides.length,
			title: slide.title,
			progressPercent: progressPercent(current, slides.length),
		});
		if (ui.mode === 'presenter') {
			renderPresenterPanel(ui.presenterPanel, strings, { notesHtml: slide.notesHtml, nextTitle: slides[current + 1]?.title });
		}
		updateTimer();
		updateOverflowHint();
		if (broadcast) channel?.postMessage({ type: 'goto', index: current, startedAt } satisfies Message);
	}

	function go(delta: number) {
		show(current + delta, { history: 'push', broadcast: true });
	}

	const hasMoreBelow = () => frame.scrollTop + frame.clientHeight < frame.scrollHeight - 4;

	/** Space and PageDown read on through a long slide before moving to the next one. */
	function pageForward() {
		if (hasMoreBelow()) frame.scrollBy({ top: frame.clientHeight * 0.8, behavior: 'smooth' });
		else go(1);
	}

	function updateOverflowHint() {
		renderOverflowHint(ui, hasMoreBelow());
	}

	function updateTimer() {
		const slide = slides[current];
		if (!slide) return;
		renderTimer(ui, timerReadout({ now: Date.now(), startedAt, slideStartedAt, slideMinutes: slide.minutes, pageDuration }));
	}

	function toggleFullscreen() {
		if (document.fullscreenElement) void document.exitFullscreen();
		else void root.requestFullscreen?.().catch(() => undefined);
	}

	function openPresenterWindow() {
		window.open(
			presentationUrl(location.pathname, slides[current]?.id ?? titleSlideId, true),
			'study-presenter-view',
			'popup,width=1280,height=800'
		);
	}

	function exit() {
		const id = slides[current]?.id ?? titleSlideId;
		document.removeEventListener('keydown', onKeyDown);
		window.removeEventListener('popstate', onPopState);
		window.clearInterval(timerInterval);
		channel?.close();
		if (document.fullscreenElement) void document.exitFullscreen();
		untagSlideElements(slides);
		titleSlide.remove();
		ui.root.remove();
		delete root.dataset['presenting'];
		onExit();
		history.pushState(null, '', readingUrl(location.pathname, id));
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
		show(indexForHash(location.hash), { history: 'none', broadcast: true });
	}

	// Touch: a horizontal swipe moves between slides.
	let swipeStart: { x: number; y: number } | undefined;
	frame.addEventListener('pointerdown', (event) => {
		if (event.pointerType === 'touch') swipeStart = { x: event.clientX, y: event.clientY };
	});
	frame.addEventListener('pointerup', (event) => {
		if (!swipeStart || event.pointerType !== 'touch') return;
		const dx = event.clientX - swipeStart.x;
		const dy = event.clientY - swipeStart.y;
		swipeStart = undefined;
		if (Math.abs(dx) > 60 && Math.abs(dx) > Math.abs(dy) * 1.5) go(dx < 0 ? 1 : -1);
	});
	frame.addEventListener('scroll', updateOverflowHint, { passive: true });

	ui.prevZone.addEventListener('click', () => go(-1));
	ui.nextZone.addEventListener('click', () => go(1));
	ui.prevButton.addEventListener('click', () => go(-1));
	ui.nextButton.addEventListener('click', () => go(1));
	ui.fullscreenButton.addEventListener('click', toggleFullscreen);
	if (ui.mode === 'audience') ui.openPresenterButton.addEventListener('click', openPresenterWindow);
	ui.exitButton.addEventListener('click', exit);
	document.addEventListener('keydown', onKeyDown);
	window.addEventListener('popstate', onPopState);
	channel?.addEventListener('message', (event: MessageEvent<Message>) => {
		if (event.data?.type !== 'goto') return;
		startedAt = Math.min(startedAt, event.data.startedAt);
		show(event.data.index, { history: 'push', broadcast: false });
	});
	const timerInterval = window.setInterval(updateTimer, 1000);

	show(indexForHash(location.hash), { history: 'replace', broadcast: false });
	// The page was kept hidden while loading with ?present (see the head script in astro.config.mjs).
	root.removeAttribute('data-presenting-pending');
	// Whoever opens a window later (the presenter view) learns where the deck is.
	if (presenter) channel?.postMessage({ type: 'goto', index: current, startedAt } satisfies Message);
}
