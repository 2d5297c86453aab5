import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBasePath } from './markdown/prefix-base-path';

/** Per-page data that Starlight does not derive on its own. */
export const onRequest = defineRouteMiddleware((context) => {
	const { hero } = context.locals.starlightRoute.entry.data;
	// Hero buttons come from frontmatter, which the Markdown plugin that adds the sub-path never sees.
	if (hero) {
		hero.actions = hero.actions.map((action) => ({ ...action, link: withBasePath(action.link, import.meta.env.BASE_URL) }));
	}
});
