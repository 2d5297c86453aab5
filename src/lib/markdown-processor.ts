import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import type { AstroConfig, AstroIntegration } from 'astro';
import type { HastPluginEntry } from 'satteri';

/**
 * An Astro integration that appends a feature's hast plugins to the site's Sätteri Markdown processor, the way
 * Starlight and starlight-links-validator add theirs. A Starlight plugin registers it with `addIntegration`, so it
 * runs after Starlight's own transforms (heading ids, anchor links) and in the order the plugins are listed.
 */
export function hastPluginsIntegration(name: string, plugins: (config: AstroConfig) => HastPluginEntry[]): AstroIntegration {
	return {
		name,
		hooks: {
			'astro:config:setup': ({ config }) => {
				const processor = config.markdown.processor;
				if (!isSatteriProcessor(processor)) {
					throw new Error(`${name}: expects \`markdown.processor: satteri()\` in astro.config.mjs, found "${processor?.name}".`);
				}
				processor.options.hastPlugins.push(...plugins(config));
			},
		},
	};
}
