import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { generatedManifest, readScreenshotSlots, screenshotsDir } from './slots';
import { figureStrings } from './strings';

const moduleId = 'virtual:screenshot-slots';
const resolvedModuleId = `\0${moduleId}`;

/**
 * Figures and screenshot slots. `components/Figure.astro` (diagrams, images, zoom) and `components/Screenshot.astro`
 * (a slot by name, captioned 画面イメージ（模式図） while it holds the rendered illustration) are public; the slot
 * list reaches Screenshot as `virtual:screenshot-slots`: `{ [slot]: { illustration: boolean } }`.
 */
export default function screenshots(): StarlightPlugin {
	return {
		name: 'screenshots',
		hooks: {
			'i18n:setup'({ injectTranslations }) {
				injectTranslations(figureStrings);
			},
			'config:setup'({ addIntegration }) {
				addIntegration({
					name: 'screenshot-slots',
					hooks: {
						'astro:config:setup': ({ config, updateConfig, addWatchFile }) => {
							const root = fileURLToPath(config.root);
							addWatchFile(join(root, screenshotsDir, generatedManifest));
							updateConfig({
								vite: {
									plugins: [
										{
											name: 'screenshot-slots',
											resolveId: (id: string) => (id === moduleId ? resolvedModuleId : undefined),
											load: (id: string) =>
												id === resolvedModuleId ? `export default ${JSON.stringify(readScreenshotSlots(root))};` : undefined,
										},
									],
								},
							});
						},
					},
				});
			},
		},
	};
}
