/* The guide's service worker (written to <base>sw.js by the offline plugin, after `const version = …;`). After the
   first visit it caches every page, style, script, diagram, the search index and the QR codes, so reading, search,
   presenting and the quizzes work with the network off; figures are cached when shown, or all at once when the
   reader asks (「この端末に保存」). Pages come from the network while it answers (so an online visit always sees the
   current site) and from the cache when it does not; hashed files from the cache. The list of files
   (precache-manifest.ts) is a separate file named after the version, so that the update check the pages make
   (registration.ts) fetches only this small script; a new version downloads only what changed and replaces the
   old caches. Plain JavaScript, no library: it is small, and it must run as is under the site's CSP. */
/* global version */
const scope = self.registration.scope;
// Cache names carry the scope's path: two guides on one intranet host (different base paths) keep their own.
const cachePrefix = new URL(scope).pathname;
const coreCache = `${cachePrefix}core-${version}`;
const figureCache = `${cachePrefix}figures`;
/** How long a page request waits for a slow network before the cached copy is used. */
const networkTimeoutMs = 2500;

const absolute = (url) => new URL(url, scope).href;
const manifestUrl = absolute(`sw-manifest-${version}.json`);

/** The file list of this version: from the core cache once installed, else from the server. */
let manifestLoad;
function loadManifest() {
	manifestLoad ??= (async () => {
		const cache = await caches.open(coreCache);
		let response = await cache.match(manifestUrl);
		if (!response) {
			response = await fetch(manifestUrl, { cache: 'no-cache' });
			if (!response.ok) throw new Error(`${manifestUrl}: ${response.status}`);
			await cache.put(manifestUrl, response.clone());
		}
		const manifest = await response.json();
		return {
			...manifest,
			byUrl: new Map([...manifest.core, ...manifest.figures].map((entry) => [absolute(entry.url), entry])),
			figureUrls: new Set(manifest.figures.map((entry) => absolute(entry.url))),
		};
	})();
	manifestLoad.catch(() => (manifestLoad = undefined));
	return manifestLoad;
}

/** The request's URL without its query (`?present`, Pagefind's `?ts=`) and fragment, as the cache keys are. */
function keyOf(request) {
	const url = new URL(request.url);
	url.search = '';
	url.hash = '';
	return url.href;
}

/** Entries already cached under this revision in an older core cache, so an update does not download them again. */
async function cachedRevision(url, revision) {
	for (const name of await caches.keys()) {
		if (!name.startsWith(`${cachePrefix}core-`) || name === coreCache) continue;
		const response = await (await caches.open(name)).match(url);
		if (response && response.headers.get('x-revision') === revision) return response;
	}
	return undefined;
}

/** A response stored with its revision, so the next version can tell whether it changed. */
async function withRevision(response, revision) {
	const headers = new Headers(response.headers);
	headers.set('x-revision', revision);
	return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/** Caches `entries` into `cacheName`, six at a time; reports progress; fails if any file cannot be fetched. */
async function cacheEntries(cacheName, entries, onProgress = () => {}) {
	const cache = await caches.open(cacheName);
	let done = 0;
	const queue = [...entries];
	const worker = async () => {
		for (let entry = queue.shift(); entry; entry = queue.shift()) {
			const url = absolute(entry.url);
			const cached = await cache.match(url);
			if (!cached || cached.headers.get('x-revision') !== entry.revision) {
				const reused = await cachedRevision(url, entry.revision);
				const response = reused ?? (await fetch(url, { cache: 'no-cache' }));
				if (!response.ok) throw new Error(`${url}: ${response.status}`);
				await cache.put(url, reused ?? (await withRevision(response, entry.revision)));
			}
			onProgress(++done, entries.length);
		}
	};
	await Promise.all(Array.from({ length: 6 }, worker));
}

self.addEventListener('install', (event) => {
	event.waitUntil(
		loadManifest()
			.then((manifest) => cacheEntries(coreCache, manifest.core))
			.then(() => self.skipWaiting())
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) if (name.startsWith(`${cachePrefix}core-`) && name !== coreCache) await caches.delete(name);
			// Figures of earlier versions that this one no longer has.
			const { figureUrls } = await loadManifest();
			const figures = await caches.open(figureCache);
			for (const request of await figures.keys()) if (!figureUrls.has(request.url)) await figures.delete(request);
			await self.clients.claim();
		})()
	);
});

/** Resolves with the network's response, or rejects after `networkTimeoutMs` or when the network fails. */
function fromNetwork(request) {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('timeout')), networkTimeoutMs);
		fetch(request).then(
			(response) => {
				clearTimeout(timer);
				resolve(response);
			},
			(error) => {
				clearTimeout(timer);
				reject(error);
			}
		);
	});
}

/** A cached page for a navigation: the page itself, the same path with its trailing slash, or the 404 page. */
async function cachedPage(key) {
	const cache = await caches.open(coreCache);
	return (
		(await cache.match(key)) ??
		(!key.endsWith('/') ? await cache.match(`${key}/`) : undefined) ??
		(await cache.match(absolute('404.html')).then((page) => page && new Response(page.body, { status: 404, headers: page.headers })))
	);
}

/** Another width of the same figure, when the one the browser picked was never cached. */
async function anyCachedVariant(manifest, entry) {
	const cache = await caches.open(figureCache);
	for (const other of manifest.figures) {
		if (other.group !== entry.group) continue;
		const response = await cache.match(absolute(other.url));
		if (response) return response;
	}
	return undefined;
}

async function respond(request) {
	const key = keyOf(request);
	const manifest = await loadManifest().catch(() => undefined);
	// Only what the site publishes; anything else (a file added by the host) goes to the network untouched.
	if (!manifest || (request.mode !== 'navigate' && !manifest.byUrl.has(key))) return fetch(request);
	const { byUrl, figureUrls } = manifest;
	const entry = byUrl.get(key);
	if (request.mode === 'navigate' || (entry && !entry.immutable && !figureUrls.has(key))) {
		try {
			return await fromNetwork(request);
		} catch (error) {
			const cached = request.mode === 'navigate' ? await cachedPage(key) : await (await caches.open(coreCache)).match(key);
			if (cached) return cached;
			throw error;
		}
	}
	if (figureUrls.has(key)) {
		const cache = await caches.open(figureCache);
		const cached = await cache.match(key);
		if (cached) return cached;
		try {
			const response = await fetch(request);
			if (response.ok) await cache.put(key, await withRevision(response.clone(), entry.revision));
			return response;
		} catch (error) {
			const variant = await anyCachedVariant(manifest, entry);
			if (variant) return variant;
			throw error;
		}
	}
	return (await (await caches.open(coreCache)).match(key)) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
	event.respondWith(respond(request));
});

/** How much of each part is cached: for the settings page. */
async function status() {
	// caches.match with a cacheName, not caches.open: opening would create a cache that 「保存を削除」 has just
	// deleted, when the settings page's status request is still counting as the reader presses the button.
	const count = async (cacheName, entries) => {
		let cached = 0;
		let bytes = 0;
		for (const entry of entries) {
			if (await caches.match(absolute(entry.url), { cacheName })) {
				cached++;
				bytes += entry.bytes;
			}
		}
		return { cached, total: entries.length, bytes, totalBytes: entries.reduce((sum, entry) => sum + entry.bytes, 0) };
	};
	const manifest = await loadManifest();
	return { version, core: await count(coreCache, manifest.core), figures: await count(figureCache, manifest.figures) };
}

self.addEventListener('message', (event) => {
	const port = event.ports[0];
	if (!port) return;
	const { type } = event.data ?? {};
	if (type === 'status') {
		event.waitUntil(status().then((result) => port.postMessage({ type: 'status', ...result })));
	} else if (type === 'save-all') {
		let done = 0;
		event.waitUntil(
			loadManifest()
				.then(async (manifest) => {
					const total = manifest.core.length + manifest.figures.length;
					const progress = () => port.postMessage({ type: 'progress', done: ++done, total });
					await cacheEntries(coreCache, manifest.core, progress);
					await cacheEntries(figureCache, manifest.figures, progress);
				})
				.then(status)
				.then((result) => port.postMessage({ type: 'saved', ...result }))
				.catch((error) => port.postMessage({ type: 'error', message: String(error) }))
		);
	}
});
