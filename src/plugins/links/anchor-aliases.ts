import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { isHeadingWrapper } from '../../lib/heading-wrapper.ts';

/**
 * Old section ids that must keep working after a heading's id changed: `{ page: { oldId: newId } }`, where
 * `page` is the file name without `.mdx` (`session-manager`). Each old id becomes an empty element just before the
 * section it now points to, so `/session-manager/#old-id` still lands on the right heading, without JavaScript.
 * Both editions share their section ids, so an alias applies to `/session-manager/` and `/en/session-manager/` alike.
 */
export type AnchorAliases = Record<string, Record<string, string>>;

export function addAnchorAliases(aliases: AnchorAliases): HastPluginEntry {
	return ({ fileURL }) => {
		const page = fileURL ? basename(fileURLToPath(fileURL)).replace(/\.mdx?$/, '') : undefined;
		const pageAliases = page ? aliases[page] : undefined;
		if (!pageAliases) return false;
		const oldIdsByNewId = new Map<string, string[]>();
		for (const [oldId, newId] of Object.entries(pageAliases)) {
			oldIdsByNewId.set(newId, [...(oldIdsByNewId.get(newId) ?? []), oldId]);
		}
		return defineHastPlugin({
			name: 'anchor-aliases',
			element: {
				filter: [],
				visit(node, context) {
					const id = node.properties?.['id'];
					const oldIds = typeof id === 'string' ? oldIdsByNewId.get(id) : undefined;
					if (!oldIds) return;
					// Starlight wraps a heading with its anchor link; the alias goes before the wrapper, outside its layout.
					const parent = context.parent(node);
					context.insertBefore(
						parent && isHeadingWrapper(parent) ? parent : node,
						oldIds.map((oldId) => ({
							type: 'element' as const,
							tagName: 'span',
							properties: { id: oldId, dataAnchorAlias: id },
							children: [],
						}))
					);
				},
			},
		});
	};
}
