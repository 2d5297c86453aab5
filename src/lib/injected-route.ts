import type { AstroIntegration } from 'astro';

/** An Astro integration that adds one prerendered endpoint (a feature's build-time images), for `addIntegration`. */
export function injectedRoute(name: string, pattern: string, entrypoint: string): AstroIntegration {
	return {
		name,
		hooks: {
			'astro:config:setup'({ injectRoute }) {
				injectRoute({ pattern, entrypoint, prerender: true });
			},
		},
	};
}
