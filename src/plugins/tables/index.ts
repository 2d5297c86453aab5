import { featurePlugin, pluginFile } from '../../lib/feature-plugin';
import { hastPluginsIntegration } from '../../lib/markdown-processor';
import { makeTablesFocusable } from './focusable-tables';

/**
 * Wide content tables scroll sideways: each one is reachable by keyboard, keeps readable columns on a phone and
 * shows that it continues past its edge (tables.css).
 */
export default function tables() {
	return featurePlugin('tables', {
		setup({ addIntegration, updateConfig, config }) {
			updateConfig({ customCss: [...(config.customCss ?? []), pluginFile(import.meta.url, './tables.css')] });
			addIntegration(hastPluginsIntegration('tables', () => [makeTablesFocusable()]));
		},
	});
}
