import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { UiStrings } from '../i18n/ui-strings';

type ConfigSetup = NonNullable<StarlightPlugin['hooks']['config:setup']>;

/**
 * A feature of the guide as a Starlight plugin: its UI strings go to Starlight in `i18n:setup` (so components read
 * them with `Astro.locals.t`), and `setup` is its `config:setup` hook (CSS, head entries, route middleware,
 * Markdown plugins, endpoints). The same shape as any Starlight plugin, without repeating the strings hook.
 */
export function featurePlugin(name: string, { strings = [], setup = () => {} }: { strings?: UiStrings<string>[]; setup?: ConfigSetup }): StarlightPlugin {
	return {
		name,
		hooks: {
			'i18n:setup'({ injectTranslations }) {
				for (const translations of strings) injectTranslations(translations);
			},
			'config:setup': setup,
		},
	};
}

/** An absolute path to a file of a plugin folder, as Starlight and Astro options want it: `pluginFile(import.meta.url, './x.ts')`. */
export function pluginFile(moduleUrl: string, path: string): string {
	return fileURLToPath(new URL(path, moduleUrl));
}
