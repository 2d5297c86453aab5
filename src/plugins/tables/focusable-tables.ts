import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * Starlight lets wide tables scroll sideways inside the content column. A scrolling region must be reachable by
 * keyboard (WCAG 2.1.1; axe `scrollable-region-focusable`), so every content table can take focus.
 */
export function makeTablesFocusable(): HastPluginEntry {
	return defineHastPlugin({
		name: 'focusable-tables',
		element: {
			filter: ['table'],
			visit(node, context) {
				context.setProperty(node, 'tabIndex', 0);
			},
		},
	});
}
