import { defineUiStrings, keysOf } from '../../i18n/ui-strings';
import strings from './strings.json' with { type: 'json' };

/** Rendered at build time: page meta, stale notice, sources, pricing table, quiz markup. */
export const studyPageStrings = defineUiStrings('study', strings.page);

/** What the quiz runtime writes; QuizQuestions.astro passes them in `data-strings`. */
export const quizRuntimeStrings = defineUiStrings('quiz runtime', strings.quizRuntime);

export const quizRuntimeStringKeys = keysOf(quizRuntimeStrings);

export type QuizStringKey = (typeof quizRuntimeStringKeys)[number];

/** What only the practice test's runtime writes, so that self-check pages do not carry them. */
export const practiceRuntimeStrings = defineUiStrings('practice runtime', strings.practiceRuntime);

export const practiceRuntimeStringKeys = [...quizRuntimeStringKeys, ...keysOf(practiceRuntimeStrings)];

export type PracticeStringKey = (typeof practiceRuntimeStringKeys)[number];
