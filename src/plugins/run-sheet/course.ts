import { entryIdInEdition } from '../study/lab-links.ts';
import type { Language } from '../../i18n/locales.ts';
import type { SectionHeading } from '../presentation/runtime/slides.ts';
import type { CoursePage } from './agenda.ts';
import { plannedSections } from './page-sections.ts';

interface SourceEntry {
	id: string;
	body?: string | undefined;
	data: { title: string; duration?: number | undefined; kind?: string };
}

/**
 * The pages of one edition in reading order with their sections and minutes, for the run-sheet. `href(slug)`
 * is the page's published address; `generated` are the sections every page gets from components (出典), listed
 * only when the page leaves them time, as the presentation's agenda does. Pages of `kind: site` (the run-sheet,
 * the settings) have nothing to present and are left out; a slug without a page in the edition is skipped (the
 * sidebar build checks that every slug has one).
 */
export function runSheetCourse(
	pageOrder: readonly string[],
	entries: readonly SourceEntry[],
	language: Language,
	href: (slug: string) => string,
	generated: readonly SectionHeading[] = []
): CoursePage[] {
	return pageOrder.flatMap((slug) => {
		const entry = entries.find((candidate) => candidate.id === entryIdInEdition(language, slug));
		if (!entry || entry.data.kind === 'site' || entry.data.kind === 'not-found' || entry.data.duration === undefined) return [];
		const { title, duration } = entry.data;
		const sections = plannedSections(entry.body ?? '', duration, generated).filter((section) => section.minutes > 0 || !generated.some((heading) => heading.id === section.id));
		return [{ slug, title, minutes: duration, href: href(slug), sections }];
	});
}
