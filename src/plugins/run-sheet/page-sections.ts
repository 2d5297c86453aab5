import { agendaItems, planSlides, titleSlideId, type ContentBlock, type SectionHeading, type SpeakerNote } from '../presentation/runtime/slides.ts';

/** One H2 section of a page with the minutes planned for it. */
export interface PlannedSection {
	id: string;
	title: string;
	minutes: number;
}

/** `## 見出し {#ascii-id}`: every H2 of this site is written so (tests/heading-ids.spec.ts). */
const h2Line = /^##\s+(.+?)\s+\{#([a-z0-9-]+)\}\s*$/;
const fenceLine = /^\s*(```|~~~)/;
/** `<SpeakerNotes minutes={3}>` or `minutes="3"`; a note without minutes plans none. */
const speakerNotesTag = /<SpeakerNotes\b[^>]*>/g;
const minutesAttribute = /\bminutes=(?:\{\s*([\d.]+)\s*\}|"([\d.]+)")/;

/** Heading text as the rendered H2 reads: without inline-code ticks, emphasis marks and link targets. */
function plainHeading(markdown: string): string {
	return markdown
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[`*]/g, '')
		.trim();
}

/**
 * The page's MDX source as the presentation sees the rendered page: one block before the first H2, then one per
 * H2 section, each with the minutes of the `<SpeakerNotes>` it holds. Code fences are skipped (they may show a
 * heading or a tag as an example). `generated` are sections that components append to every page (the 出典
 * section), which the deck counts as slides too.
 */
export function sourceBlocks(source: string, generated: readonly SectionHeading[] = []): ContentBlock<number>[] {
	const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
	const blocks: (ContentBlock<number> & { notes: SpeakerNote[] })[] = [{ element: 0, heading: undefined, notes: [] }];
	let inFence = false;
	for (const line of body.split(/\r?\n/)) {
		if (fenceLine.test(line)) {
			inFence = !inFence;
			continue;
		}
		if (inFence) continue;
		const heading = h2Line.exec(line);
		if (heading) {
			blocks.push({ element: blocks.length, heading: { id: heading[2]!, title: plainHeading(heading[1]!) }, notes: [] });
			continue;
		}
		const block = blocks[blocks.length - 1]!;
		for (const [tag] of line.matchAll(speakerNotesTag)) {
			const minutes = minutesAttribute.exec(tag);
			block.notes.push({ minutes: Number(minutes?.[1] ?? minutes?.[2] ?? 0), html: '' });
		}
	}
	for (const heading of generated) blocks.push({ element: blocks.length, heading, notes: [] });
	return blocks;
}

/**
 * The H2 sections of a page with their minutes, exactly as the presentation's agenda slide lists them: the rule
 * is `planSlides` itself (planned minutes from `<SpeakerNotes>`, an even share of what `duration` leaves for
 * the rest), rounded by `agendaItems`. Read from the source at build time, so listing every page's sections
 * renders no page.
 */
export function plannedSections(source: string, duration: number, generated: readonly SectionHeading[] = []): PlannedSection[] {
	const slides = planSlides(sourceBlocks(source, generated), '', duration);
	const sectionSlides = slides.filter((slide) => slide.id !== titleSlideId);
	const items = agendaItems(slides);
	return sectionSlides.map((slide, index) => ({ id: slide.id, title: slide.title, minutes: items[index]!.minutes }));
}
