import { featurePlugin, pluginFile } from '../../lib/feature-plugin';
import { hastPluginsIntegration } from '../../lib/markdown-processor';
import { makeTablesFocusable } from './focusable-tables';
import { tableSearchText } from './search-text';

/**
 * Wide content tables scroll sideways: each one is reachable by keyboard, keeps readable columns on a phone and
 * shows that it continues past its edge (tables.css); search excerpts read its rows as sentences (search-text.ts).
 */
export default function tables() {
	return featurePlugin('tables', {
		setup({ addIntegration, updateConfig, config }) {
			updateConfig({ customCss: [...(config.customCss ?? []), pluginFile(import.meta.url, './tables.css')] });
			addIntegration(hastPluginsIntegration('tables', () => [makeTablesFocusable(), tableSearchText()]));
		},
	});
}
