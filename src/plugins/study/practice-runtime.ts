/**
 * The practice test in the browser, loaded at once on its page (see QuizQuestions.astro). Answers stay hidden until
 * grading. The reader picks the order (shuffled, or page order for a room answering together) and the pages (all
 * or one); the choice is kept in the URL so an organiser can share it. One button grades the questions shown,
 * counting unanswered ones apart from wrong ones, with a score and the sections to review per tool page. The last
 * score is kept in localStorage (never sent anywhere), per edition and per selection (practice-mode.ts).
 */

import { formatString, readStrings } from '../../i18n/format';
import {
	parseMode,
	parseStoredScore,
	scoreStorageKey,
	searchForMode,
	serialiseScore,
	summariseByPage,
	tally,
	type PracticeMode,
	type QuestionResult,
	type StoredScore,
} from './practice-mode';
import { chosen, grade, readQuestions, showResult, type Question } from './quiz-runtime';
import type { PracticeStringKey } from './strings';

const resultStrings = { right: 'quiz.right', wrong: 'quiz.wrong', unanswered: 'practice.unanswered' } as const satisfies Record<QuestionResult, PracticeStringKey>;

export function activateQuiz(quiz: HTMLElement): void {
	if (quiz.dataset['quizActive']) return;
	quiz.dataset['quizActive'] = 'true';
	const strings = readStrings<PracticeStringKey>(quiz);
	const text = (key: PracticeStringKey, values: Record<string, string | number> = {}) => formatString(strings[key], values);
	const questions = readQuestions(quiz);
	const list = quiz.querySelector<HTMLElement>('.quiz__questions')!;
	const score = quiz.querySelector<HTMLElement>('.quiz__score')!;
	const orderInputs = Array.from(quiz.querySelectorAll<HTMLInputElement>('[name="practice-order"]'));
	const pageSelect = quiz.querySelector<HTMLSelectElement>('[name="practice-page"]')!;
	const titles = new Map(questions.map(({ page, element }) => [page, element.querySelector('.quiz__page')!.textContent!]));
	let mode = parseMode(location.search, [...titles.keys()]);
	let shuffled = shuffle(questions);
	const isShown = (question: Question) => !mode.page || question.page === mode.page;
	const ordered = () => (mode.order === 'fixed' ? questions : shuffled);
	const shown = () => ordered().filter(isShown);
	const unanswered = () => shown().filter((question) => !chosen(question).length);

	const progress = make('p', 'quiz__progress');
	progress.id = 'quiz-practice-progress';
	const gradeButton = make('button', 'quiz__check quiz__grade', strings['practice.grade']);
	gradeButton.setAttribute('aria-describedby', progress.id);
	// Grading with questions left open asks first, inline: the reader may have skipped one by mistake.
	const note = make('p', 'quiz__note');
	note.setAttribute('role', 'status');
	const gradeAnyway = make('button', 'quiz__check', strings['practice.gradeAnyway']);
	const toUnanswered = make('button', 'quiz__check', strings['practice.toUnanswered']);
	const noteActions = make('p', 'quiz__note-actions', gradeAnyway, toUnanswered);
	const summary = make('div');
	score.before(progress, gradeButton, note, noteActions);
	score.after(summary);

	const storageKey = () => scoreStorageKey(document.documentElement.lang, mode.page);
	const scoreText = (value: StoredScore) => text(value.unanswered ? 'practice.scoreWithUnanswered' : 'practice.score', { ...value });
	function lastScore(): string {
		let previous: StoredScore | null = null;
		try {
			previous = parseStoredScore(localStorage.getItem(storageKey()));
		} catch {
			// Storage may be disabled: no last score.
		}
		if (!previous) return '';
		// A one-tool run names its tool, so its score never reads as the whole test's.
		return mode.page ? text('practice.lastScoreOfPage', { title: titles.get(mode.page)!, score: scoreText(previous) }) : text('practice.lastScore', { score: scoreText(previous) });
	}

	function update() {
		const total = shown().length;
		const open = unanswered().length;
		progress.textContent = text('practice.progress', { answered: total - open, total, unanswered: open });
		note.textContent = '';
		noteActions.hidden = true;
	}

	/** Puts the questions of the mode in its order, numbered as shown, ungraded. */
	function arrange() {
		list.append(...ordered().map(({ element }) => element));
		let number = 0;
		for (const question of ordered()) {
			question.element.hidden = !isShown(question);
			if (isShown(question)) question.element.querySelector('.quiz__number')!.textContent = text('quiz.number', { number: ++number });
			showResult(question);
		}
		for (const input of orderInputs) input.checked = input.value === mode.order;
		pageSelect.value = mode.page ?? '';
		update();
		summary.replaceChildren();
		score.textContent = lastScore();
	}

	function setMode(next: PracticeMode) {
		// Choosing "shuffled" again deals a new order.
		if (next.order === 'shuffled' && mode.order === 'fixed') shuffled = shuffle(questions);
		mode = next;
		history.replaceState(history.state, '', `${location.pathname}${searchForMode(location.search, mode)}${location.hash}`);
		arrange();
	}

	function gradeShown() {
		update();
		for (const question of shown()) {
			const result = grade(question);
			showResult(question, result, strings[resultStrings[result]]);
		}
		// Per tool page in course order, whatever order the questions were asked in.
		const graded = questions.filter(isShown).map((question) => {
			const link = question.element.querySelector<HTMLAnchorElement>('.quiz__answer a')!;
			return { ...question, link, section: link.hash, result: question.result! };
		});
		const total = tally(graded);
		const lines = [text('practice.scoreLine', { score: scoreText(total) }), text('practice.tally', { ...total }), lastScore()].filter(Boolean);
		score.replaceChildren(...lines.flatMap((line, index) => (index ? [make('br'), line] : [line])));

		const pages = make('ul', 'quiz__pages');
		for (const page of summariseByPage(graded)) {
			const item = make('li', '', make('strong', '', text('practice.pageScore', { title: titles.get(page.page)!, score: scoreText(page) })));
			item.dataset['page'] = page.page;
			if (page.review.length) {
				const review = make('ul', 'quiz__review');
				for (const { questions: wrong } of page.review) {
					const link = make('a', '', wrong[0]!.link.textContent!);
					link.href = wrong[0]!.link.href;
					const numbers = wrong.map(({ element }) => element.querySelector('.quiz__number')!.textContent).join(strings['practice.numberSeparator']);
					review.append(make('li', '', link, text('practice.reviewQuestions', { numbers })));
				}
				item.append(make('br'), strings['practice.reviewList'], review);
			}
			pages.append(item);
		}
		summary.replaceChildren(make('p', '', make('strong', '', strings['practice.byPage'])), pages);

		try {
			localStorage.setItem(storageKey(), serialiseScore({ right: total.right, total: total.total, unanswered: total.unanswered }));
		} catch {
			// Storage may be disabled; the score is still shown.
		}
		score.scrollIntoView({ block: 'nearest' });
	}

	list.addEventListener('change', update);
	gradeButton.addEventListener('click', () => {
		const open = unanswered().length;
		if (!open || !noteActions.hidden) return gradeShown();
		note.textContent = text('practice.confirmUnanswered', { unanswered: open });
		noteActions.hidden = false;
	});
	gradeAnyway.addEventListener('click', () => {
		gradeShown();
		gradeButton.focus(); // the button pressed has gone with the note
	});
	toUnanswered.addEventListener('click', () => unanswered()[0]?.element.querySelector('input')?.focus());
	for (const input of orderInputs) input.addEventListener('change', () => setMode({ ...mode, order: input.value === 'fixed' ? 'fixed' : 'shuffled' }));
	pageSelect.addEventListener('change', () => setMode({ ...mode, page: pageSelect.value || null }));
	arrange();
}

function make<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, className = '', ...children: (Node | string)[]): HTMLElementTagNameMap[Tag] {
	const element = document.createElement(tag);
	if (className) element.className = className;
	if (element instanceof HTMLButtonElement) element.type = 'button';
	element.append(...children);
	return element;
}

/** Fisher–Yates on a copy; arrange() moves the DOM nodes, so keyboard order follows the order shown. */
function shuffle<Item>(items: readonly Item[]): Item[] {
	const copy = [...items];
	for (let index = copy.length - 1; index > 0; index--) {
		const other = Math.floor(Math.random() * (index + 1));
		[copy[index], copy[other]] = [copy[other]!, copy[index]!];
	}
	return copy;
}
