/**
 * The guide's two editions. Japanese is the root (its URLs are the ones already pasted into wikis); English
 * mirrors every page under /en/ with the same slugs and section ids. Astro components get the current language
 * from Starlight (`Astro.locals.starlightRoute.lang`); build-time code that only sees a content entry id or a
 * file path (social cards, Markdown plugins) uses the helpers below.
 */
export const languages = ['ja', 'en'] as const;
export type Language = (typeof languages)[number];

interface Edition {
	/** URL and content-folder prefix: '' for the root edition, 'en' for /en/. */
	directory: string;
	siteTitle: string;
	/** Open Graph wants language_TERRITORY. */
	ogLocale: string;
	/** For Intl date formats. */
	dateLocale: string;
}

export const editions: Record<Language, Edition> = {
	ja: { directory: '', siteTitle: 'AWS Systems Manager ノード管理 学習ガイド', ogLocale: 'ja_JP', dateLocale: 'ja-JP' },
	en: { directory: 'en', siteTitle: 'AWS Systems Manager Node Tools Study Guide', ogLocale: 'en_US', dateLocale: 'en-US' },
};

/** `en/session-manager` → en, `session-manager` → ja; the English home page's id is `en`. */
export function languageOfEntryId(id: string): Language {
	return languages.find((language) => editions[language].directory && (id === editions[language].directory || id.startsWith(`${editions[language].directory}/`))) ?? 'ja';
}

/** The page's slug without its edition folder: `en/session-manager` → `session-manager`, `en` → `` (home). */
export function slugOfEntryId(id: string): string {
	const { directory } = editions[languageOfEntryId(id)];
	return directory ? id.slice(directory.length).replace(/^\//, '') : id;
}

/** Narrows Starlight's `lang` (a BCP-47 string) to an edition. */
export function asLanguage(lang: string | undefined): Language {
	return languages.find((language) => language === lang) ?? 'ja';
}
