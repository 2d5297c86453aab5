/**
 * The parts of a page that only a presentation shows — each <SpeakerNotes> and each <Slide>'s message and points —
 * leave the built page for a file next to it (`deck.json`), so a reader does not download them (about 2–3 KB gzip
 * on a tool page). The page keeps each element, empty and marked `data-deck-part`, where it was; the slide runtime
 * fetches the file when a presentation starts and puts the contents back before it reads the slides. Reading, print
 * and the page without JavaScript never showed them (they are `hidden`), so nothing changes there.
 *
 * Runs on the built HTML (the presentation plugin's astro:build:done); `astro dev` serves pages with the parts in
 * place, which the runtime handles the same way.
 */

export const deckPartsFileName = 'deck.json';

export interface DeckParts {
	/** The inner HTML of each emptied element, in document order. */
	parts: string[];
}

/** The two kinds of element, as SpeakerNotes.astro and Slide.astro write them: class first, no element of the same name inside. */
const partElement = /<(aside) class="speaker-notes"([^>]*)>([\s\S]*?)<\/aside>|<(div) class="slide-points"([^>]*)>([\s\S]*?)<\/div>/g;

export function extractDeckParts(html: string, file: string): { html: string; parts: string[] } {
	const parts: string[] = [];
	const emptied = html.replace(
		partElement,
		(whole, asideName?: string, asideAttributes?: string, asideInner?: string, divName?: string, divAttributes?: string, divInner?: string) => {
			const name = (asideName ?? divName)!;
			const attributes = (asideAttributes ?? divAttributes)!;
			const inner = (asideInner ?? divInner)!;
			// A nested element of the same name would end the match early and cut the part in two.
			if (new RegExp(`<${name}[\\s>]`).test(inner))
				throw new Error(`${file}: a <${name}> inside a ${name === 'aside' ? '<SpeakerNotes>' : '<Slide>'}; the deck parts cannot be moved out safely.`);
			if (/<script[\s>]|<style[\s>]|\sstyle="/.test(inner)) throw new Error(`${file}: a script or style inside a presentation part; the page's CSP would not allow it once moved.`);
			if (attributes.includes('data-deck-part')) return whole;
			parts.push(inner);
			return `<${name} class="${name === 'aside' ? 'speaker-notes' : 'slide-points'}"${attributes} data-deck-part></${name}>`;
		}
	);
	return { html: emptied, parts };
}

/** `run-command/index.html` → `run-command/deck.json`; pages not named index.html (404.html) keep their parts. */
export function deckPartsFileOf(htmlFile: string): string | undefined {
	if (htmlFile === 'index.html') return deckPartsFileName;
	return htmlFile.endsWith('/index.html') ? `${htmlFile.slice(0, -'index.html'.length)}${deckPartsFileName}` : undefined;
}
