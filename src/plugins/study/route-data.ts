import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * The sources section is rendered by a component (SourcesSection, after the content), so Astro's heading list does
 * not know it; list it in the table of contents like any other section.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.toc && route.entry.data.sources?.length && !route.toc.items.some((item) => item.slug === 'sources')) {
		route.toc.items.push({ depth: 2, slug: 'sources', text: context.locals.t('study.sources.heading'), children: [] });
	}
});
