import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBasePath } from '../../lib/urls';

/** Hero buttons come from frontmatter, which the Markdown plugin that adds the sub-path never sees. */
export const onRequest = defineRouteMiddleware((context) => {
	const { hero } = context.locals.starlightRoute.entry.data;
	if (hero) {
		hero.actions = hero.actions.map((action) => ({ ...action, link: withBasePath(action.link, import.meta.env.BASE_URL) }));
	}
});
