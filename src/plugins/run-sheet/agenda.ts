import type { SelectedPart, Selection } from './selection.ts';

/**
 * The agenda of a study session: the chosen parts in order with their clock times. Plain data in, plain data out
 * (the browser script only renders it), so the arithmetic is unit-tested.
 */

const minutesPerDay = 24 * 60;

/** `13:30` → 810 (minutes after midnight); anything that is not a 24-hour HH:MM → undefined. */
export function parseClock(value: string): number | undefined {
	const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
	return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** 810 → `13:30`; past midnight the clock starts again (1470 → `00:30`). */
export function formatClock(minutes: number): string {
	const wrapped = ((Math.round(minutes) % minutesPerDay) + minutesPerDay) % minutesPerDay;
	return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** A section as the course data lists it. */
export interface CourseSection {
	id: string;
	title: string;
	minutes: number;
}

/** A page of the course: its published address (with the base path), its whole duration and its sections. */
export interface CoursePage {
	slug: string;
	title: string;
	minutes: number;
	href: string;
	sections: CourseSection[];
}

/** One part of the agenda, resolved against the course. */
export interface AgendaPart {
	/** The part as the selection names it. */
	part: SelectedPart;
	/** `Session Manager — ポート転送`, the page title alone for a whole page, 「休憩」 for a break. */
	title: string;
	minutes: number;
	presenter: string;
	/** `…/session-manager/?present#port-forwarding`; none for a break. */
	presentHref: string | undefined;
}

export interface ScheduledPart extends AgendaPart {
	start: string;
	end: string;
}

export interface Agenda {
	rows: ScheduledPart[];
	totalMinutes: number;
	start: string;
	end: string;
}

export interface AgendaLabels {
	/** The title of a break: 「休憩」. */
	breakTitle: string;
	/** Joins page and section titles: `{{page}} — {{section}}`. */
	pageSection: (page: string, section: string) => string;
}

/** The parts of a selection with titles, minutes and presentation links; parts the course lacks are left out. */
export function agendaParts(parts: readonly SelectedPart[], course: readonly CoursePage[], labels: AgendaLabels): AgendaPart[] {
	return parts.flatMap((part): AgendaPart[] => {
		if (part.kind === 'break') return [{ part, title: labels.breakTitle, minutes: part.minutes, presenter: '', presentHref: undefined }];
		const page = course.find((candidate) => candidate.slug === part.page);
		if (!page) return [];
		if (!part.section) return [{ part, title: page.title, minutes: page.minutes, presenter: part.presenter, presentHref: `${page.href}?present` }];
		const section = page.sections.find((candidate) => candidate.id === part.section);
		if (!section) return [];
		return [
			{
				part,
				title: labels.pageSection(page.title, section.title),
				minutes: section.minutes,
				presenter: part.presenter,
				presentHref: `${page.href}?present#${section.id}`,
			},
		];
	});
}

/** Clock times for parts run back to back from `start` (HH:MM), the total and the end. */
export function scheduleAgenda(parts: readonly AgendaPart[], start: string): Agenda {
	let clock = parseClock(start) ?? 0;
	const rows = parts.map((part) => {
		const row = { ...part, start: formatClock(clock), end: formatClock(clock + part.minutes) };
		clock += part.minutes;
		return row;
	});
	const totalMinutes = parts.reduce((sum, part) => sum + part.minutes, 0);
	return { rows, totalMinutes, start: formatClock(parseClock(start) ?? 0), end: formatClock(clock) };
}

/** The agenda of a selection: `agendaParts`, then `scheduleAgenda` from its start time. */
export function agendaOf(selection: Selection, course: readonly CoursePage[], labels: AgendaLabels): Agenda {
	return scheduleAgenda(agendaParts(selection.parts, course, labels), selection.start);
}
