import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { withBasePath } from '../../lib/urls.ts';

/**
 * Authors write site links from the site root (`/session-manager/#pricing`), the way a reader sees them.
 * When the site is built for a sub-path (`BASE_PATH=/ssm-guide/`), those links must carry the sub-path
 * too; Markdown links and `<LinkCard href>` do not get it from Astro, so this plugin adds it at build time.
 *
 * Runs before starlight-links-validator (which is appended to the same plugin list later), so the validator
 * checks the links exactly as they are published.
 */
export function prefixBasePath(base: string): HastPluginEntry {
	if (base === '/') return false;

	return defineHastPlugin({
		name: 'prefix-base-path',
		element: {
			filter: ['a'],
			visit(node, context) {
				const href = node.properties?.['href'];
				if (typeof href === 'string') context.setProperty(node, 'href', withBasePath(href, base));
			},
		},
		mdxJsxFlowElement: {
			// Components that take a link: Starlight's <LinkCard> and <LinkButton>.
			filter: ['LinkCard', 'LinkButton'],
			visit(node) {
				const attributes = node.attributes.map((attribute) =>
					attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string'
						? { ...attribute, value: withBasePath(attribute.value, base) }
						: attribute
				);
				return { ...node, attributes };
			},
		},
	});
}
