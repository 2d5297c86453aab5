/** The UI strings quiz-runtime.ts needs; QuizQuestions.astro passes them for the page's language. */
export const quizStringKeys = [
	'quiz.number',
	'quiz.nothingSelected',
	'quiz.right',
	'quiz.wrong',
	'quiz.selfCheckScore',
	'quiz.practiceScore',
	'quiz.lastTime',
	'quiz.lastScore',
	'quiz.reviewList',
	'quiz.reviewItem',
	'quiz.review',
	'quiz.grade',
] as const;

export type QuizStringKey = (typeof quizStringKeys)[number];
