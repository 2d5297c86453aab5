/**
 * The running presentation: which slide is on screen, and everything that moves it — keys, click zones, swipes,
 * browser history and the other windows of the same page (BroadcastChannel) — plus the timer, fullscreen, the
 * presenter window and the way back to the reading view.
 */
import {
	clampSlideIndex,
	proseHtml,
	presentationUrl,
	progressPercent,
	readingUrl,
	slideIndexForHash,
	timerReadout,
	titleSlideId,
	untagSlideElements,
	type Slide,
} from './slides';
import { formatString } from '../../../i18n/format';
import {
	renderOverflowHint,
	renderOverview,
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

/** What one window tells the others of the same page: the slide, how many of its points are revealed, the black screen. */
type Message = { type: 'goto'; index: number; startedAt: number; revealed: number; answerShown: boolean; black: boolean };

type HistoryMode = 'push' | 'replace' | 'none';

export function runPresentation({ frame, titleSlide, slides, ui, strings, pageDuration, onExit }: PresentationParts): void {
	const root = document.documentElement;
	const presenter = ui.mode === 'presenter';
	const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`presentation:${location.pathname}`) : undefined;

	let current = -1;
	let startedAt = Date.now();
	let slideStartedAt = Date.now();
	/** Points of the current slide revealed so far, on a slide that reveals them step by step. */
	let revealed = 0;
	let answerShown = false;
	let black = false;
	root.dataset['presenting'] = ui.mode;
	// The slide area ends where the control bar begins, however many rows the bar needs on a narrow screen.
	const bar = ui.root.querySelector<HTMLElement>('.presentation-bar');
	const barSize = new ResizeObserver(() => root.style.setProperty('--presentation-bar-height', `${bar?.offsetHeight ?? 0}px`));
	if (bar) barSize.observe(bar);
	ui.jumpLabel.textContent = formatString(strings['presentation.jumpPrompt'], { total: slides.length });
	ui.jumpInput.max = String(slides.length);
	const stepsOf = (slide: Slide<HTMLElement> | undefined) => slide?.points?.steps ?? 0;
	const quizAnswerOf = (slide: Slide<HTMLElement> | undefined) =>
		slide?.elements[0]?.querySelector<HTMLElement>('[data-quiz-answer]') ?? undefined;

	const indexForHash = (hash: string) =>
		slideIndexForHash(slides, hash, (element, id) => {
			const target = document.getElementById(id);
			return target !== null && element.contains(target);
		});
	const urlFor = (index: number) => presentationUrl(location.pathname, slides[index]?.id ?? titleSlideId, presenter);

	/** Marks the revealed points and the quiz answer of the slide on screen. */
	function renderReveal() {
		const slide = slides[current];
		const points = slide?.elements.find((element) => element.matches('[data-slide-points][data-steps]'));
		points?.querySelectorAll('li').forEach((item, itemIndex) => item.classList.toggle('is-revealed', itemIndex < revealed));
		const answer = quizAnswerOf(slide);
		if (answer) answer.hidden = !answerShown;
	}

	function broadcastState() {
		channel?.postMessage({ type: 'goto', index: current, startedAt, revealed, answerShown, black } satisfies Message);
	}

	function show(
		index: number,
		{ history: historyMode, broadcast, reveal = 0 }: { history: HistoryMode; broadcast: boolean; reveal?: number | 'all' }
	) {
		const next = clampSlideIndex(index, slides.length);
		if (next === current && historyMode !== 'replace') return;
		current = next;
		revealed = reveal === 'all' ? stepsOf(slides[next]) : Math.min(reveal, stepsOf(slides[next]));
		answerShown = false;
		root.classList.remove('is-full-listing');
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
			// Copies of the page's own markup, made for the presenter window only: the prose and the next slide's points.
			const nextSlide = slides[current + 1];
			renderPresenterPanel(ui.presenterPanel, strings, {
				notesHtml: slide.notesHtml,
				proseHtml: proseHtml(slide.prose),
				nextTitle: nextSlide?.title,
				nextPointsHtml: proseHtml(nextSlide?.elements.filter((element) => element.matches('[data-slide-points]')) ?? []),
			});
		}
		renderReveal();
		if (!ui.overview.hidden) renderOverview(ui.overview, slides, current);
		updateTimer();
		updateOverflowHint();
		if (broadcast) broadcastState();
	}

	function go(delta: number) {
		// Back onto a slide that reveals step by step: it comes back whole, as it was left.
		show(current + delta, { history: 'push', broadcast: true, reveal: delta < 0 ? 'all' : 0 });
	}

	/** → reveals the next point of a step-by-step slide before it moves on. */
	function advance() {
		if (revealed < stepsOf(slides[current])) {
			revealed += 1;
			renderReveal();
			broadcastState();
		} else go(1);
	}

	function retreat() {
		if (revealed > 0 && stepsOf(slides[current]) > 0) {
			revealed -= 1;
			renderReveal();
			broadcastState();
		} else go(-1);
	}

	/** C on a slide whose code is trimmed: the whole listing over the slide, and back. */
	function toggleFullListing(open = !root.classList.contains('is-full-listing')) {
		const trimmed = slides[current]?.elements.some((element) => element.querySelector('[data-trimmed]'));
		root.classList.toggle('is-full-listing', open && !!trimmed);
	}

	function toggleAnswer() {
		if (!quizAnswerOf(slides[current])) return;
		answerShown = !answerShown;
		renderReveal();
		broadcastState();
	}

	function toggleOverview(open = ui.overview.hidden === true) {
		// Closing: the keys go back to the deck (a focused button would take Space and Enter for itself).
		if (!open && ui.overview.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
		ui.overview.hidden = !open;
		ui.overviewButton.setAttribute('aria-expanded', String(open));
		if (!open) return;
		renderOverview(ui.overview, slides, current);
		ui.overview.querySelector<HTMLButtonElement>('[aria-current="true"]')?.focus();
	}

	function toggleJump(open = ui.jumpForm.hidden === true) {
		if (!open) ui.jumpInput.blur(); // the keys belong to the deck again, not to a hidden field
		ui.jumpForm.hidden = !open;
		if (open) {
			ui.jumpInput.value = '';
			ui.jumpInput.focus();
		}
	}

	function setBlack(on: boolean) {
		black = on;
		ui.black.hidden = !on;
		ui.blackButton.setAttribute('aria-pressed', String(on));
	}

	function toggleLaser() {
		const on = ui.laser.hidden === true;
		ui.laser.hidden = !on;
		ui.laserButton.setAttribute('aria-pressed', String(on));
		root.classList.toggle('is-laser', on);
	}

	function moveLaser(event: PointerEvent) {
		if (ui.laser.hidden) return;
		ui.laser.style.translate = `${event.clientX}px ${event.clientY}px`;
	}

	const hasMoreBelow = () => frame.scrollTop + frame.clientHeight < frame.scrollHeight - 4;

	/** Space and PageDown reveal the next point, then read on through a long slide, then move to the next one. */
	function pageForward() {
		if (revealed >= stepsOf(slides[current]) && hasMoreBelow()) frame.scrollBy({ top: frame.clientHeight * 0.8, behavior: 'smooth' });
		else advance();
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
		document.removeEventListener('pointermove', moveLaser);
		root.classList.remove('is-laser', 'is-full-listing');
		barSize.disconnect();
		root.style.removeProperty('--presentation-bar-height');
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
		// The overview grid is a list of buttons: arrows and Enter work on it, Escape or O closes it.
		if (!ui.overview.hidden) {
			if (event.key === 'Escape' || event.key === 'o' || event.key === 'O') {
				toggleOverview(false);
				event.preventDefault();
			}
			return;
		}
		switch (event.key) {
			case 'ArrowRight':
				if (onTab) return;
				advance();
				break;
			case 'ArrowLeft':
				if (onTab) return;
				retreat();
				break;
			case ' ':
			case 'Spacebar':
				if (onControl) return;
				if (event.shiftKey) retreat();
				else pageForward();
				break;
			case 'PageDown':
				pageForward();
				break;
			case 'PageUp':
				retreat();
				break;
			case 'o':
			case 'O':
				toggleOverview(true);
				break;
			case 'g':
			case 'G':
				toggleJump(true);
				break;
			case 'b':
			case 'B':
			case '.':
				setBlack(!black);
				broadcastState();
				break;
			case 'l':
			case 'L':
				toggleLaser();
				break;
			case 'a':
			case 'A':
				toggleAnswer();
				break;
			case 'c':
			case 'C':
				toggleFullListing();
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
				if (black) setBlack(false);
				else exit();
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

	ui.prevZone.addEventListener('click', retreat);
	ui.nextZone.addEventListener('click', advance);
	ui.prevButton.addEventListener('click', retreat);
	ui.nextButton.addEventListener('click', advance);
	ui.overviewButton.addEventListener('click', () => toggleOverview());
	ui.overview.addEventListener('click', (event) => {
		const button = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-goto]');
		if (!button) return;
		toggleOverview(false);
		show(Number(button.dataset['goto']), { history: 'push', broadcast: true });
	});
	ui.jumpButton.addEventListener('click', () => toggleJump());
	ui.jumpForm.addEventListener('submit', (event) => {
		event.preventDefault();
		const number = Number(ui.jumpInput.value);
		toggleJump(false);
		if (Number.isInteger(number) && number >= 1) show(number - 1, { history: 'push', broadcast: true });
	});
	ui.jumpInput.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			event.preventDefault();
			toggleJump(false);
		}
	});
	ui.blackButton.addEventListener('click', () => {
		setBlack(!black);
		broadcastState();
	});
	ui.black.addEventListener('click', () => {
		setBlack(false);
		broadcastState();
	});
	ui.laserButton.addEventListener('click', toggleLaser);
	document.addEventListener('pointermove', moveLaser, { passive: true });
	ui.fullscreenButton.addEventListener('click', toggleFullscreen);
	if (ui.mode === 'audience') ui.openPresenterButton.addEventListener('click', openPresenterWindow);
	ui.exitButton.addEventListener('click', exit);
	document.addEventListener('keydown', onKeyDown);
	window.addEventListener('popstate', onPopState);
	channel?.addEventListener('message', (event: MessageEvent<Message>) => {
		if (event.data?.type !== 'goto') return;
		startedAt = Math.min(startedAt, event.data.startedAt);
		show(event.data.index, { history: 'push', broadcast: false, reveal: event.data.revealed });
		revealed = Math.min(event.data.revealed, stepsOf(slides[current]));
		answerShown = event.data.answerShown;
		renderReveal();
		setBlack(event.data.black);
	});
	const timerInterval = window.setInterval(updateTimer, 1000);

	show(indexForHash(location.hash), { history: 'replace', broadcast: false });
	// The page was kept hidden while loading with ?present (see the head script in astro.config.mjs).
	root.removeAttribute('data-presenting-pending');
	// Whoever opens a window later (the presenter view) learns where the deck is.
	if (presenter) broadcastState();
}
