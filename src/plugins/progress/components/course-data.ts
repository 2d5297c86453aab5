import { getCollection } from 'astro:content';
import { asLanguage } from '../../../i18n/locales';
import { sidebar } from '../../../sidebar';
import { courseOf, type CourseGroup } from '../course';

/** Pages that are tools of the site, not lessons: no progress, not in the course totals. */
export const notLessons = ['run-sheet', 'settings'];

/** The course of the page's edition, for the progress components. */
export async function courseForPage(lang: string): Promise<CourseGroup[]> {
	return courseOf(sidebar, await getCollection('docs'), asLanguage(lang), notLessons);
}
