import { featurePlugin } from '../../lib/feature-plugin';
import { hastPluginsIntegration } from '../../lib/markdown-processor';
import { makeTablesFocusable } from './focusable-tables';

/** Wide content tables scroll sideways; this makes each one reachable by keyboard. */
export default function tables() {
	return featurePlugin('tables', {
		setup({ addIntegration }) {
			addIntegration(hastPluginsIntegration('tables', () => [makeTablesFocusable()]));
		},
	});
}
