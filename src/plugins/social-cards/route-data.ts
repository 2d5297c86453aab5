import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { asLanguage, editions } from '../../i18n/locales';
import { socialCardFile } from '../../lib/urls';

/** What a link to a page shows when pasted into a wiki or chat: its own card, in its language. */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;

	// Starlight writes og:locale as the bare language ("ja"); the Open Graph format is ja_JP / en_US.
	// The other edition of the page is announced as og:locale:alternate (Starlight already adds hreflang links).
	const language = asLanguage(route.lang);
	for (const entry of route.head) {
		if (entry.tag === 'meta' && entry.attrs?.['property'] === 'og:locale') entry.attrs['content'] = editions[language].ogLocale;
	}
	for (const other of Object.values(editions)) {
		if (other !== editions[language]) route.head.push({ tag: 'meta', attrs: { property: 'og:locale:alternate', content: other.ogLocale } });
	}
	// An edition's not-found page (404.mdx, en/404.mdx) answers every missing URL: it is nobody's canonical page,
	// and it has no card of its own (cards.ts leaves it out), so a link to a missing page unfurls with its edition's
	// home card.
	const isNotFound = route.entry.data.kind === 'not-found';
	if (isNotFound) {
		route.head = route.head.filter(
			(entry) => !(entry.tag === 'link' && entry.attrs?.['rel'] === 'canonical') && !(entry.tag === 'meta' && entry.attrs?.['property'] === 'og:url')
		);
	}
	// The page's own card, drawn by cards.ts. Absolute, as crawlers require.
	if (context.site) {
		const imageUrl = new URL(`${import.meta.env.BASE_URL}og/${socialCardFile(isNotFound ? editions[language].directory : route.entry.id)}`, context.site).href;
		route.head.push(
			{ tag: 'meta', attrs: { property: 'og:image', content: imageUrl } },
			{ tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
			{ tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
			{ tag: 'meta', attrs: { property: 'og:image:alt', content: route.entry.data.title } },
			{ tag: 'meta', attrs: { name: 'twitter:image', content: imageUrl } }
		);
	}
});
