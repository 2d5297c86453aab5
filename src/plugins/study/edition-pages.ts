import { getCollection, type CollectionEntry } from 'astro:content';
import { pageOrder } from '../../sidebar';
import { languageOfEntryId, slugOfEntryId, type Language } from '../../i18n/locales';

export interface EditionPage {
	/** The page's slug without its edition folder (`session-manager`). */
	slug: string;
	data: CollectionEntry<'docs'>['data'];
	/** For `render(entry)`, e.g. to read the page's headings. */
	entry: CollectionEntry<'docs'>;
}

/** The pages of one edition that pass `filter`, in reading (sidebar) order, keyed by their edition-free slug. */
export async function getEditionPages(
	language: Language,
	filter: (data: CollectionEntry<'docs'>['data']) => boolean = () => true
): Promise<EditionPage[]> {
	return (await getCollection('docs', ({ id, data }) => languageOfEntryId(id) === language && filter(data)))
		.map((entry) => ({ slug: slugOfEntryId(entry.id), data: entry.data, entry }))
		.sort((a, b) => pageOrder.indexOf(a.slug) - pageOrder.indexOf(b.slug));
}
