/**
 * Interactive self-checks, loaded when a reader starts answering (see QuizQuestions.astro). Works on the markup
 * that is already readable without JavaScript: each question knows its correct choices (`data-answers`). A "check
 * answer" button per question shows right/wrong and opens the explanation; a running score follows the questions
 * answered so far. The practice test builds on the helpers here (practice-runtime.ts).
 */

import { formatString, readStrings } from '../../i18n/format';
import type { QuestionResult } from './practice-mode';
import type { QuizStringKey } from './strings';

export interface Question {
	element: HTMLElement;
	correct: Set<string>;
	page: string;
	result?: QuestionResult | undefined;
}

/** The questions in the order built: for the practice test, page order, as the course goes. */
export function readQuestions(quiz: HTMLElement): Question[] {
	return Array.from(quiz.querySelectorAll<HTMLElement>('.quiz__question'), (element) => ({
		element,
		correct: new Set((element.dataset['answers'] ?? '').split(',')),
		page: element.dataset['page'] ?? '',
	}));
}

export const chosen = (question: Question) => Array.from(question.element.querySelectorAll<HTMLInputElement>('input:checked'), (input) => input.value);

export function grade(question: Question): QuestionResult {
	const values = chosen(question);
	if (!values.length) return 'unanswered';
	return values.length === question.correct.size && values.every((value) => question.correct.has(value)) ? 'right' : 'wrong';
}

/** Shows a question's result (or clears it, given none) and opens or closes its answer and explanation. */
export function showResult(question: Question, result?: QuestionResult, text = '') {
	const output = question.element.querySelector<HTMLElement>('.quiz__result')!;
	for (const element of [question.element, output]) {
		if (result) element.dataset['result'] = result;
		else delete element.dataset['result'];
	}
	question.result = result;
	output.textContent = text;
	question.element.querySelector('details')?.toggleAttribute('open', Boolean(result));
}

export function activateQuiz(quiz: HTMLElement): void {
	if (quiz.dataset['quizActive']) return;
	quiz.dataset['quizActive'] = 'true';
	const strings = readStrings<QuizStringKey>(quiz);
	const questions = readQuestions(quiz);
	const score = quiz.querySelector<HTMLElement>('.quiz__score')!;
	for (const question of questions) {
		const button = question.element.querySelector<HTMLButtonElement>('.quiz__check')!;
		button.hidden = false;
		button.addEventListener('click', () => {
			const result = grade(question);
			// Asking for the answer with nothing ticked counts as a miss here: the reader checks one question at a time.
			showResult(question, result === 'right' ? 'right' : 'wrong', strings[result === 'right' ? 'quiz.right' : result === 'wrong' ? 'quiz.wrong' : 'quiz.nothingSelected']);
			const checked = questions.filter(({ result }) => result);
			const right = checked.filter(({ result }) => result === 'right').length;
			score.textContent = formatString(strings['quiz.selfCheckScore'], { right, total: questions.length, answered: checked.length });
		});
	}
}
