/**
 * Presentation mode: the page itself becomes the deck. Nothing is copied: each top-level element of the content
 * is tagged with the slide it belongs to and CSS shows only the current slide, so tabs, zoom and links keep
 * working. One slide per H2 section, after a title slide with the page title, the total time and a QR code.
 *
 * URL: `PAGE?present#section` (audience) or `PAGE?present=presenter#section` (presenter window with notes, next
 * slide and timer). The hash follows the slide; each slide change is a history entry, so reload, share, back and
 * forward all work. Windows of the same page stay in sync through a BroadcastChannel.
 *
 * This module is the chunk PresentButton.astro imports when a presentation starts (with presentation.css): slides.ts decides what the
 * slides are, view.ts adds the title slide and controls, controller.ts runs the deck.
 */
import { sharedPageUrl, siteAddressKnown } from '../../../lib/share-url';
import { deckPartsFileName, type DeckParts } from '../deck-parts';
import allStrings from '../strings.json' with { type: 'json' };
import { runPresentation } from './controller';
import { agendaItems, generatedSlide, readSlides, tagSlideElements, type Slide } from './slides';
import { createAgendaSlide, createControls, createQuizSlide, createTitleSlide, type PresentationStrings } from './view';

interface Options {
	/** `?present` (audience), `?present=presenter` (the presenter window) or `?present=print` (the deck as PDF). */
	mode: 'audience' | 'presenter' | 'print';
	/** The page's deck.json, requested alongside this runtime when the page has parts to put back (see restoreDeckParts). */
	deckParts?: Promise<Response> | undefined;
}

/** One deck per page: the button and a `?present` URL may both ask for it. */
let running = false;

export async function startPresentation({ mode, deckParts }: Options): Promise<void> {
	const presenter = mode === 'presenter';
	if (running) return;
	const content = document.querySelector<HTMLElement>('.sl-markdown-content');
	if (!content) return;
	running = true;

	await restoreDeckParts(deckParts);
	const button = document.querySelector<HTMLElement>('[data-present-button]');
	// The runtime's strings travel with it, not in every page: the page's edition picks its set.
	const strings: PresentationStrings = allStrings.runtime[document.documentElement.lang === 'en' ? 'en' : 'ja'];
	const pageTitle = document.querySelector('h1')?.textContent?.trim() ?? document.title;
	const pageDuration = Number(button?.dataset['duration'] ?? 0);
	const pageUrl = sharedPageUrl();

	const titleSlide = createTitleSlide(strings, {
		siteTitle: button?.dataset['siteTitle'] ?? '',
		title: pageTitle,
		duration: pageDuration,
		// The QR code drawn at build time encodes the configured address; a build without one gets a code for the
		// address the audience can reach, drawn here.
		qrSrc: siteAddressKnown() ? button?.dataset['qrSrc'] : await qrCodeDataUrl(pageUrl),
		pageUrl,
	});
	content.prepend(titleSlide);
	const slides = readSlides(content, pageTitle, pageDuration);
	addQuizSlides(slides, strings);
	addAgendaSlide(slides, strings);
	tagSlideElements(slides);
	if (mode === 'print') {
		printDeck(slides);
		return;
	}
	const ui = createControls(strings, presenter);
	document.body.append(ui.root);

	runPresentation({
		frame: content,
		titleSlide,
		slides,
		ui,
		strings,
		pageDuration,
		onExit: () => {
			running = false;
		},
	});
}

/** A QR code of `url` as an SVG data URL; uqr is fetched only by builds that need it. */
async function qrCodeDataUrl(url: string): Promise<string> {
	const { renderSVG } = await import('uqr');
	return `data:image/svg+xml,${encodeURIComponent(renderSVG(url, { border: 2, pixelSize: 8 }))}`;
}

/**
 * Puts back the speaker notes and slide points that the build moved from the page to its deck.json (see
 * deck-parts.ts), in document order. Without the file (a dropped connection) the deck still runs, without them.
 */
async function restoreDeckParts(requested: Promise<Response> | undefined): Promise<void> {
	if (!requested) return;
	const holders = Array.from(document.querySelectorAll<HTMLElement>('[data-deck-part]'));
	try {
		const response = await requested;
		if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
		const { parts } = (await response.json()) as DeckParts;
		if (parts.length !== holders.length) throw new Error(`${parts.length} parts for ${holders.length} places`);
		holders.forEach((holder, index) => {
			holder.innerHTML = parts[index]!;
			holder.removeAttribute('data-deck-part');
		});
	} catch (error) {
		console.error(`Presentation: speaker notes and slide points not loaded (${deckPartsFileName}):`, error);
	}
}

/** After a section that holds a self-check, one show-of-hands slide per question, built from the quiz on the page. */
function addQuizSlides(slides: Slide<HTMLElement>[], strings: PresentationStrings): void {
	for (let index = slides.length - 1; index > 0; index--) {
		const slide = slides[index]!;
		const questions = slide.elements.flatMap((element) => Array.from(element.querySelectorAll<HTMLElement>('.quiz__question')));
		if (!questions.length) continue;
		let after = slide.elements[slide.elements.length - 1]!;
		const quizSlides = questions.map((question, questionIndex) => {
			const legend = question.querySelector('legend')!.cloneNode(true) as HTMLElement;
			for (const extra of Array.from(legend.querySelectorAll('.quiz__number, .quiz__page, .quiz__kind'))) extra.remove();
			const element = createQuizSlide(strings, {
				number: questionIndex + 1,
				total: questions.length,
				question: legend.textContent?.trim() ?? '',
				choices: Array.from(question.querySelectorAll('.quiz__choices label'), (label) => (label.textContent ?? '').replace(/^\s*[A-Z]\.\s*/, '').trim()),
				answer: question.querySelector('.quiz__answer strong')?.textContent?.trim() ?? '',
				explanation: question.querySelector('.quiz__answer p:nth-of-type(2)')?.textContent?.trim() ?? '',
			});
			after.after(element);
			after = element;
			return generatedSlide(`${slide.id}-q${questionIndex + 1}`, element.getAttribute('aria-label') ?? '', element);
		});
		slides.splice(index + 1, 0, ...quizSlides);
	}
}

/** Right after the title: the sections and their minutes. */
function addAgendaSlide(slides: Slide<HTMLElement>[], strings: PresentationStrings): void {
	const items = agendaItems(slides);
	if (items.length < 2) return;
	const element = createAgendaSlide(strings, items);
	slides[0]!.elements[slides[0]!.elements.length - 1]!.after(element);
	slides.splice(1, 0, generatedSlide('agenda', strings['presentation.agenda'], element));
}

/**
 * The deck as one 16:9 page per slide, for "Save as PDF" (the browser's print dialog opens by itself) and for
 * `npm run deck`, which prints this view with Playwright. Each slide's visible parts move into a page box; the
 * prose and notes stay hidden as on screen.
 */
function printDeck(slides: Slide<HTMLElement>[]): void {
	const root = document.documentElement;
	for (const slide of slides) {
		const shown = slide.elements.filter((element) => !slide.prose.includes(element) && !element.matches('.speaker-notes'));
		if (!shown.length) continue;
		const page = document.createElement('div');
		page.className = 'deck-page';
		shown[0]!.before(page);
		page.append(...shown);
	}
	root.dataset['presenting'] = 'print';
	// Paper the size of a 16:9 slide. @page cannot be scoped to this view in a stylesheet (the reading view prints
	// as an A4 handout), so the rule is added here, through the CSSOM, which the page's CSP allows.
	const pageSize = new CSSStyleSheet();
	pageSize.replaceSync('@page { size: 1280px 720px; margin: 0; }');
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSize];
	for (const image of Array.from(document.images)) image.loading = 'eager';
	root.removeAttribute('data-presenting-pending');
	document.title = `${document.title} (PDF)`;
	// Automated printing (npm run deck) calls page.pdf() itself; a person gets the print dialog.
	if (!navigator.webdriver) {
		void Promise.all(Array.from(document.images, (image) => image.decode().catch(() => undefined))).then(() => window.print());
	}
}
