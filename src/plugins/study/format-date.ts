import { editions, languages, type Language } from '../../i18n/locales.ts';

/** One long-date format per edition. Frontmatter dates are calendar dates, so they are read in UTC. */
const dateFormats = Object.fromEntries(
	languages.map((language) => [language, new Intl.DateTimeFormat(editions[language].dateLocale, { dateStyle: 'long', timeZone: 'UTC' })])
) as Record<Language, Intl.DateTimeFormat>;

/** `2026-11-28` → `2026年11月28日` (ja) or `November 28, 2026` (en). */
export function formatDate(date: Date, language: Language): string {
	return dateFormats[language].format(date);
}

/** `2026-11-28`, for `<time datetime>`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
