import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { featurePlugin, pluginFile } from '../../lib/feature-plugin';
import { deckPartsFileOf, extractDeckParts, type DeckParts } from './deck-parts';
import { injectedRoute } from '../../lib/injected-route';
import { presentationPageStrings, presentationRuntimeStrings } from './strings';

/**
 * Presentation mode: any page becomes slides for a study session (one per H2, the prose stays in the page, speaker
 * notes show in a presenter window). Public parts: `components/PresentButton.astro` (rendered by the page title
 * override), `components/SpeakerNotes.astro` (for MDX pages). The slide runtime in `runtime/` is a separate chunk
 * that loads only when a presentation starts; the QR codes of its title slides are drawn at build time, and the
 * speaker notes and slide points move from each built page to its `deck.json` (deck-parts.ts).
 */
export default function presentation() {
	return featurePlugin('presentation', {
		strings: [presentationPageStrings, presentationRuntimeStrings],
		setup({ addIntegration, updateConfig, config }) {
			updateConfig({
				customCss: [...(config.customCss ?? []), pluginFile(import.meta.url, './pending.css')],
				// Opening a page at ?present should show the slides, not flash the reading view first (which would also
				// count as layout shift): this tiny inline script hides the page until the runtime takes over.
				head: [...(config.head ?? []), { tag: 'script', content: readFileSync(pluginFile(import.meta.url, './pending-guard.js'), 'utf8') }],
			});
			addIntegration(injectedRoute('presentation-qr-codes', '/qr/[...slug]', pluginFile(import.meta.url, './qr-codes.ts')));
			addIntegration({
				name: 'presentation-deck-parts',
				hooks: {
					// Before the offline plugin lists the built files (it comes later in the plugin list), so it caches
					// each page as rewritten and its deck.json.
					'astro:build:done': ({ dir, logger }) => {
						const outDir = fileURLToPath(dir);
						let pages = 0;
						let parts = 0;
						for (const htmlFile of globSync('**/*.html', { cwd: outDir })) {
							const partsFile = deckPartsFileOf(htmlFile);
							if (!partsFile) continue;
							const path = join(outDir, htmlFile);
							const extracted = extractDeckParts(readFileSync(path, 'utf8'), htmlFile);
							if (!extracted.parts.length) continue;
							writeFileSync(path, extracted.html);
							writeFileSync(join(outDir, partsFile), JSON.stringify({ parts: extracted.parts } satisfies DeckParts));
							pages++;
							parts += extracted.parts.length;
						}
						logger.info(`${parts} speaker notes and slide points of ${pages} pages moved to their deck.json.`);
					},
				},
			});
		},
	});
}
