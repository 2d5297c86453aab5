import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { featurePlugin, pluginFile } from '../../lib/feature-plugin';
import { precacheManifest } from './precache-manifest';
import { offlineStrings } from './strings';

/** The service worker's file name, at the site's base so that its scope is the whole site. */
export const serviceWorkerFile = 'sw.js';

/**
 * Offline reading: a service worker (service-worker.js) caches the site after the first visit, so a study session
 * keeps going when the venue's Wi-Fi does not. After the build (when Pagefind has written the search index) this
 * lists every file of the output in `sw.js`; `components/OfflineSupport.astro` registers it on every page (a few
 * hundred bytes) and checks once per visit for a new version; `components/OfflineControls.astro` is the settings page's 「この端末に保存」.
 *
 * Hand-written rather than generated: @vite-pwa/astro 1.2 declares Astro ≤ 5 only, and workbox-build 7.4 would
 * bundle a worker with Rollup and Babel at build time for what is about a hundred lines here.
 */
export default function offline() {
	return featurePlugin('offline', {
		strings: [offlineStrings],
		setup({ addIntegration }) {
			addIntegration({
				name: 'offline-service-worker',
				hooks: {
					'astro:build:done': ({ dir, logger }) => {
						const outDir = fileURLToPath(dir);
						const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
							.filter((entry) => entry.isFile())
							.map((entry) => {
								const path = join(entry.parentPath, entry.name);
								return { path: relative(outDir, path).split('\\').join('/'), content: readFileSync(path) };
							});
						const manifest = precacheManifest(files);
						const worker = readFileSync(pluginFile(import.meta.url, './service-worker.js'), 'utf8');
						// The worker is small and names its file list, so the browser's update check fetches only it.
						writeFileSync(join(outDir, `sw-manifest-${manifest.version}.json`), JSON.stringify(manifest));
						writeFileSync(join(outDir, serviceWorkerFile), `const version = ${JSON.stringify(manifest.version)};\n${worker}`);
						const megabytes = (entries: { bytes: number }[]) => (entries.reduce((sum, entry) => sum + entry.bytes, 0) / 1e6).toFixed(1);
						logger.info(
							`${serviceWorkerFile}: ${manifest.core.length} files (${megabytes(manifest.core)} MB) cached after the first visit, ${manifest.figures.length} figures (${megabytes(manifest.figures)} MB) on request.`
						);
					},
				},
			});
		},
	});
}
