import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { featurePlugin } from '../../lib/feature-plugin';
import { collectInlineHashes, fillInlineHashes, headersFile } from './headers';

/**
 * A strict Content-Security-Policy for hosts that read `_headers` (public/_headers is the template). After the
 * build, every inline script and style of every page is hashed into it. Astro's own `security.csp` does not fit a
 * static site: it writes a per-page <meta> (no frame-ancestors), skips `is:inline` scripts and rejects
 * `style-src-attr`. Its `astro:build:done` hook must see the final HTML: Starlight adds plugin integrations after
 * itself, and nothing after this one rewrites pages (Pagefind and the sitemap only add files).
 */
export default function securityHeaders() {
	return featurePlugin('security-headers', {
		setup({ addIntegration }) {
			addIntegration({
				name: 'security-headers',
				hooks: {
					'astro:build:done': ({ dir, logger }) => {
						const outDir = fileURLToPath(dir);
						const file = join(outDir, headersFile);
						if (!existsSync(file)) throw new Error(`${headersFile} is missing from the build; it comes from public/${headersFile}.`);
						const hashes = collectInlineHashes(outDir);
						writeFileSync(file, fillInlineHashes(readFileSync(file, 'utf8'), hashes));
						logger.info(`${headersFile}: CSP allows ${hashes.scripts.length} inline scripts and ${hashes.styles.length} inline styles by hash.`);
					},
				},
			});
		},
	});
}
