/**
 * A reader's progress through one edition, as kept in localStorage: the pages marked done. Pure functions, shared
 * by the page button, the sidebar summary and the home page's course list (progress.ts) and unit-tested.
 */
export interface ProgressState {
	/** Page slugs without the edition folder (`session-manager`, `labs/run-command`), in the order they were marked. */
	done: string[];
}

export const emptyProgress: ProgressState = { done: [] };

// Its own module, so that progress-bootstrap.ts (on every page) carries the key and nothing else.
export { progressKey } from './progress-key.ts';

/** Reads a stored value; anything unreadable (another version's format, a hand edit) counts as no progress. */
export function parseProgress(stored: string | null): ProgressState {
	if (!stored) return emptyProgress;
	try {
		const value: unknown = JSON.parse(stored);
		const done = (value as { done?: unknown })?.done;
		return Array.isArray(done)
			? {
					done: [...new Set(done.filter((slug): slug is string => typeof slug === 'string'))],
				}
			: emptyProgress;
	} catch {
		return emptyProgress;
	}
}

export function setDone(state: ProgressState, slug: string, done: boolean): ProgressState {
	const others = state.done.filter((other) => other !== slug);
	return { done: done ? [...others, slug] : others };
}

export interface CourseSummary {
	done: number;
	total: number;
	/** Minutes of the pages not yet done. */
	remainingMinutes: number;
	totalMinutes: number;
}

/** Done/total and remaining minutes over the course's pages; marks of pages no longer in the course are ignored. */
export function summarise(minutesByPage: Readonly<Record<string, number>>, state: ProgressState): CourseSummary {
	const pages = Object.keys(minutesByPage);
	const done = new Set(state.done.filter((slug) => slug in minutesByPage));
	const totalMinutes = pages.reduce((sum, slug) => sum + minutesByPage[slug]!, 0);
	const doneMinutes = [...done].reduce((sum, slug) => sum + minutesByPage[slug]!, 0);
	return {
		done: done.size,
		total: pages.length,
		remainingMinutes: totalMinutes - doneMinutes,
		totalMinutes,
	};
}
