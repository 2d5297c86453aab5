import en from '../content/i18n/en.json' with { type: 'json' };
import ja from '../content/i18n/ja.json' with { type: 'json' };
import type { Language } from './locales';

/**
 * The UI strings of each edition, for build-time code outside Astro components (Markdown plugins, social-card
 * endpoint), which has no `Astro.locals.t`. Components use `Astro.locals.t` instead.
 */
export const uiStrings: Record<Language, Record<string, string>> = { ja, en };

/** One UI string of an edition; fails the build when a language file lacks it. */
export function uiString(language: Language, key: string): string {
	const value = uiStrings[language][key];
	if (value === undefined) throw new Error(`UI string "${key}" is missing from src/content/i18n/${language}.json.`);
	return value;
}
