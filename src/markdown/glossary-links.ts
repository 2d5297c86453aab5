import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { editions, languages, pathInEdition, type Language } from '../i18n/locales';
import { formatString } from '../i18n/format';
import { uiString } from '../i18n/strings';
import { withBasePath } from './prefix-base-path';

/**
 * Glossary links, made at build time from the glossary itself: every `### 用語 {#id}` of an edition's glossary.mdx
 * is a term. On every other page of that edition the first mention of each term (outside headings, code, links and
 * speaker notes) links to its `/glossary/#id`, and the glossary lists under each term the pages that use it.
 * Japanese terms are found as written; English ones as whole words, in any case and with a plural -s.
 */
export interface GlossaryTerm {
	/** The words as they appear in prose: the heading text before any （…） / (…) qualifier. */
	term: string;
	id: string;
	/** Finds the term in a text node. */
	pattern: RegExp;
}

export interface GlossaryPage {
	slug: string;
	title: string;
}

const skippedTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'a', 'button', 'script', 'style', 'figcaption', 'summary', 'legend', 'label']);
const skippedComponents = new Set(['SpeakerNotes', 'Figure', 'Screenshot', 'SelfCheck', 'PracticeTest', 'LinkCard', 'LinkButton', 'Badge']);

function termPattern(term: string, language: Language): RegExp {
	const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return language === 'ja' ? new RegExp(escaped, 'g') : new RegExp(`(?<![\\w-])${escaped}(?:e?s)?(?![\\w-])`, 'gi');
}

/**
 * The first mention of `term` in `text` that is not part of a page's name: English 「Activation」 must not link
 * the middle of "Hybrid Activations". A match that covers a whole name ("Session Manager plugin") is fine.
 */
export function findMention(text: string, term: GlossaryTerm, names: readonly string[]): RegExpExecArray | undefined {
	const nameRanges = names.flatMap((name) => {
		const ranges: [number, number][] = [];
		for (let index = text.indexOf(name); index >= 0; index = text.indexOf(name, index + 1)) ranges.push([index, index + name.length]);
		return ranges;
	});
	for (const found of text.matchAll(term.pattern)) {
		const start = found.index;
		const end = start + found[0].length;
		const cutsAName = nameRanges.some(([nameStart, nameEnd]) => start < nameEnd && nameStart < end && !(start <= nameStart && nameEnd <= end));
		if (!cutsAName) return found;
	}
	return undefined;
}

/** A page's `title:` from its frontmatter, without YAML quotes. */
function readTitle(source: string): string | undefined {
	const title = /^title: (.+)$/m.exec(source)?.[1]?.trim();
	return title?.replace(/^(['"])(.*)\1$/, '$2');
}

export function readGlossaryTerms(source: string, language: Language): GlossaryTerm[] {
	return [...source.matchAll(/^### (.+?) \{#([a-z0-9-]+)\}$/gm)]
		.map(([, heading, id]) => {
			const term = heading!.replace(/\s*[（(].*$/, '').trim();
			return { term, id: id!, pattern: termPattern(term, language) };
		})
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

/** An MDX page of an edition, read once for both the term usage and the page names. */
interface SourcePage {
	slug: string;
	/** From the frontmatter; missing only on a page without a title. */
	title: string | undefined;
	source: string;
}

/** For each term id, the pages (other than the glossary and home) whose prose mentions the term, in the given page order. */
export function findTermUsage(
	pages: SourcePage[],
	terms: GlossaryTerm[],
	pageOrder: string[],
	names: readonly string[]
): Record<string, GlossaryPage[]> {
	const usage: Record<string, GlossaryPage[]> = {};
	const proseOfPages = pages
		.filter(({ slug }) => slug !== 'glossary' && slug !== 'index')
		.sort((a, b) => pageOrder.indexOf(a.slug) - pageOrder.indexOf(b.slug));
	for (const { slug, title, source } of proseOfPages) {
		const prose = proseOf(source);
		for (const term of terms) {
			if (findMention(prose, term, names)) (usage[term.id] ??= []).push({ slug, title: title ?? `${slug}.mdx` });
		}
	}
	return usage;
}

/** Everything the plugin needs about one edition's glossary. */
export interface EditionGlossary {
	terms: GlossaryTerm[];
	usage: Record<string, GlossaryPage[]>;
	/** The edition's page titles (tool names among them), which a term match must not cut in half. */
	names: string[];
}

/** Reads the glossary of every edition that has one (`src/content/docs[/en]/glossary.mdx`). */
export function readGlossaries(docsRoot: string, pageOrder: string[]): Partial<Record<Language, EditionGlossary>> {
	const glossaries: Partial<Record<Language, EditionGlossary>> = {};
	for (const language of languages) {
		const docsDir = join(docsRoot, editions[language].directory);
		if (!existsSync(join(docsDir, 'glossary.mdx'))) continue;
		const pages: SourcePage[] = readdirSync(docsDir)
			.filter((file) => file.endsWith('.mdx'))
			.map((file) => {
				const source = readFileSync(join(docsDir, file), 'utf8');
				return { slug: file.replace(/\.mdx$/, ''), title: readTitle(source), source };
			});
		const terms = readGlossaryTerms(pages.find(({ slug }) => slug === 'glossary')!.source, language);
		const names = pages.flatMap(({ title }) => title ?? []);
		glossaries[language] = { terms, names, usage: findTermUsage(pages, terms, pageOrder, names) };
	}
	return glossaries;
}

/** The edition a content file belongs to: files under `src/content/docs/en/` are English. */
function languageOfFile(file: string): Language {
	return languages.find((language) => editions[language].directory && file.includes(`/content/docs/${editions[language].directory}/`)) ?? 'ja';
}

interface Options {
	glossaries: Partial<Record<Language, EditionGlossary>>;
	base: string;
}

export function linkGlossaryTerms({ glossaries, base }: Options): HastPluginEntry {
	return ({ fileURL }) => {
		if (!fileURL) return false;
		const file = fileURLToPath(fileURL);
		const language = languageOfFile(file);
		const glossary = glossaries[language];
		if (!glossary) return false;
		const page = basename(file).replace(/\.mdx?$/, '');
		if (page === 'glossary') return listTermUsage(glossary.usage, language, base);
		if (page === 'index') return false;
		const glossaryHref = (id: string) => withBasePath(pathInEdition(language, `/glossary/#${id}`), base);
		const linkTitle = uiString(language, 'glossary.linkTitle');
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
				let match: { index: number; text: string; term: GlossaryTerm } | undefined;
				for (const term of glossary.terms) {
					if (linked.has(term.id)) continue;
					const found = findMention(node.value, term, glossary.names);
					if (found && (!match || found.index < match.index)) match = { index: found.index, text: found[0], term };
				}
				if (!match) return;
				linked.add(match.term.id);
				const { index, text, term } = match;
				context.replaceNode(node, [
					{ type: 'text', value: node.value.slice(0, index) },
					{
						type: 'element',
						tagName: 'a',
						properties: { href: glossaryHref(term.id), className: ['glossary-link'], title: formatString(linkTitle, { term: term.term }) },
						children: [{ type: 'text', value: text }],
					},
					{ type: 'text', value: node.value.slice(index + text.length) },
				]);
			},
		});
	};
}

/** On the glossary page: after each term's definition, the pages that use the term. */
function listTermUsage(usage: Record<string, GlossaryPage[]>, language: Language, base: string): HastPluginEntry {
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
						{ type: 'text' as const, value: uiString(language, 'glossary.usedOn') },
						...pages.flatMap((page, pageIndex) => [
							...(pageIndex ? [{ type: 'text' as const, value: uiString(language, 'glossary.pageSeparator') }] : []),
							{
								type: 'element' as const,
								tagName: 'a',
								properties: { href: withBasePath(pathInEdition(language, `/${page.slug}/`), base) },
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
