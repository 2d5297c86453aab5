import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { asLanguage, editions } from './i18n/locales';
import { withBasePath } from './markdown/prefix-base-path';

/** Per-page data that Starlight does not derive on its own. */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { hero, sources, title } = route.entry.data;

	// Hero buttons come from frontmatter, which the Markdown plugin that adds the sub-path never sees.
	if (hero) {
		hero.actions = hero.actions.map((action) => ({ ...action, link: withBasePath(action.link, import.meta.env.BASE_URL) }));
	}

	// The sources section is rendered by a component (see MarkdownContent override), so Astro's heading list
	// does not know it; list it in the table of contents like any other section.
	if (route.toc && sources?.length && !route.toc.items.some((item) => item.slug === 'sources')) {
		route.toc.items.push({ depth: 2, slug: 'sources', text: context.locals.t('study.sources.heading'), children: [] });
	}

	// Social cards: Starlight writes og:locale as the bare language ("ja"); the Open Graph format is ja_JP / en_US.
	// The other edition of the page is announced as og:locale:alternate (Starlight already adds hreflang links).
	const language = asLanguage(route.lang);
	for (const entry of route.head) {
		if (entry.tag === 'meta' && entry.attrs?.['property'] === 'og:locale') entry.attrs['content'] = editions[language].ogLocale;
	}
	for (const other of Object.values(editions)) {
		if (other !== editions[language]) route.head.push({ tag: 'meta', attrs: { property: 'og:locale:alternate', content: other.ogLocale } });
	}
	// The not-found page answers every missing URL: it is nobody's canonical page, and it has no card of its own
	// (src/pages/og/ draws one per content page), so a link to a missing page unfurls with the home page's card.
	const isNotFound = route.entry.id === '404';
	if (isNotFound) {
		route.head = route.head.filter(
			(entry) => !(entry.tag === 'link' && entry.attrs?.['rel'] === 'canonical') && !(entry.tag === 'meta' && entry.attrs?.['property'] === 'og:url')
		);
	}
	// The page's own card, drawn by src/pages/og/[...slug].ts. Absolute, as crawlers require.
	if (context.site) {
		// The home page's route id is '' while its card is named after its file, index.mdx.
		const cardName = isNotFound ? 'index' : route.entry.id || 'index';
		const imageUrl = new URL(`${import.meta.env.BASE_URL}og/${cardName}.png`, context.site).href;
		route.head.push(
			{ tag: 'meta', attrs: { property: 'og:image', content: imageUrl } },
			{ tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
			{ tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
			{ tag: 'meta', attrs: { property: 'og:image:alt', content: title } },
			{ tag: 'meta', attrs: { name: 'twitter:image', content: imageUrl } }
		);
	}
});
