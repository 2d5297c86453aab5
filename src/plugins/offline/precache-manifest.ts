import { createHash } from 'node:crypto';

/** A file of the built site, as the manifest needs it: its path relative to the output folder and its bytes. */
export interface BuiltFile {
	path: string;
	content: Uint8Array;
}

/** One URL the service worker caches, relative to its scope (the site's base). */
export interface ManifestEntry {
	/** `session-manager/` for `session-manager/index.html`, else the file path. */
	url: string;
	/** Short content hash: an entry whose revision is unchanged is copied from the old cache, not downloaded again. */
	revision: string;
	bytes: number;
	/** The name carries a content hash (Vite's `_astro/`, Pagefind's chunks), so a cached copy never goes stale. */
	immutable: boolean;
	/** Raster figures: the variants of one image share a group, so offline any cached width can stand in for another. */
	group?: string;
}

export interface PrecacheManifest {
	/** Changes whenever any cached file changes; names the caches, so an update replaces them. */
	version: string;
	/** Cached after the first visit: every page, style, script, diagram, the search index and the QR codes. */
	core: ManifestEntry[];
	/** Screenshots and other raster figures: cached when shown, or all at once with 「この端末に保存」. */
	figures: ManifestEntry[];
}

/**
 * Files that are not part of reading the site: social-card images (for link previews, fetched by chat services,
 * never by the page), the precompressed copies a benchmark may leave, host configuration and crawler files.
 */
const notForReaders = [/^og\//, /\.gz$/, /^_headers$/, /^_redirects$/, /^robots\.txt$/, /^sitemap[^/]*\.xml$/, /^sw\.js$/, /^sw-manifest-[^/]*\.json$/];
const rasterImage = /\.(png|jpe?g|webp|avif|gif)$/;
/** Vite's `name.HASH.ext`, image variants `name.HASH_VARIANT.ext`, Pagefind's `name_HASH.pf_*` and `wasm.LANG.pagefind`. */
const hashedName = /^_astro\/|^pagefind\/(?:index|fragment)\/|\.pf_meta$/;

function revisionOf(content: Uint8Array): string {
	return createHash('sha256').update(content).digest('hex').slice(0, 12);
}

/** `labs/run-command/index.html` → `labs/run-command/`, `index.html` → `` (the site's home, the scope itself). */
export function urlOfFile(path: string): string {
	return path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** `_astro/pm-1.BsNfet8d_Z1abc.webp` → `_astro/pm-1.BsNfet8d`: what the widths of one source image share. */
export function figureGroupOf(path: string): string {
	return path.replace(/_[A-Za-z0-9-]+\.(webp|avif|png|jpe?g)$/, '').replace(/\.(png|jpe?g|webp|avif|gif)$/, '');
}

/** The service worker's list of what to cache, from the files of a build; entries in file-path order for a stable output. */
export function precacheManifest(files: readonly BuiltFile[]): PrecacheManifest {
	const core: ManifestEntry[] = [];
	const figures: ManifestEntry[] = [];
	for (const { path, content } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
		if (notForReaders.some((pattern) => pattern.test(path))) continue;
		const entry: ManifestEntry = { url: urlOfFile(path), revision: revisionOf(content), bytes: content.byteLength, immutable: hashedName.test(path) };
		if (rasterImage.test(path)) figures.push({ ...entry, group: figureGroupOf(path) });
		else core.push(entry);
	}
	const version = createHash('sha256')
		.update([...core, ...figures].map((entry) => `${entry.url} ${entry.revision}`).join('\n'))
		.digest('hex')
		.slice(0, 12);
	return { version, core, figures };
}
