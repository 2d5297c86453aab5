/**
 * The practice test's logic without the DOM, used by practice-runtime.ts and unit-tested
 * (tests/unit/practice-mode.test.ts): which questions a shared URL asks for, how a graded run adds up per tool
 * page, and the last score kept in localStorage.
 */

export type PracticeOrder = 'shuffled' | 'fixed';

export interface PracticeMode {
	/** `fixed`: in page order, as the course goes, so a room answers question 1 together. */
	order: PracticeOrder;
	/** One tool page's slug (`session-manager`), or null for every page. */
	page: string | null;
}

/**
 * `?order=fixed&page=session-manager` → the mode. Anything else (no parameter, an unknown order, a page without
 * questions) means the default, so an old or mistyped link still opens the whole test.
 */
export function parseMode(search: string, pages: readonly string[]): PracticeMode {
	const params = new URLSearchParams(search);
	const page = params.get('page');
	return { order: params.get('order') === 'fixed' ? 'fixed' : 'shuffled', page: page && pages.includes(page) ? page : null };
}

/** The query string for `mode`, keeping other parameters; defaults are left out so the plain URL stays plain. */
export function searchForMode(search: string, mode: PracticeMode): string {
	const params = new URLSearchParams(search);
	if (mode.order === 'fixed') params.set('order', 'fixed');
	else params.delete('order');
	if (mode.page) params.set('page', mode.page);
	else params.delete('page');
	const query = params.toString();
	return query ? `?${query}` : '';
}

export type QuestionResult = 'right' | 'wrong' | 'unanswered';

export interface Tally {
	right: number;
	wrong: number;
	unanswered: number;
	total: number;
}

export interface GradedQuestion {
	page: string;
	section: string;
	result: QuestionResult;
}

export interface PageSummary<Question extends GradedQuestion> extends Tally {
	page: string;
	/** The sections of the wrong answers, each once with its questions, in question order. */
	review: { section: string; questions: Question[] }[];
}

export function tally(questions: readonly GradedQuestion[]): Tally {
	const count = (result: QuestionResult) => questions.filter((question) => question.result === result).length;
	return { right: count('right'), wrong: count('wrong'), unanswered: count('unanswered'), total: questions.length };
}

/**
 * Per tool page, in the order the questions are given (pass them in page order for the course's order).
 * Unanswered questions are counted but not sent to review: the reader has not shown what they miss.
 */
export function summariseByPage<Question extends GradedQuestion>(questions: readonly Question[]): PageSummary<Question>[] {
	const pages = [...new Set(questions.map((question) => question.page))];
	return pages.map((page) => {
		const own = questions.filter((question) => question.page === page);
		const review: PageSummary<Question>['review'] = [];
		for (const question of own.filter(({ result }) => result === 'wrong')) {
			const entry = review.find(({ section }) => section === question.section);
			if (entry) entry.questions.push(question);
			else review.push({ section: question.section, questions: [question] });
		}
		return { page, ...tally(own), review };
	});
}

export interface StoredScore {
	right: number;
	total: number;
	unanswered: number;
}

/**
 * One key per edition (`ja`, `en`) and per selection: a run of one tool page keeps its own last score, so that
 * "Session Manager 4 / 4" never shows up as the last score of the whole test. The order does not matter: the
 * same questions are asked.
 */
export function scoreStorageKey(language: string, page: string | null): string {
	return `ssm-guide:practice:last-score:${language}${page ? `:${page}` : ''}`;
}

export function serialiseScore(score: StoredScore): string {
	return JSON.stringify(score);
}

/** Reads what serialiseScore wrote, or the plain `31 / 40` of earlier versions; anything else is no score. */
export function parseStoredScore(stored: string | null): StoredScore | null {
	if (!stored) return null;
	const earlier = /^(\d+) \/ (\d+)$/.exec(stored);
	if (earlier) return { right: Number(earlier[1]), total: Number(earlier[2]), unanswered: 0 };
	try {
		const { right, total, unanswered } = JSON.parse(stored) as Partial<StoredScore>;
		const counts = [right, total, unanswered];
		if (counts.every((count) => Number.isInteger(count) && count! >= 0) && right! + unanswered! <= total!) {
			return { right: right!, total: total!, unanswered: unanswered! };
		}
	} catch {
		// Not JSON: a hand edit or another site's key.
	}
	return null;
}
