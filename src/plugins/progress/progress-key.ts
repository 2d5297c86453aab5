/** localStorage key: per site (base path) and edition, so the English and Japanese courses count separately. */
export function progressKey(base: string, language: string): string {
	return `${base}:progress:${language}`;
}
