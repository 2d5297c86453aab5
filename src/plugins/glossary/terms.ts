import type { Language } from '../../i18n/locales';

/**
 * What counts as a glossary term and as a mention of one. Pure, so the rules can be unit-tested and are the same
 * for the links on every page and for the "used on" lists of the glossary (both run the link pass, see index.ts).
 */
export interface GlossaryTerm {
	/** The words as they appear in prose: the heading text before any （…） / (…) qualifier. */
	term: string;
	id: string;
	/** Finds the term in a text node. */
	pattern: RegExp;
}

/** Inside these elements and components a mention is not linked: headings, code, links, controls, notes, figures, quizzes. */
const skippedTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'a', 'button', 'script', 'style', 'figcaption', 'summary', 'legend', 'label']);
const skippedComponents = new Set(['SpeakerNotes', 'Slide', 'Figure', 'Screenshot', 'SelfCheck', 'PracticeTest', 'LinkCard', 'LinkButton', 'Badge']);

/** An ancestor of a text node, as far as the rules care: an HTML element or an MDX component. */
export type Ancestor = { type: 'element'; tagName: string } | { type: 'component'; name: string };

/** Whether text under these ancestors is prose in which a term may be linked. */
export function isLinkableText(ancestors: Iterable<Ancestor>): boolean {
	for (const ancestor of ancestors) {
		if (ancestor.type === 'element' ? skippedTags.has(ancestor.tagName) : skippedComponents.has(ancestor.name)) return false;
	}
	return true;
}

export function termPattern(term: string, language: Language): RegExp {
	const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return language === 'ja' ? new RegExp(escaped, 'g') : new RegExp(`(?<![\\w-])${escaped}(?:e?s)?(?![\\w-])`, 'gi');
}

/** The terms of a glossary from its `### 用語 {#id}` headings, longest first so 「アクティベーションコード」 wins over 「アクティベーション」. */
export function glossaryTerms(headings: readonly { text: string; id: string }[], language: Language): GlossaryTerm[] {
	return headings
		.map(({ text, id }) => {
			const term = text.replace(/\s*[（(].*$/, '').trim();
			return { term, id, pattern: termPattern(term, language) };
		})
		.filter(({ term }) => term.length >= 2)
		.sort((a, b) => b.term.length - a.term.length);
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

/** The earliest mention in `text` of a term not linked yet on the page. */
export function firstNewMention(
	text: string,
	terms: readonly GlossaryTerm[],
	linked: ReadonlySet<string>,
	names: readonly string[]
): { index: number; text: string; term: GlossaryTerm } | undefined {
	let match: { index: number; text: string; term: GlossaryTerm } | undefined;
	for (const term of terms) {
		if (linked.has(term.id)) continue;
		const found = findMention(text, term, names);
		if (found && (!match || found.index < match.index)) match = { index: found.index, text: found[0], term };
	}
	return match;
}
