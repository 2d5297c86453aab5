/**
 * Which part of the page is which slide, and how long each slide should take. The logic works on plain data
 * (`ContentBlock`: one per top-level element of the content) so that it runs, and is unit-tested, without a DOM;
 * `readSlides` at the end is the thin adapter that describes the real page that way.
 *
 * Loaded by the unit specs as it is (Node strips the types): keep to erasable TypeScript and import nothing.
 */

/** The H2 that opens a section. */
export interface SectionHeading {
	id: string;
	title: string;
}

/** One `<SpeakerNotes>`: its planned minutes (0 when it plans none) and its markup as rendered. */
export interface SpeakerNote {
	minutes: number;
	html: string;
}

/** A `<Slide>`: what the audience sees for its section instead of the section's prose. */
export interface SlidePoints {
	/** Show the section's first figure on the slide too. */
	figure: boolean;
	/** How many points are revealed one at a time (0: all at once). */
	steps: number;
	/** Show the section's first code block too, only these lines (1-based, inclusive). */
	codeLines?: { from: number; to: number } | undefined;
}

/** One top-level element of the page's content, described as plain data. */
export interface ContentBlock<Item> {
	/** The element itself; the slide logic only groups it, never looks inside. */
	element: Item;
	/** Set when the block is an H2 section heading (or the sources section): it starts a new slide. */
	heading: SectionHeading | undefined;
	/** The speaker notes the block is or contains, in document order. */
	notes: readonly SpeakerNote[];
	/** Set when the block is the section's `<Slide>`. */
	points?: SlidePoints | undefined;
	/** The block is or holds a figure. */
	figure?: boolean;
	/** The block is a code listing. */
	code?: boolean;
	/** The block is a `<SpeakerNotes>` and nothing else. */
	notesOnly?: boolean;
}

export interface Slide<Item> {
	/** Section id used in the URL hash; '' for the title slide. */
	id: string;
	title: string;
	elements: Item[];
	/** Planned minutes: from <SpeakerNotes minutes>, else an even share of what the page's duration leaves. */
	minutes: number;
	/** Speaker notes of the section, as HTML. */
	notesHtml: string;
	/** The section's `<Slide>`, when it has one: then only the heading, the points (and a figure) are shown. */
	points: SlidePoints | undefined;
	/** With points: the section's prose, which the audience does not see and the presenter reads as notes. */
	prose: Item[];
	/** Made by the runtime (agenda, quiz question), not a section of the page. */
	generated?: boolean;
}

export const titleSlideId = '';

/** The label <SpeakerNotes> renders for readers of the source; the presenter view has its own heading. */
const speakerNotesLabel = /<p class="speaker-notes__label">.*?<\/p>/s;

/**
 * The deck: the title slide (with whatever comes before the first section), then one slide per section.
 * `pageDuration` is the page's planned total in minutes (0 when it has none).
 */
export function planSlides<Item>(blocks: readonly ContentBlock<Item>[], pageTitle: string, pageDuration: number): Slide<Item>[] {
	const newSlide = (id: string, title: string): Slide<Item> => ({ id, title, elements: [], minutes: 0, notesHtml: '', points: undefined, prose: [] });
	const slides = [newSlide(titleSlideId, pageTitle)];
	const blocksOfSlide = new Map<Slide<Item>, ContentBlock<Item>[]>([[slides[0]!, []]]);
	for (const block of blocks) {
		if (block.heading) {
			slides.push(newSlide(block.heading.id, block.heading.title));
			blocksOfSlide.set(slides[slides.length - 1]!, []);
		}
		// The lead paragraphs before the first section stay with the title slide.
		const slide = slides[slides.length - 1]!;
		slide.elements.push(block.element);
		blocksOfSlide.get(slide)!.push(block);
		slide.points ??= block.points;
		for (const note of block.notes) {
			slide.minutes += note.minutes;
			slide.notesHtml += note.html.replace(speakerNotesLabel, '');
		}
	}
	// A deck written with <Slide>s opens on the title alone: the page's lead paragraphs are the presenter's words.
	if (slides.some((slide) => slide.points)) {
		slides[0]!.prose = blocksOfSlide.get(slides[0]!)!.slice(1).filter((block) => !block.notesOnly).map((block) => block.element);
	}
	// A section with a <Slide> shows its heading, the points and (when asked) its first figure; the rest is prose.
	for (const slide of slides.slice(1)) {
		if (!slide.points) continue;
		const sectionBlocks = blocksOfSlide.get(slide)!;
		const shownFigure = slide.points.figure ? sectionBlocks.find((block) => block.figure && !block.points) : undefined;
		const shownCode = slide.points.codeLines ? sectionBlocks.find((block) => block.code) : undefined;
		slide.prose = sectionBlocks
			.filter((block) => !block.heading && !block.points && !block.notesOnly && block !== shownFigure && block !== shownCode)
			.map((block) => block.element);
	}
	// Sections without planned minutes share what the page's total leaves, so every slide has a target.
	const unplanned = slides.slice(1).filter((slide) => slide.minutes === 0);
	const planned = slides.reduce((sum, slide) => sum + slide.minutes, 0);
	const share = unplanned.length ? Math.max(pageDuration - planned, 0) / unplanned.length : 0;
	for (const slide of unplanned) slide.minutes = share;
	return slides;
}

/** The agenda: every section slide after the title (and any slides it adds) with its planned minutes, rounded. */
export function agendaItems<Item>(slides: readonly Slide<Item>[]): { title: string; minutes: number }[] {
	return slides.filter((slide) => slide.id !== titleSlideId && !slide.generated).map((slide) => ({ title: slide.title, minutes: Math.round(slide.minutes) }));
}

/** A slide the runtime makes (agenda, quiz questions) rather than a section of the page. */
export function generatedSlide<Item>(id: string, title: string, element: Item): Slide<Item> {
	return { id, title, elements: [element], minutes: 0, notesHtml: '', points: undefined, prose: [], generated: true };
}

/**
 * The slide a URL hash points at: a section id, else the slide holding that id (an H3, a glossary term), else
 * the title slide. `holds(element, id)` tells whether an element of a slide contains the element with that id.
 */
export function slideIndexForHash<Item>(
	slides: readonly Slide<Item>[],
	hash: string,
	holds: (element: Item, id: string) => boolean
): number {
	const id = decodeURIComponent(hash.replace(/^#/, ''));
	if (!id) return 0;
	const byId = slides.findIndex((slide) => slide.id === id);
	if (byId >= 0) return byId;
	return Math.max(
		slides.findIndex((slide) => slide.elements.some((element) => holds(element, id))),
		0
	);
}

/** `index` kept within the deck. */
export function clampSlideIndex(index: number, slideCount: number): number {
	return Math.min(Math.max(index, 0), slideCount - 1);
}

/** The address of a slide while presenting: `PAGE?present#section`, or `?present=presenter` for the presenter window. */
export function presentationUrl(pathname: string, sectionId: string, presenter: boolean): string {
	return `${pathname}?present${presenter ? '=presenter' : ''}${sectionId ? `#${sectionId}` : ''}`;
}

/** The reading view at a section (the page itself for the title slide). */
export function readingUrl(pathname: string, sectionId: string): string {
	return `${pathname}${sectionId ? `#${sectionId}` : ''}`;
}

/** How far through the deck slide `index` is, as a percentage for the progress bar. */
export function progressPercent(index: number, slideCount: number): number {
	return slideCount > 1 ? (index / (slideCount - 1)) * 100 : 100;
}

/** `m:ss`, never negative. */
export function formatTime(milliseconds: number): string {
	const seconds = Math.max(0, Math.floor(milliseconds / 1000));
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export interface TimerReadout {
	/** Time since the presentation started. */
	elapsed: string;
	/** The page's planned total, `–` when it has none. */
	total: string;
	/** Time on this slide / its planned time (`–` when it has none). */
	slideTime: string;
	/** The slide has run past its planned time. */
	isOver: boolean;
}

/** What the timer shows at `now` (all times in milliseconds since the epoch, minutes as planned). */
export function timerReadout({
	now,
	startedAt,
	slideStartedAt,
	slideMinutes,
	pageDuration,
}: {
	now: number;
	startedAt: number;
	slideStartedAt: number;
	slideMinutes: number;
	pageDuration: number;
}): TimerReadout {
	const slideElapsed = now - slideStartedAt;
	const planned = slideMinutes * 60_000;
	return {
		elapsed: formatTime(now - startedAt),
		total: pageDuration ? `${pageDuration}:00` : '–',
		slideTime: `${formatTime(slideElapsed)} / ${planned ? formatTime(planned) : '–'}`,
		isOver: planned > 0 && slideElapsed > planned,
	};
}

/** DOM adapter: the deck of the page's content element (whose first child is the title slide by then). */
export function readSlides(content: HTMLElement, pageTitle: string, pageDuration: number): Slide<HTMLElement>[] {
	const blocks = (Array.from(content.children) as HTMLElement[]).map(
		(element): ContentBlock<HTMLElement> => ({
			element,
			heading: sectionHeading(element),
			notes: speakerNotes(element),
			points: slidePoints(element),
			figure: element.tagName === 'FIGURE' || element.querySelector('figure.figure') !== null,
			code: element.matches('.expressive-code'),
			notesOnly: element.matches('.speaker-notes'),
		})
	);
	return planSlides(blocks, pageTitle, pageDuration);
}

function slidePoints(element: HTMLElement): SlidePoints | undefined {
	if (!element.matches('[data-slide-points]')) return undefined;
	return {
		figure: element.dataset['figure'] !== undefined,
		steps: element.dataset['steps'] !== undefined ? element.querySelectorAll('li').length : 0,
		codeLines: lineRange(element.dataset['code']),
	};
}

/** `"3-8"` → lines 3 to 8, `"2"` → line 2; anything else → none. */
export function lineRange(value: string | undefined): { from: number; to: number } | undefined {
	const match = /^(\d+)(?:-(\d+))?$/.exec(value ?? '');
	if (!match) return undefined;
	const from = Number(match[1]);
	const to = Number(match[2] ?? match[1]);
	return from >= 1 && to >= from ? { from, to } : undefined;
}

/**
 * The prose of a slide as the presenter reads it: copies without ids (the page keeps those) and without the
 * speaker notes inside them (shown separately).
 */
export function proseHtml(elements: readonly HTMLElement[]): string {
	return elements
		.map((element) => {
			const copy = element.cloneNode(true) as HTMLElement;
			for (const part of [copy, ...Array.from(copy.querySelectorAll<HTMLElement>('[id]'))]) part.removeAttribute('id');
			for (const note of Array.from(copy.querySelectorAll('.speaker-notes'))) note.remove();
			return copy.outerHTML;
		})
		.join('');
}

/** Starlight wraps each H2 in `.sl-heading-wrapper.level-h2`; the sources list is a `<section>` with its own H2. */
function sectionHeading(element: HTMLElement): SectionHeading | undefined {
	const h2 = element.matches('.sl-heading-wrapper.level-h2')
		? element.querySelector<HTMLElement>(':scope > h2')
		: element.matches('section.sources')
			? element.querySelector<HTMLElement>('h2')
			: null;
	return h2?.id ? { id: h2.id, title: h2.textContent?.trim() ?? h2.id } : undefined;
}

function speakerNotes(element: HTMLElement): SpeakerNote[] {
	return [
		...(element.matches('.speaker-notes') ? [element] : []),
		...Array.from(element.querySelectorAll<HTMLElement>('.speaker-notes')),
	].map((note) => ({ minutes: Number(note.dataset['minutes'] ?? 0), html: note.innerHTML }));
}

/** Tags each element with its slide, which is what the CSS shows and hides by. */
export function tagSlideElements(slides: readonly Slide<HTMLElement>[]): void {
	slides.forEach((slide, index) => {
		for (const element of slide.elements) element.dataset['presentationSlide'] = String(index);
		for (const element of slide.prose) element.dataset['presentationProse'] = '';
		// A code block on a slide shows only the lines that matter; C opens the whole listing.
		const lines = slide.points?.codeLines;
		const listing = lines ? slide.elements.find((element) => element.matches('.expressive-code') && !slide.prose.includes(element)) : undefined;
		listing?.querySelectorAll('.ec-line').forEach((line, index) => {
			if (index + 1 < lines!.from || index + 1 > lines!.to) line.setAttribute('data-trimmed', '');
		});
	});
}

/** Undoes `tagSlideElements` and the current-slide mark: the page reads as before. */
export function untagSlideElements(slides: readonly Slide<HTMLElement>[]): void {
	for (const slide of slides) {
		for (const element of slide.elements) {
			element.classList.remove('is-current-slide');
			delete element.dataset['presentationSlide'];
			delete element.dataset['presentationProse'];
			element.querySelectorAll('[data-trimmed]').forEach((line) => line.removeAttribute('data-trimmed'));
		}
	}
}
