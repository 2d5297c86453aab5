import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { quizRuntimeStrings, studyPageStrings } from './strings';

/**
 * The study aids every page carries, all driven by its frontmatter (schema.ts, used by src/content.config.ts):
 * duration, 確認日 and pricing badge under the title, the stale-facts notice, the sources section, the pricing
 * cheat-sheet, self-checks and the practice test. Public parts: the components in `components/` (the page title
 * and content overrides render the first three; MDX pages use PricingTable, SelfCheck and PracticeTest).
 */
export default function study(): StarlightPlugin {
	return {
		name: 'study',
		hooks: {
			'i18n:setup'({ injectTranslations }) {
				injectTranslations(studyPageStrings);
				injectTranslations(quizRuntimeStrings);
			},
			'config:setup'({ addRouteMiddleware }) {
				addRouteMiddleware({ entrypoint: fileURLToPath(new URL('./route-data.ts', import.meta.url)) });
			},
		},
	};
}
