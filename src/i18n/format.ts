/**
 * UI strings in the browser. Components pass the strings their client script needs as JSON in a `data-strings`
 * attribute (picked from Starlight's `Astro.locals.t.all()` for the page's language), so scripts carry no
 * language of their own. Placeholders use the same `{{name}}` syntax as Starlight's `t()`.
 */
export type Strings<Key extends string> = Record<Key, string>;

/** `formatString('Slide {{current}}', { current: 2 })` → `Slide 2`. Unknown placeholders stay visible. */
export function formatString(template: string, values: Record<string, string | number> = {}): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
		name in values ? String(values[name]) : placeholder
	);
}

/** Server side: the raw (not yet interpolated) strings for `keys` from `Astro.locals.t.all()`. */
export function pickStrings<const Key extends string>(all: Record<string, unknown>, keys: readonly Key[]): Strings<Key> {
	return Object.fromEntries(
		keys.map((key) => {
			const value = all[key];
			if (typeof value !== 'string') throw new Error(`UI string "${key}" is missing from src/content/i18n/.`);
			return [key, value];
		})
	) as Strings<Key>;
}

/** Client side: the strings a component put in `data-strings`. */
export function readStrings<Key extends string>(element: Element | null | undefined): Strings<Key> {
	const json = element?.getAttribute('data-strings');
	if (!json) throw new Error('UI strings missing: expected a data-strings attribute.');
	return JSON.parse(json) as Strings<Key>;
}
