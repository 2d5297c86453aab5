import anchorAliases from '../../anchor-aliases.json' with { type: 'json' };
import { featurePlugin, pluginFile } from '../../lib/feature-plugin';
import { hastPluginsIntegration } from '../../lib/markdown-processor';
import { addAnchorAliases } from './anchor-aliases';
import { prefixBasePath } from './prefix-base-path';

/**
 * Links that keep working: site-root links in Markdown and in hero buttons get the sub-path the site is built for,
 * and section ids that were renamed keep answering through the aliases in src/anchor-aliases.json.
 */
export default function links() {
	return featurePlugin('links', {
		setup({ addIntegration, addRouteMiddleware }) {
			addIntegration(hastPluginsIntegration('links', ({ base }) => [prefixBasePath(base), addAnchorAliases(anchorAliases.pages)]));
			addRouteMiddleware({ entrypoint: pluginFile(import.meta.url, './route-data.ts') });
		},
	});
}
