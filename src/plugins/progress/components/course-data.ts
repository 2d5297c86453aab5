import { getCollection } from 'astro:content';
import { asLanguage } from '../../../i18n/locales';
import { sidebar } from '../../../sidebar';
import { courseOf, type CourseGroup } from '../course';

/** The course of the page's edition, for the progress components. */
export async function courseForPage(lang: string): Promise<CourseGroup[]> {
	return courseOf(sidebar, await getCollection('docs'), asLanguage(lang));
}
