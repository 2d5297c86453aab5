/**
 * Checking a reader's values and keeping them in localStorage. Pure functions (the key takes the site's base, not
 * `import.meta.env`), shared by the settings form, the page runtime and the unit specs.
 *
 * Loaded by the unit specs as it is (Node strips the types): keep to erasable TypeScript.
 */
import { placeholderDefinitions, valueKeys, type ValueKey } from './placeholders.ts';
import type { YourValues } from './substitute.ts';

/**
 * localStorage key: per site (base path), like the offline and progress keys, and shared by both editions — the
 * instance a reader works on is the same in Japanese and English.
 */
export function yourValuesKey(base: string): string {
	return `${base}:your-values`;
}

const patterns = new Map<ValueKey, RegExp>(placeholderDefinitions.map(({ key, pattern }) => [key, new RegExp(`^(?:${pattern})$`, 'v')]));

/** Whether `value` is acceptable for `key`; the same rule as the form field's `pattern`. */
export function isValidValue(key: ValueKey, value: string): boolean {
	return patterns.get(key)!.test(value);
}

/** Reads a stored value; anything unreadable (another version's format, a hand edit) or invalid is dropped, never thrown. */
export function parseValues(stored: string | null): YourValues {
	if (!stored) return {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(stored);
	} catch {
		return {};
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
	const values: YourValues = {};
	for (const key of valueKeys) {
		const value: unknown = (parsed as Record<string, unknown>)[key];
		if (typeof value === 'string' && isValidValue(key, value)) values[key] = value;
	}
	return values;
}

/** What to store, or null when no value is set (then the entry is removed, and pages load nothing). */
export function serialiseValues(values: YourValues): string | null {
	const kept = Object.fromEntries(valueKeys.flatMap((key) => (values[key] ? [[key, values[key]]] : [])));
	return Object.keys(kept).length ? JSON.stringify(kept) : null;
}

