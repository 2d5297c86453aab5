import { editions, type Language } from '../../i18n/locales.ts';

/** One sidebar group as src/sidebar.ts writes it (labels in Japanese with English translations). */
export interface SidebarGroup {
	label: string;
	translations?: Record<string, string>;
	items?: readonly string[];
}

interface CourseEntry {
	id: string;
	data: {
		title: string;
		/** Every page but a not-found page has one (schema.ts); the sidebar lists no not-found page. */
		duration?: number | undefined;
		kind?: string;
		pricing?: { model: string } | undefined;
	};
}

export interface CoursePage {
	slug: string;
	title: string;
	minutes: number;
	kind: string;
	/** How the tool is charged (`free`, `charged`, `conditional`), for tool pages. */
	pricing?: string | undefined;
}

export interface CourseGroup {
	/** `course-node-tools`: an ASCII anchor from the group's English label, the same in both editions. */
	id: string;
	label: string;
	pages: CoursePage[];
}

/**
 * The course of one edition: the sidebar's groups and pages in reading order, with each page's title and minutes
 * from its frontmatter. Pages of `kind: site` (the run-sheet, the settings) are tools of the guide, not lessons,
 * and are left out. A sidebar slug without a page stops the build.
 */
export function courseOf(sidebar: readonly SidebarGroup[], entries: readonly CourseEntry[], language: Language): CourseGroup[] {
	const { directory } = editions[language];
	return sidebar
		.filter((group) => group.items?.length)
		.map((group) => ({
			id: `course-${(group.translations?.['en'] ?? group.label).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
			label: language === 'ja' ? group.label : (group.translations?.[language] ?? group.label),
			pages: group
				.items!.map((slug) => {
					const id = directory ? `${directory}/${slug}` : slug;
					const entry = entries.find((candidate) => candidate.id === id);
					if (!entry) throw new Error(`src/sidebar.ts: "${slug}" has no page in the ${language} edition (${id}.mdx).`);
					if (entry.data.duration === undefined) throw new Error(`src/sidebar.ts: "${slug}" (${id}.mdx) has no duration; a not-found page has no place in the sidebar.`);
					return {
						slug,
						title: entry.data.title,
						minutes: entry.data.duration,
						kind: entry.data.kind ?? 'guide',
						pricing: entry.data.pricing?.model,
					};
				})
				.filter((page) => page.kind !== 'site'),
		}))
		.filter((group) => group.pages.length > 0);
}

/** `{ slug: minutes }` of every page of a course, in reading order. */
export function minutesByPage(course: readonly CourseGroup[]): Record<string, number> {
	return Object.fromEntries(course.flatMap((group) => group.pages.map((page) => [page.slug, page.minutes])));
}
