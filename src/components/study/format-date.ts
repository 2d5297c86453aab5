const japaneseDate = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeZone: 'UTC' });

/** `2026-11-28` → `2026年11月28日`. Frontmatter dates are calendar dates, so they are read in UTC. */
export function formatJapaneseDate(date: Date): string {
	return japaneseDate.format(date);
}

/** `2026-11-28`, for `<time datetime>`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
