import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToHast, mdxToJs, type HastNode } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { asLanguage, slugOfEntryId, type Language } from '../../i18n/locales.ts';
import { linkTerms, type TermLinkOptions, type UsedOnPage } from './link-terms.ts';
import { glossaryTerms } from './terms.ts';

/** The features the site's Markdown processor parses with (astro.config.mjs and Starlight's directives). */
const features = { headingAttributes: true, directive: true } as const;

/** One MDX page of an edition, as the glossary needs it. */
interface SourcePage {
	slug: string;
	title: string;
	source: string;
}

/** Everything the plugin needs about one edition's glossary. */
export interface EditionGlossary {
	link: Omit<TermLinkOptions, 'onLink'>;
	/** For each term id, the pages that link it, in reading order. */
	usage: Map<string, UsedOnPage[]>;
}

function textOf(node: HastNode): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map((child) => textOf(child as HastNode)).join('') : '';
}

/** The home pages and the not-found pages send readers on; they teach no term, so none of theirs is linked. */
export const pagesWithoutTermLinks: ReadonlySet<string> = new Set(['index', '404']);

/**
 * A page's slug without its edition folder, from its file: `en/run-command.mdx` → `run-command`. A folder's
 * index.mdx is the folder's page (`labs/index.mdx` → `labs`), as in Starlight's entry ids; the home pages are `index`.
 */
export function pageSlugOfFile(docsDir: string, path: string): string {
	return slugOfEntryId(relative(docsDir, path).replace(/\.mdx?$/, '').split('\\').join('/')).replace(/\/index$/, '');
}

/** The `### 用語 {#id}` headings of a glossary page. */
function headingsOf(source: string): { text: string; id: string }[] {
	const headings: { text: string; id: string }[] = [];
	const visit = (node: HastNode) => {
		if (node.type === 'element' && node.tagName === 'h3' && typeof node.properties?.['id'] === 'string') {
			headings.push({ text: textOf(node).trim(), id: node.properties['id'] });
		}
		if ('children' in node) for (const child of node.children) visit(child as HastNode);
	};
	visit(mdxToHast(source, { features, position: false }));
	return headings;
}

function titleOf(source: string, slug: string): string {
	const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1];
	const title: unknown = frontmatter ? parseYaml(frontmatter)?.title : undefined;
	return typeof title === 'string' ? title : `${slug}.mdx`;
}

/**
 * Reads every edition that has a glossary (`glossary.mdx`) and finds which pages mention which terms by running
 * the very link pass the build runs (`linkTerms`) over each page, so "used on" lists exactly the pages that link
 * the term, and a term that occurs only where nothing is linked (speaker notes, code) is not listed.
 */
export function readGlossaries(options: {
	docsDir: string;
	languageOfFile: (file: string) => string;
	pageOrder: readonly string[];
	href: (language: Language, path: string) => string;
	linkTitle: (language: Language, term: string) => string;
}): Map<Language, EditionGlossary> {
	const pagesByLanguage = new Map<Language, SourcePage[]>();
	for (const file of readdirSync(options.docsDir, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.mdx')) continue;
		const path = join(options.docsDir, file);
		const source = readFileSync(path, 'utf8');
		const slug = pageSlugOfFile(options.docsDir, path);
		const language = asLanguage(options.languageOfFile(path));
		pagesByLanguage.set(language, [...(pagesByLanguage.get(language) ?? []), { slug, title: titleOf(source, slug), source }]);
	}

	const glossaries = new Map<Language, EditionGlossary>();
	for (const [language, pages] of pagesByLanguage) {
		const glossaryPage = pages.find(({ slug }) => slug === 'glossary');
		if (!glossaryPage) continue;
		const link = {
			terms: glossaryTerms(headingsOf(glossaryPage.source), language),
			names: pages.map(({ title }) => title),
			href: ({ id }: { id: string }) => options.href(language, `/glossary/#${id}`),
			title: ({ term }: { term: string }) => options.linkTitle(language, term),
		};
		const usage = new Map<string, UsedOnPage[]>();
		const readingOrder = pages
			.filter(({ slug }) => slug !== 'glossary' && !pagesWithoutTermLinks.has(slug))
			.sort((a, b) => options.pageOrder.indexOf(a.slug) - options.pageOrder.indexOf(b.slug));
		for (const page of readingOrder) {
			const usedOn = { href: options.href(language, `/${page.slug}/`), title: page.title };
			const onLink = ({ id }: { id: string }) => usage.set(id, [...(usage.get(id) ?? []), usedOn]);
			const compiled = mdxToJs(page.source, { features, hastPlugins: [linkTerms({ ...link, onLink })] });
			if (compiled instanceof Promise) throw new Error('glossary: the link pass must run synchronously at config time.');
		}
		glossaries.set(language, { link, usage });
	}
	return glossaries;
}
