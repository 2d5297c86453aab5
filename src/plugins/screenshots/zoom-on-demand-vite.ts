import { dirname, resolve } from 'node:path';
import { pluginFile } from '../../lib/feature-plugin';

const pluginScript = /\/starlight-image-zoom\/components\/ImageZoom\.astro\?astro&type=script&index=0&lang\.ts$/;
const runtimeId = 'virtual:starlight-image-zoom-runtime';
const resolvedRuntimeId = `\0${runtimeId}.js`;

/**
 * starlight-image-zoom ships its page script inside its ImageZoom.astro, which Astro bundles into every page that
 * renders the component. This keeps the plugin as it is and moves that script into a chunk of its own
 * (`virtual:starlight-image-zoom-runtime`), put in its place a small stand-in (zoom-on-demand.ts) that imports
 * it when a reader reaches for a figure.
 */
export function zoomOnDemand() {
	let runtimeCode: string | undefined;
	return {
		name: 'starlight-image-zoom-on-demand',
		enforce: 'post' as const,
		resolveId: (id: string) => (id === runtimeId ? resolvedRuntimeId : undefined),
		load(id: string) {
			if (id !== resolvedRuntimeId) return undefined;
			if (!runtimeCode) throw new Error('starlight-image-zoom-on-demand: the plugin script was not transformed before its runtime was loaded.');
			return runtimeCode;
		},
		transform(code: string, id: string) {
			if (!pluginScript.test(id)) return undefined;
			const componentDir = dirname(id.replace(/\?.*$/, ''));
			// The script's relative imports, made absolute: its code now lives in a virtual module.
			runtimeCode = code.replace(
				/(from\s*|import\s*)(['"])(\.\.?\/[^'"]+)\2/g,
				(_, keyword: string, quote: string, path: string) => `${keyword}${quote}${resolve(componentDir, path)}${quote}`
			);
			if (!runtimeCode.includes('starlight-image-zoom'))
				throw new Error('starlight-image-zoom-on-demand: the plugin script no longer defines <starlight-image-zoom>; check the plugin version.');
			return { code: `import ${JSON.stringify(pluginFile(import.meta.url, './zoom-on-demand.ts'))};`, map: null };
		},
	};
}
