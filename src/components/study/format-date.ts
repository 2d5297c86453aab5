import { editions, type Language } from '../../i18n/locales';

const formats = new Map<Language, Intl.DateTimeFormat>();

/** `2026-11-28` → `2026年11月28日` (ja) or `November 28, 2026` (en). Frontmatter dates are calendar dates, so they are read in UTC. */
export function formatDate(date: Date, language: Language): string {
	let format = formats.get(language);
	if (!format) {
		format = new Intl.DateTimeFormat(editions[language].dateLocale, { dateStyle: 'long', timeZone: 'UTC' });
		formats.set(language, format);
	}
	return format.format(date);
}

/** `2026-11-28`, for `<time datetime>`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
