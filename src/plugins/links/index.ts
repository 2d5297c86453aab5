import anchorAliases from '../../anchor-aliases.json' with { type: 'json' };
import { featurePlugin, pluginFile } from '../../lib/feature-plugin';
import { hastPluginsIntegration } from '../../lib/markdown-processor';
import { readerAddressMetaName } from '../../lib/share-url';
import { addAnchorAliases } from './anchor-aliases';
import { prefixBasePath } from './prefix-base-path';

/**
 * Links that keep working: site-root links in Markdown and in hero buttons get the sub-path the site is built for,
 * and section ids that were renamed keep answering through the aliases in src/anchor-aliases.json. A build without
 * SITE_URL does not know its address: its pages say so (a meta tag that src/lib/share-url.ts reads, so what a
 * reader copies or scans uses the address they have), and the build warns once.
 */
export default function links() {
	return featurePlugin('links', {
		setup({ addIntegration, addRouteMiddleware, updateConfig, config, command, logger }) {
			if (!process.env['SITE_URL']) {
				updateConfig({ head: [...(config.head ?? []), { tag: 'meta', attrs: { name: readerAddressMetaName, content: 'reader' } }] });
				if (command === 'build') {
					logger.warn(
						'SITE_URL is not set, so canonical links, og:url/og:image and the sitemap say http://localhost:4321. Copied links and QR codes use the address readers open the site at. To build for a team server: SITE_URL=https://wiki.example.com npm start (or npm run build; add BASE_PATH=/ssm-guide/ for a sub-path).'
					);
				}
			}
			addIntegration(hastPluginsIntegration('links', ({ base }) => [prefixBasePath(base), addAnchorAliases(anchorAliases.pages)]));
			addRouteMiddleware({ entrypoint: pluginFile(import.meta.url, './route-data.ts') });
		},
	});
}
