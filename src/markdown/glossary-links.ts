import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { withBasePath } from './prefix-base-path';

/**
 * Glossary links, made at build time from the glossary itself: every `### 用語 {#id}` of glossary.mdx is a term.
 * On every other page the first mention of each term (outside headings, code, links and speaker notes) links to
 * `/glossary/#id`, and the glossary lists under each term the pages that use it.
 */
export interface GlossaryTerm {
	/** The words as they appear in prose: the heading text before any （…） qualifier. */
	term: string;
	id: string;
}

export interface GlossaryPage {
	slug: string;
	title: string;
}

const skippedTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'a', 'button', 'script', 'style', 'figcaption', 'summary', 'legend', 'label']);
const skippedComponents = new Set(['SpeakerNotes', 'Figure', 'Screenshot', 'SelfCheck', 'PracticeTest', 'LinkCard', 'LinkButton', 'Badge']);

export function readGlossaryTerms(glossaryFile: string): GlossaryTerm[] {
	const source = readFileSync(glossaryFile, 'utf8');
	return [...source.matchAll(/^### (.+?) \{#([a-z0-9-]+)\}$/gm)]
		.map(([, heading, id]) => ({ term: heading!.replace(/（.*$/, '').trim(), id: id! }))
		.filter(({ term }) => term.length >= 2)
		// Longest first, so 「アクティベーションコード」 wins over 「アクティベーション」.
		.sort((a, b) => b.term.length - a.term.length);
}

/** Prose of an MDX file without frontmatter, imports, headings, code and JSX attribute lines. */
function proseOf(source: string): string {
	let inFence = false;
	return source
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.split('\n')
		.filter((line) => {
			if (/^\s*```/.test(line)) inFence = !inFence;
			return !inFence && !/^(import |#|\s*<|\s*[a-zA-Z]+=|\s*\/?>)/.test(line);
		})
		.join('\n')
		.replace(/`[^`]*`/g, '');
}

/** For each term id, the pages whose prose mentions the term, in the given page order. */
export function findTermUsage(docsDir: string, terms: GlossaryTerm[], pageOrder: string[]): Record<string, GlossaryPage[]> {
	const usage: Record<string, GlossaryPage[]> = {};
	const files = readdirSync(docsDir)
		.filter((file) => file.endsWith('.mdx') && file !== 'glossary.mdx' && file !== 'index.mdx')
		.sort((a, b) => pageOrder.indexOf(a.replace('.mdx', '')) - pageOrder.indexOf(b.replace('.mdx', '')));
	for (const file of files) {
		const source = readFileSync(join(docsDir, file), 'utf8');
		const title = /^title: (.+)$/m.exec(source)?.[1]?.trim() ?? file;
		const prose = proseOf(source);
		for (const { term, id } of terms) {
			if (prose.includes(term)) (usage[id] ??= []).push({ slug: file.replace('.mdx', ''), title });
		}
	}
	return usage;
}

interface Options {
	terms: GlossaryTerm[];
	usage: Record<string, GlossaryPage[]>;
	base: string;
}

export function linkGlossaryTerms({ terms, usage, base }: Options): HastPluginEntry {
	const glossaryHref = (id: string) => withBasePath(`/glossary/#${id}`, base);
	return ({ fileURL }) => {
		if (!fileURL) return false;
		const page = basename(fileURLToPath(fileURL)).replace(/\.mdx?$/, '');
		if (page === 'glossary') return listTermUsage(usage, base);
		if (page === 'index') return false;
		const linked = new Set<string>();
		return defineHastPlugin({
			name: 'glossary-links',
			text(node, context) {
				for (
					let parent: ReturnType<typeof context.parent> | undefined = context.parent(node);
					parent;
					parent = parent.type === 'root' ? undefined : context.parent(parent)
				) {
					if (parent.type === 'element' && skippedTags.has(parent.tagName)) return;
					if ((parent.type === 'mdxJsxFlowElement' || parent.type === 'mdxJsxTextElement') && skippedComponents.has(parent.name ?? '')) return;
				}
				// The earliest mention in this text of a term not linked yet on this page.
				let match: { index: number; term: GlossaryTerm } | undefined;
				for (const term of terms) {
					if (linked.has(term.id)) continue;
					const index = node.value.indexOf(term.term);
					if (index >= 0 && (!match || index < match.index)) match = { index, term };
				}
				if (!match) return;
				linked.add(match.term.id);
				const { index, term } = match;
				context.replaceNode(node, [
					{ type: 'text', value: node.value.slice(0, index) },
					{
						type: 'element',
						tagName: 'a',
						properties: { href: glossaryHref(term.id), className: ['glossary-link'], title: `用語集：${term.term}` },
						children: [{ type: 'text', value: term.term }],
					},
					{ type: 'text', value: node.value.slice(index + term.term.length) },
				]);
			},
		});
	};
}

/** On the glossary page: after each term's definition, the pages that use the term. */
function listTermUsage(usage: Record<string, GlossaryPage[]>, base: string): HastPluginEntry {
	return defineHastPlugin({
		name: 'glossary-usage',
		after(root, context) {
			const children = root.children;
			const headingIndexes = children.flatMap((child, index) =>
				child.type === 'element' && /^h[23]$/.test(child.tagName) ? [index] : []
			);
			for (const [position, index] of headingIndexes.entries()) {
				const heading = children[index]!;
				if (heading.type !== 'element' || heading.tagName !== 'h3') continue;
				const pages = usage[String(heading.properties?.['id'])];
				if (!pages?.length) continue;
				const paragraph = {
					type: 'element' as const,
					tagName: 'p',
					properties: { className: ['glossary-usage'] },
					children: [
						{ type: 'text' as const, value: '登場するページ：' },
						...pages.flatMap((page, pageIndex) => [
							...(pageIndex ? [{ type: 'text' as const, value: '、' }] : []),
							{
								type: 'element' as const,
								tagName: 'a',
								properties: { href: withBasePath(`/${page.slug}/`, base) },
								children: [{ type: 'text' as const, value: page.title }],
							},
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
