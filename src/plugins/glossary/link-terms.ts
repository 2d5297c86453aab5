import type { ElementContent, RootContent } from 'hast';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { isHeadingWrapper } from '../../lib/heading-wrapper.ts';
import { firstNewMention, isLinkableText, type Ancestor, type GlossaryTerm } from './terms.ts';

export interface TermLinkOptions {
	terms: readonly GlossaryTerm[];
	/** The edition's page titles (tool names among them), which a match must not cut in half. */
	names: readonly string[];
	href: (term: GlossaryTerm) => string;
	title: (term: GlossaryTerm) => string;
	/** Told every term the page links, so the glossary can list the pages that use it. */
	onLink?: (term: GlossaryTerm) => void;
}

/** Links the first mention of each glossary term on a page (outside headings, code, links, notes, figures). */
export function linkTerms({ terms, names, href, title, onLink }: TermLinkOptions): HastPluginEntry {
	const linked = new Set<string>();
	return defineHastPlugin({
		name: 'glossary-links',
		text(node, context) {
			const ancestors: Ancestor[] = [];
			for (let parent: ReturnType<typeof context.parent> | undefined = context.parent(node); parent && parent.type !== 'root'; parent = context.parent(parent)) {
				if (parent.type === 'element') ancestors.push({ type: 'element', tagName: parent.tagName });
				if (parent.type === 'mdxJsxFlowElement' || parent.type === 'mdxJsxTextElement') ancestors.push({ type: 'component', name: parent.name ?? '' });
			}
			if (!isLinkableText(ancestors)) return;
			// Several terms can share one text node; each one's first mention is linked.
			const parts: ElementContent[] = [];
			let rest = node.value;
			for (let match = firstNewMention(rest, terms, linked, names); match; match = firstNewMention(rest, terms, linked, names)) {
				linked.add(match.term.id);
				onLink?.(match.term);
				parts.push(
					{ type: 'text', value: rest.slice(0, match.index) },
					{
						type: 'element',
						tagName: 'a',
						properties: { href: href(match.term), className: ['glossary-link'], title: title(match.term) },
						children: [{ type: 'text', value: match.text }],
					}
				);
				rest = rest.slice(match.index + match.text.length);
			}
			if (parts.length) context.replaceNode(node, [...parts, { type: 'text', value: rest }]);
		},
	});
}

/** An H2 or H3 at the top of the content, bare or inside the wrapper Starlight adds for its anchor link. */
function sectionHeading(node: RootContent) {
	if (node.type !== 'element') return undefined;
	const heading = isHeadingWrapper(node) ? node.children[0] : node;
	return heading?.type === 'element' && /^h[23]$/.test(heading.tagName) ? heading : undefined;
}

export interface UsedOnPage {
	href: string;
	title: string;
}

/** On the glossary page: after each term's definition, the pages that use the term. */
export function listTermUsage(usage: ReadonlyMap<string, UsedOnPage[]>, label: string, separator: string): HastPluginEntry {
	return defineHastPlugin({
		name: 'glossary-usage',
		after(root, context) {
			const children = root.children;
			const headingIndexes = children.flatMap((child, index) => (sectionHeading(child) ? [index] : []));
			for (const [position, index] of headingIndexes.entries()) {
				const heading = sectionHeading(children[index]!);
				if (heading?.tagName !== 'h3') continue;
				const pages = usage.get(String(heading.properties?.['id']));
				if (!pages?.length) continue;
				const paragraph = {
					type: 'element' as const,
					tagName: 'p',
					properties: { className: ['glossary-usage'] },
					children: [
						{ type: 'text' as const, value: label },
						...pages.flatMap((page, pageIndex) => [
							...(pageIndex ? [{ type: 'text' as const, value: separator }] : []),
							{ type: 'element' as const, tagName: 'a', properties: { href: page.href }, children: [{ type: 'text' as const, value: page.title }] },
						]),
					],
				};
				const next = headingIndexes[position + 1];
				if (next !== undefined) context.insertBefore(children[next]!, paragraph);
				else context.appendChild(root, paragraph);
			}
		},
	});
}
