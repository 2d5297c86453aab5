import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** What a page costs to read: bytes it fetches at load, gzip-compressed as a compressing server sends them, images excluded. */
export interface ReadingWeight {
	gzipBytes: number;
	requests: number;
}

const alreadyCompressed = /image\/(png|jpe?g|webp|avif)|font\/woff2/;
const image = /\.(png|jpe?g|webp|avif|svg|gif)(\?|$)/;

/**
 * Loads `url` in `page` and adds up what it fetched until the network went quiet — the same method as
 * scripts/bench.mjs ("without images"), so a test and the benchmark report agree. Requests a service worker makes
 * for itself (offline caching) are not the page's and are not counted.
 */
export async function measureReadingWeight(page: Page, url: string): Promise<ReadingWeight> {
	let gzipBytes = 0;
	let requests = 0;
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		const type = response.headers()['content-type'] ?? '';
		if (image.test(response.url()) || type.startsWith('image/')) return;
		requests++;
		pending.push(
			response.body().then(
				(body) => {
					gzipBytes += alreadyCompressed.test(type) ? body.length : gzipSync(body).length;
				},
				() => undefined
			)
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	return { gzipBytes, requests };
}
