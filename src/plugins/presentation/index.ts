import { readFileSync } from 'node:fs';
import { featurePlugin, pluginFile } from '../../lib/feature-plugin';
import { injectedRoute } from '../../lib/injected-route';
import { presentationPageStrings, presentationRuntimeStrings } from './strings';

/**
 * Presentation mode: any page becomes slides for a study session (one per H2, the prose stays in the page, speaker
 * notes show in a presenter window). Public parts: `components/PresentButton.astro` (rendered by the page title
 * override), `components/SpeakerNotes.astro` (for MDX pages). The slide runtime in `runtime/` is a separate chunk
 * that loads only when a presentation starts; the QR codes of its title slides are drawn at build time.
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
		},
	});
}
