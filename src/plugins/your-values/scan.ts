/**
 * The check that keeps placeholders.ts complete: every placeholder-looking ID in a code sample is either a
 * reader's value or a fixed example. tests/unit/your-values.test.ts runs it over every code block of every page.
 *
 * Loaded by the unit specs as it is (Node strips the types): keep to erasable TypeScript.
 */
import { fixedExamples, placeholderDefinitions, placeholderShapes } from './placeholders.ts';

export const knownPlaceholderTexts: ReadonlySet<string> = new Set([
	...placeholderDefinitions.flatMap(({ placeholders }) => placeholders),
	...fixedExamples.map(({ text }) => text),
]);

/** Placeholder-looking IDs in `code` that the list does not know, in order of appearance. */
export function unknownPlaceholderIds(code: string, known: ReadonlySet<string> = knownPlaceholderTexts): string[] {
	return placeholderShapes
		.flatMap((shape) => Array.from(code.matchAll(new RegExp(shape.source, 'g')), (match) => ({ text: match[0], index: match.index })))
		.filter(({ text }) => !known.has(text))
		.sort((a, b) => a.index - b.index)
		.map(({ text }) => text);
}
