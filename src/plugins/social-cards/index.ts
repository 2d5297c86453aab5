import { featurePlugin, pluginFile } from '../../lib/feature-plugin';
import { injectedRoute } from '../../lib/injected-route';
import { socialCardStrings } from './strings';

/**
 * Social cards: a 1200×630 PNG per page at `/og/<page>.png`, drawn at build time (cards.ts), announced in each
 * page's head with og:locale in the Open Graph format (route-data.ts).
 */
export default function socialCards() {
	return featurePlugin('social-cards', {
		strings: [socialCardStrings],
		setup({ addIntegration, addRouteMiddleware }) {
			addRouteMiddleware({ entrypoint: pluginFile(import.meta.url, './route-data.ts') });
			addIntegration(injectedRoute('social-cards', '/og/[...slug]', pluginFile(import.meta.url, './cards.ts')));
		},
	});
}
