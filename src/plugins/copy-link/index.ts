import type { StarlightPlugin } from '@astrojs/starlight/types';
import { copyLinkStrings } from './strings';

/**
 * Copy a section's permanent URL or a ready-made wiki Markdown link from its heading. `components/CopyLinks.astro`
 * is public (the content override renders it once per page); `copy-link.ts` is its browser script.
 */
export default function copyLink(): StarlightPlugin {
	return {
		name: 'copy-link',
		hooks: {
			'i18n:setup'({ injectTranslations }) {
				injectTranslations(copyLinkStrings);
			},
			// Starlight requires this hook; the feature needs nothing configured beyond its strings.
			'config:setup'() {},
		},
	};
}
