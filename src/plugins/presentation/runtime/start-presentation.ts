/**
 * Presentation mode: the page itself becomes the deck. Nothing is copied: each top-level element of the content
 * is tagged with the slide it belongs to and CSS shows only the current slide, so tabs, zoom and links keep
 * working. One slide per H2 section, after a title slide with the page title, the total time and a QR code.
 *
 * URL: `PAGE?present#section` (audience) or `PAGE?present=presenter#section` (presenter window with notes, next
 * slide and timer). The hash follows the slide; each slide change is a history entry, so reload, share, back and
 * forward all work. Windows of the same page stay in sync through a BroadcastChannel.
 *
 * This module is the chunk PresentButton.astro imports when a presentation starts: slides.ts decides what the
 * slides are, view.ts adds the title slide and controls, controller.ts runs the deck.
 */
import './presentation.css';
import { readStrings } from '../../../i18n/format';
import type { PresentationStringKey } from '../strings';
import { runPresentation } from './controller';
import { readSlides, tagSlideElements } from './slides';
import { createControls, createTitleSlide } from './view';

interface Options {
	presenter: boolean;
}

/** One deck per page: the button and a `?present` URL may both ask for it. */
let running = false;

export function startPresentation({ presenter }: Options): void {
	if (running) return;
	const content = document.querySelector<HTMLElement>('.sl-markdown-content');
	if (!content) return;
	running = true;

	const button = document.querySelector<HTMLElement>('[data-present-button]');
	const strings = readStrings<PresentationStringKey>(button);
	const pageTitle = document.querySelector('h1')?.textContent?.trim() ?? document.title;
	const pageDuration = Number(button?.dataset['duration'] ?? 0);
	const canonicalUrl =
		document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.replace(/[?#].*$/, '');

	const titleSlide = createTitleSlide(strings, {
		siteTitle: button?.dataset['siteTitle'] ?? '',
		title: pageTitle,
		duration: pageDuration,
		qrSrc: button?.dataset['qrSrc'],
		pageUrl: canonicalUrl,
	});
	content.prepend(titleSlide);
	const slides = readSlides(content, pageTitle, pageDuration);
	tagSlideElements(slides);
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
