import { languages, type Language } from './locales.ts';

/**
 * UI strings of a feature, declared once for every edition in the feature's own folder and handed to Starlight by
 * the feature's plugin (`i18n:setup` → `injectTranslations`), so components read them with `Astro.locals.t(key)`
 * and Starlight types the keys. Adding a language is one more entry per feature. TypeScript already requires the
 * same keys in every language; the check below also stops the build when data bypasses the types.
 */
export type UiStrings<Key extends string> = Record<Language, Record<Key, string>>;

export function defineUiStrings<const Key extends string>(feature: string, strings: UiStrings<Key>): UiStrings<Key> {
	const reference = Object.keys(strings.ja);
	for (const language of languages) {
		const keys = Object.keys(strings[language] ?? {});
		const missing = reference.filter((key) => !keys.includes(key));
		const extra = keys.filter((key) => !reference.includes(key));
		if (missing.length || extra.length) {
			throw new Error(
				`UI strings of "${feature}", ${language}: ${[...missing.map((key) => `missing "${key}"`), ...extra.map((key) => `unknown "${key}"`)].join(', ')}.`
			);
		}
	}
	return strings;
}

/** The keys of a feature's strings, in declaration order (the order `pickStrings` writes them to the page). */
export function keysOf<Key extends string>(strings: UiStrings<Key>): Key[] {
	return Object.keys(strings.ja) as Key[];
}

/** Several features' strings as one `injectTranslations` argument. */
export function mergeUiStrings(...all: UiStrings<string>[]): Record<Language, Record<string, string>> {
	return Object.fromEntries(languages.map((language) => [language, Object.assign({}, ...all.map((strings) => strings[language]))])) as Record<
		Language,
		Record<string, string>
	>;
}
