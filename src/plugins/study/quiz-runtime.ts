/**
 * Interactive self-checks, loaded when a reader starts answering (see QuizQuestions.astro). Works on the markup
 * that is already readable without JavaScript: each question knows its correct choices (`data-answers`).
 *
 * - Self-check: a "check answer" button per question shows right/wrong and opens the explanation; a running score
 *   follows the questions answered so far.
 * - Practice test: questions are shuffled, checked together with one button, and the last score is kept in
 *   localStorage (never sent anywhere).
 */

import { formatString, readStrings } from '../../i18n/format';
import type { QuizStringKey } from './strings';

/** One key per edition (`ja`, `en`): each edition's practice test keeps its own last score. */
const practiceStorageKey = (language: string) => `ssm-guide:practice:last-score:${language}`;

interface QuestionState {
	element: HTMLElement;
	correct: Set<string>;
	checked: boolean;
	right: boolean;
}

export function activateQuiz(quiz: HTMLElement): void {
	if (quiz.dataset['quizActive']) return;
	quiz.dataset['quizActive'] = 'true';
	const isPractice = quiz.dataset['quiz'] === 'practice';
	const strings = readStrings<QuizStringKey>(quiz);
	const list = quiz.querySelector<HTMLElement>('.quiz__questions')!;
	const score = quiz.querySelector<HTMLElement>('.quiz__score')!;

	if (isPractice) shuffle(list);
	const questions: QuestionState[] = Array.from(list.querySelectorAll<HTMLElement>('.quiz__question')).map((element, index) => {
		const number = element.querySelector('.quiz__number');
		if (number) number.textContent = formatString(strings['quiz.number'], { number: index + 1 });
		return { element, correct: new Set((element.dataset['answers'] ?? '').split(',')), checked: false, right: false };
	});

	function selected(question: QuestionState): Set<string> {
		return new Set(
			Array.from(question.element.querySelectorAll<HTMLInputElement>('input:checked')).map((input) => input.value)
		);
	}

	function check(question: QuestionState) {
		const chosen = selected(question);
		question.checked = true;
		question.right = chosen.size === question.correct.size && [...chosen].every((value) => question.correct.has(value));
		const result = question.element.querySelector<HTMLElement>('.quiz__result')!;
		result.dataset['correct'] = String(question.right);
		result.textContent =
			chosen.size === 0 ? strings['quiz.nothingSelected'] : question.right ? strings['quiz.right'] : strings['quiz.wrong'];
		question.element.querySelector('details')?.setAttribute('open', '');
	}

	function showScore() {
		const answered = questions.filter((question) => question.checked);
		const right = answered.filter((question) => question.right).length;
		if (!isPractice) {
			score.textContent = formatString(strings['quiz.selfCheckScore'], { right, total: questions.length, answered: answered.length });
			return;
		}
		const previous = readPreviousScore();
		score.textContent =
			formatString(strings['quiz.practiceScore'], { right, total: questions.length }) +
			(previous ? formatString(strings['quiz.lastTime'], { score: previous }) : '');
		const wrong = questions.filter((question) => !question.right);
		if (wrong.length) {
			const review = document.createElement('ul');
			review.className = 'quiz__review';
			for (const question of wrong) {
				const link = question.element.querySelector<HTMLAnchorElement>('.quiz__answer a');
				const item = document.createElement('li');
				const anchor = document.createElement('a');
				anchor.href = link?.href ?? '#';
				anchor.textContent = formatString(strings['quiz.reviewItem'], {
					number: question.element.querySelector('.quiz__number')?.textContent ?? '',
					link: link?.textContent ?? strings['quiz.review'],
				});
				item.append(anchor);
				review.append(item);
			}
			score.querySelector('.quiz__review')?.remove();
			score.append(document.createElement('br'), strings['quiz.reviewList'], review);
		}
		try {
			localStorage.setItem(practiceStorageKey(document.documentElement.lang), `${right} / ${questions.length}`);
		} catch {
			// Storage may be disabled; the score is still shown.
		}
	}

	if (isPractice) {
		const gradeButton = document.createElement('button');
		gradeButton.type = 'button';
		gradeButton.className = 'quiz__check quiz__grade';
		gradeButton.textContent = strings['quiz.grade'];
		gradeButton.addEventListener('click', () => {
			questions.forEach(check);
			showScore();
			score.scrollIntoView({ block: 'nearest' });
		});
		score.before(gradeButton);
		const previous = readPreviousScore();
		if (previous) score.textContent = formatString(strings['quiz.lastScore'], { score: previous });
	} else {
		for (const question of questions) {
			const button = question.element.querySelector<HTMLButtonElement>('.quiz__check')!;
			button.hidden = false;
			button.addEventListener('click', () => {
				check(question);
				showScore();
			});
		}
	}
}

function readPreviousScore(): string | null {
	try {
		return localStorage.getItem(practiceStorageKey(document.documentElement.lang));
	} catch {
		return null;
	}
}

/** Fisher–Yates, moving the DOM nodes so that keyboard order follows the new order. */
function shuffle(list: HTMLElement): void {
	const items = Array.from(list.children);
	for (let index = items.length - 1; index > 0; index--) {
		const other = Math.floor(Math.random() * (index + 1));
		[items[index], items[other]] = [items[other]!, items[index]!];
	}
	list.append(...items);
}
