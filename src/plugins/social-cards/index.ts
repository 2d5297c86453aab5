import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { injectedRoute } from '../../lib/injected-route';
import { socialCardStrings } from './strings';

const file = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Social cards: a 1200×630 PNG per page at `/og/<page>.png`, drawn at build time (cards.ts), announced in each
 * page's head with og:locale in the Open Graph format (route-data.ts).
 */
export default function socialCards(): StarlightPlugin {
	return {
		name: 'social-cards',
		hooks: {
			'i18n:setup'({ injectTranslations }) {
				injectTranslations(socialCardStrings);
			},
			'config:setup'({ addIntegration, addRouteMiddleware }) {
				addRouteMiddleware({ entrypoint: file('./route-data.ts') });
				addIntegration(injectedRoute('social-cards', '/og/[...slug]', file('./cards.ts')));
			},
		},
	};
}
