/**
 * A QR code per page at `/qr/<page>.svg` (home: `/qr/index.svg`), encoding the page's canonical URL, so the
 * title slide of presentation mode lets attendees open the page on their phones. Drawn at build time: no
 * external QR service, and readers who never present download nothing.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderSVG } from 'uqr';
import { pagePathOfEntryId, qrCodeFile } from '../../lib/urls';

export const getStaticPaths = (async () =>
	(await getCollection('docs')).map(({ id }) => ({
		params: { slug: qrCodeFile(id) },
		props: { pagePath: pagePathOfEntryId(id) },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
	// pagePath starts with '/', BASE_URL ends with one.
	const pageUrl = new URL(`${import.meta.env.BASE_URL}${String(props['pagePath']).slice(1)}`, site).href;
	return new Response(renderSVG(pageUrl, { border: 2, pixelSize: 8 }), {
		headers: { 'Content-Type': 'image/svg+xml' },
	});
};
