import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { injectedRoute } from '../../lib/injected-route';
import { presentationPageStrings, presentationRuntimeStrings } from './strings';

const file = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Presentation mode: any page becomes slides for a study session (one per H2, the prose stays in the page, speaker
 * notes show in a presenter window). Public parts: `components/PresentButton.astro` (rendered by the page title
 * override), `components/SpeakerNotes.astro` (for MDX pages). The slide runtime in `runtime/` is a separate chunk
 * that loads only when a presentation starts; the QR codes of its title slides are drawn at build time.
 */
export default function presentation(): StarlightPlugin {
	return {
		name: 'presentation',
		hooks: {
			'i18n:setup'({ injectTranslations }) {
				injectTranslations(presentationPageStrings);
				injectTranslations(presentationRuntimeStrings);
			},
			'config:setup'({ addIntegration, updateConfig, config }) {
				updateConfig({
					customCss: [...(config.customCss ?? []), file('./pending.css')],
					// Opening a page at ?present should show the slides, not flash the reading view first (which would also
					// count as layout shift): this tiny inline script hides the page until the runtime takes over.
					head: [...(config.head ?? []), { tag: 'script', content: readFileSync(file('./pending-guard.js'), 'utf8') }],
				});
				addIntegration(injectedRoute('presentation-qr-codes', '/qr/[...slug]', file('./qr-codes.ts')));
			},
		},
	};
}
