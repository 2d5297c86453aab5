import { editions, type Language } from '../../i18n/locales.ts';

/** `run-command#rate-control` → { page: 'run-command', section: 'rate-control' } (the schema checked the shape). */
export function parsePageSection(value: string): { page: string; section: string } {
	const [page = '', section = ''] = value.split('#');
	return { page, section };
}

/** The content entry id of a page slug in an edition: (`en`, `run-command`) → `en/run-command`. */
export function entryIdInEdition(language: Language, slug: string): string {
	const { directory } = editions[language];
	return directory ? `${directory}/${slug}` : slug;
}

interface LabEntry {
	id: string;
	data: { kind: string; lab?: { practises: string[] } | undefined };
}

/** The lab pages of one edition that practise sections of `slug`, in id order. */
export function labsPractising<Entry extends LabEntry>(entries: readonly Entry[], language: Language, slug: string): Entry[] {
	const prefix = entryIdInEdition(language, 'labs/');
	return entries
		.filter((entry) => entry.data.kind === 'lab' && entry.id.startsWith(prefix))
		.filter((entry) => entry.data.lab!.practises.some((value) => parsePageSection(value).page === slug))
		.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The sections of a page from its source: `## Title {#id}` headings (every heading on this site carries an explicit
 * ASCII id). Read from the source instead of rendering the page, which would pull every page's assets into every
 * page that lists them.
 */
export function sectionsOfSource(body: string): Map<string, string> {
	const sections = new Map<string, string>();
	for (const match of body.matchAll(/^#{2,4}\s+(.+?)\s+\{#([a-z0-9-]+)\}\s*$/gm)) sections.set(match[2]!, match[1]!.replaceAll('`', '').trim());
	return sections;
}
