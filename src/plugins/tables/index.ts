import type { StarlightPlugin } from '@astrojs/starlight/types';
import { hastPluginsIntegration } from '../../lib/markdown-processor';
import { makeTablesFocusable } from './focusable-tables';

/** Wide content tables scroll sideways; this makes each one reachable by keyboard. */
export default function tables(): StarlightPlugin {
	return {
		name: 'tables',
		hooks: {
			'config:setup'({ addIntegration }) {
				addIntegration(hastPluginsIntegration('tables', () => [makeTablesFocusable()]));
			},
		},
	};
}
