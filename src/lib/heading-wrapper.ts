/**
 * Starlight wraps every heading that has an id in `<div class="sl-heading-wrapper level-hN">` with its anchor link.
 * Markdown plugins that run after Starlight's transforms see that wrapper where the heading used to be.
 */
export function isHeadingWrapper(node: { type: string; properties?: Record<string, unknown> | undefined } | undefined): boolean {
	return node?.type === 'element' && String(node.properties?.['class'] ?? '').includes('sl-heading-wrapper');
}
