/**
 * Replacing the placeholders of a code sample with a reader's values. Pure functions: the page runtime applies
 * them to the text of each code line and to the copy button's text; the settings form to its live example.
 *
 * Loaded by the unit specs as it is (Node strips the types): keep to erasable TypeScript.
 */
import { placeholderDefinitions, type ValueKey } from './placeholders.ts';

/** A reader's values; a missing key keeps its placeholder. */
export type YourValues = Partial<Record<ValueKey, string>>;

export interface PlaceholderMatch {
	start: number;
	end: number;
	key: ValueKey;
	value: string;
}

/** Letters, digits, `_` and `-` continue a token: `i-0123…` inside `mi-0123…` or `ap-northeast-1` in `ap-northeast-1a` is not a match. */
const tokenBoundary = { before: '(?<![\\w-])', after: '(?![\\w-])' };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the placeholders of the values given appear in `text`, as whole tokens, in order. */
export function findPlaceholders(text: string, values: YourValues): PlaceholderMatch[] {
	const keyOfPlaceholder = new Map<string, ValueKey>();
	for (const { key, placeholders } of placeholderDefinitions) {
		if (values[key]) for (const placeholder of placeholders) keyOfPlaceholder.set(placeholder, key);
	}
	if (keyOfPlaceholder.size === 0) return [];
	// One pass over the text: a value that happens to equal another placeholder is never replaced again.
	const alternatives = [...keyOfPlaceholder.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const pattern = new RegExp(`${tokenBoundary.before}(?:${alternatives.join('|')})${tokenBoundary.after}`, 'g');
	return Array.from(text.matchAll(pattern), (match) => {
		const key = keyOfPlaceholder.get(match[0])!;
		return { start: match.index, end: match.index + match[0].length, key, value: values[key]! };
	});
}

/** `text` with the values in place of their placeholders. */
export function substituteText(text: string, values: YourValues): string {
	let result = '';
	let position = 0;
	for (const match of findPlaceholders(text, values)) {
		result += text.slice(position, match.start) + match.value;
		position = match.end;
	}
	return result + text.slice(position);
}

/** `text` cut into plain parts and substituted values, for rendering with the values marked. */
export function substitutedParts(text: string, values: YourValues): (string | { key: ValueKey; value: string })[] {
	const parts: (string | { key: ValueKey; value: string })[] = [];
	let position = 0;
	for (const { start, end, key, value } of findPlaceholders(text, values)) {
		if (start > position) parts.push(text.slice(position, start));
		parts.push({ key, value });
		position = end;
	}
	if (position < text.length) parts.push(text.slice(position));
	return parts;
}
