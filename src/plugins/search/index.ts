import { featurePlugin, pluginFile } from '../../lib/feature-plugin';
import { searchStrings } from './strings';

/**
 * Search on demand: Starlight's search dialog imports Pagefind UI (`@pagefind/default-ui`, about 26 KB gzip) in an
 * idle callback on every page, so every reader pays for it whether they search or not. This points that import at
 * on-demand-pagefind-ui.ts, a stand-in with the same `PagefindUI` export that fetches the real UI only when the
 * search button is hovered, focused or pressed, or Ctrl+K opens the dialog; Starlight's own component, markup and
 * styles stay as they are. `components/SearchButton.astro` (public) opens that dialog from a page's content.
 */
export default function search() {
	return featurePlugin('search', {
		strings: [searchStrings],
		setup({ addIntegration }) {
			addIntegration({
				name: 'search-on-demand',
				hooks: {
					'astro:config:setup': ({ updateConfig }) => {
						updateConfig({
							vite: { resolve: { alias: [{ find: /^@pagefind\/default-ui$/, replacement: pluginFile(import.meta.url, './on-demand-pagefind-ui.ts') }] } },
						});
					},
				},
			});
		},
	});
}
