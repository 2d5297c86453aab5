/**
 * What an organiser chose for a session, and how it lives in the page's URL so that the link pasted in a wiki
 * (or read from the QR code) opens the same agenda. The query reads in the order of the agenda:
 *
 *   ?date=2026-12-10&start=13:30&part=session-manager:port-forwarding:田中&part=run-command&part=break:10
 *
 * - `date` (optional, YYYY-MM-DD) and `start` (HH:MM, 24 h) of the session;
 * - one `part` per agenda row, in order: `PAGE` (the whole page), `PAGE:SECTION` (one H2 section),
 *   `PAGE:SECTION:PRESENTER` or `PAGE::PRESENTER` with who presents it, and `break:MINUTES` for a break.
 *   Page slugs and section ids are ASCII and never hold a colon, so everything after the second colon is the
 *   presenter's name, whatever it contains. Names are percent-encoded (a wiki keeps such a link in one piece);
 *   the browser's address bar shows them decoded.
 *
 * Reading is forgiving: unknown pages or sections, malformed parts, repeated parts and a section of a page that
 * is already chosen whole are left out, never an error, so an old link still opens what still exists.
 */

export type SelectedPart =
	| { kind: 'page'; page: string; /** '' for the whole page. */ section: string; presenter: string }
	| { kind: 'break'; minutes: number };

export interface Selection {
	/** YYYY-MM-DD, or '' when not given. */
	date: string;
	/** HH:MM. */
	start: string;
	parts: SelectedPart[];
}

export const defaultStart = '13:30';
export const breakPart = 'break';
const maxBreakMinutes = 180;

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const clock = /^([01]\d|2[0-3]):[0-5]\d$/;
const slug = /^[a-z0-9]+(?:[-/][a-z0-9]+)*$/;
const sectionId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A break length as the form or the URL gives it: whole minutes, 1 to 180; anything else → undefined. */
export function breakMinutes(value: string | number): number | undefined {
	const minutes = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value) : NaN;
	return Number.isInteger(minutes) && minutes >= 1 && minutes <= maxBreakMinutes ? minutes : undefined;
}

/** The same page part (a break is never the same as another: two breaks are two rows). */
function samePagePart(a: SelectedPart, page: string, section: string): boolean {
	return a.kind === 'page' && a.page === page && a.section === section;
}

/** A part that cannot stand next to (page, section): the whole page beside one of its sections, or the reverse. */
function overlaps(a: SelectedPart, page: string, section: string): boolean {
	return a.kind === 'page' && a.page === page && (a.section === section || !a.section || !section);
}

/** The query string of a selection, starting with `?`. */
export function encodeSelection({ date, start, parts }: Selection): string {
	const fields = [
		...(date ? [`date=${date}`] : []),
		`start=${start}`,
		...parts.map((part) => {
			if (part.kind === 'break') return `part=${breakPart}:${part.minutes}`;
			const name = part.presenter ? `:${encodeURIComponent(part.presenter)}` : '';
			return `part=${part.page}${part.section || name ? `:${part.section}` : ''}${name}`;
		}),
	];
	return `?${fields.join('&')}`;
}

/**
 * The selection a query string describes. `isKnown(page, section)` says whether the course has that page
 * (section '') or that section of it.
 */
export function decodeSelection(search: string, isKnown: (page: string, section: string) => boolean): Selection {
	const query = new URLSearchParams(search);
	const date = query.get('date') ?? '';
	const start = query.get('start') ?? '';
	const parts: SelectedPart[] = [];
	for (const value of query.getAll('part')) {
		const [first = '', second = ''] = value.split(':', 2);
		if (first === breakPart) {
			const minutes = breakMinutes(second);
			if (minutes !== undefined && value === `${breakPart}:${second}`) parts.push({ kind: 'break', minutes });
			continue;
		}
		const presenter = value.split(':').slice(2).join(':');
		if (!slug.test(first) || (second && !sectionId.test(second)) || !isKnown(first, '') || (second && !isKnown(first, second))) continue;
		if (parts.some((part) => overlaps(part, first, second))) continue;
		parts.push({ kind: 'page', page: first, section: second, presenter });
	}
	return { date: isoDate.test(date) ? date : '', start: clock.test(start) ? start : defaultStart, parts };
}

/**
 * Adds a page or section to the parts, where it belongs in the reading order (before the first chosen part that
 * comes later; breaks stay where the organiser put them). Choosing a whole page replaces its chosen sections and
 * choosing a section replaces its whole page. `order(page, section)` is the reading position (section '' first).
 */
export function choosePart(parts: readonly SelectedPart[], page: string, section: string, order: (page: string, section: string) => number): SelectedPart[] {
	if (parts.some((part) => samePagePart(part, page, section))) return [...parts];
	const kept = parts.filter((part) => !overlaps(part, page, section));
	const position = order(page, section);
	const later = kept.findIndex((part) => part.kind === 'page' && order(part.page, part.section) > position);
	const added: SelectedPart = { kind: 'page', page, section, presenter: '' };
	return later < 0 ? [...kept, added] : [...kept.slice(0, later), added, ...kept.slice(later)];
}

/** The parts without that page or section. */
export function dropPart(parts: readonly SelectedPart[], page: string, section: string): SelectedPart[] {
	return parts.filter((part) => !samePagePart(part, page, section));
}

/** The parts with the one at `index` moved by `offset` places (kept within the list). */
export function movePart(parts: readonly SelectedPart[], index: number, offset: number): SelectedPart[] {
	const target = Math.min(Math.max(index + offset, 0), parts.length - 1);
	const moved = [...parts];
	const [part] = moved.splice(index, 1);
	if (part) moved.splice(target, 0, part);
	return moved;
}
