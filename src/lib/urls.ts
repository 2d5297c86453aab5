import { editions, type Language } from '../i18n/locales.ts';

/**
 * Every URL rule of the site in one place, for components (with `import.meta.env.BASE_URL`), endpoints, route
 * middleware and Markdown plugins (with the configured `base`). Authors and components write site paths from the
 * root (`/session-manager/#pricing`); these helpers add the edition folder and the sub-path the site is built for.
 */

/** `ssm-guide`, `/ssm-guide` and `/ssm-guide/` all mean the same sub-path; Astro wants `/ssm-guide/`. */
export function normaliseBasePath(value = '/'): string {
	const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/**
 * `/overview/` → `/ssm-guide/overview/` when `base` is `/ssm-guide/`. Leaves alone what is not a site-root
 * link (`https://…`, `//host`, `#id`, `../x/`) and what already carries the base, so applying it twice is safe.
 */
export function withBasePath(href: string, base: string): string {
	const isSiteRootLink = href.startsWith('/') && !href.startsWith('//');
	if (!isSiteRootLink || base === '/' || href.startsWith(base)) return href;
	return base + href.slice(1);
}

/** A site path in the given edition, before the base path: (`en`, `/glossary/#x`) → `/en/glossary/#x`. */
export function pathInEdition(language: Language, path: string): string {
	const { directory } = editions[language];
	return directory ? `/${directory}${path}` : path;
}

/** A site path as published: in the edition's folder and under the base path. */
export function editionHref(language: Language, path: string, base: string): string {
	return withBasePath(pathInEdition(language, path), base);
}

/**
 * The name a page's build-time assets (social card, QR code) carry: its content entry id (`session-manager`,
 * `en/session-manager`, `en` for the English home), with the Japanese home page as `index`. Starlight's route
 * data gives that home page the id '' while the content collection calls it `index`; both map to `index`.
 */
export function pageAssetName(entryId: string): string {
	return entryId === '' ? 'index' : entryId;
}

/** The social card of a page, relative to /og/: `session-manager.png`. */
export function socialCardFile(entryId: string): string {
	return `${pageAssetName(entryId)}.png`;
}

/** The QR code of a page, relative to /qr/: `session-manager.svg`. */
export function qrCodeFile(entryId: string): string {
	return `${pageAssetName(entryId)}.svg`;
}

/** The site path of a content entry's page, without the base: `index` → `/`, `en` → `/en/`, `x` → `/x/`. */
export function pagePathOfEntryId(entryId: string): string {
	return pageAssetName(entryId) === 'index' ? '/' : `/${entryId}/`;
}
