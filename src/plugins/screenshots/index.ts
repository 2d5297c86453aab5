import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { featurePlugin } from '../../lib/feature-plugin';
import { generatedManifest, readScreenshotSlots, screenshotsDir } from './slots';
import { figureStrings } from './strings';
import { zoomOnDemand } from './zoom-on-demand-vite';

const moduleId = 'virtual:screenshot-slots';
const resolvedModuleId = `\0${moduleId}`;

/**
 * Figures and screenshot slots. `components/Figure.astro` (diagrams, images, zoom) and `components/Screenshot.astro`
 * (a slot by name, captioned 画面イメージ（模式図） while it holds the rendered illustration) are public; the slot
 * list reaches Screenshot as `virtual:screenshot-slots`: `{ [slot]: { illustration: boolean } }`.
 */
export default function screenshots() {
	return featurePlugin('screenshots', {
		strings: [figureStrings],
		setup({ addIntegration }) {
			addIntegration({
				name: 'screenshot-slots',
				hooks: {
					'astro:config:setup': ({ config, updateConfig, addWatchFile }) => {
						const root = fileURLToPath(config.root);
						addWatchFile(join(root, screenshotsDir, generatedManifest));
						updateConfig({
							vite: {
								plugins: [
									zoomOnDemand(),
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
	});
}
