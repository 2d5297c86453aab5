/**
 * When the facts of a page count as stale, decided at build time. The build's "now" is the standard
 * `SOURCE_DATE_EPOCH` (seconds since 1970) when it is set — reproducible builds and tests pin it — and the real
 * time otherwise.
 */

/** About six months. */
export const staleAfterDays = 183;

export function buildTime(env: Record<string, string | undefined> = process.env): Date {
	const epoch = env['SOURCE_DATE_EPOCH'];
	if (epoch === undefined || epoch === '') return new Date();
	const seconds = Number(epoch);
	if (!Number.isInteger(seconds) || seconds < 0) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
	return new Date(seconds * 1000);
}

/** True when `verified` lies more than `staleAfterDays` before `now`. */
export function isStale(verified: Date, now: Date): boolean {
	return (now.getTime() - verified.getTime()) / 86_400_000 > staleAfterDays;
}
