import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBasePath } from './markdown/prefix-base-path';

/** Per-page data that Starlight does not derive on its own. */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { hero, sources } = route.entry.data;

	// Hero buttons come from frontmatter, which the Markdown plugin that adds the sub-path never sees.
	if (hero) {
		hero.actions = hero.actions.map((action) => ({ ...action, link: withBasePath(action.link, import.meta.env.BASE_URL) }));
	}

	// The sources section is rendered by a component (see MarkdownContent override), so Astro's heading list
	// does not know it; list it in the table of contents like any other section.
	if (route.toc && sources?.length && !route.toc.items.some((item) => item.slug === 'sources')) {
		route.toc.items.push({ depth: 2, slug: 'sources', text: '出典と確認日', children: [] });
	}
});
