/**
 * A QR code per page at `/qr/<page>.svg` (home: `/qr/index.svg`), encoding the page's canonical URL, so the
 * title slide of presentation mode lets attendees open the page on their phones. Drawn at build time: no
 * external QR service, and readers who never present download nothing.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderSVG } from 'uqr';

export const getStaticPaths = (async () =>
	(await getCollection('docs')).map(({ id }) => ({
		params: { slug: `${id}.svg` },
		props: { pagePath: id === 'index' ? '' : `${id}/` },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
	const pageUrl = new URL(`${import.meta.env.BASE_URL}${props['pagePath']}`, site).href;
	return new Response(renderSVG(pageUrl, { border: 2, pixelSize: 8 }), {
		headers: { 'Content-Type': 'image/svg+xml' },
	});
};
