import { defineUiStrings, keysOf } from '../../i18n/ui-strings';
import strings from './strings.json' with { type: 'json' };

/** All of them reach run-sheet.ts through `data-strings` (RunSheet.astro); the page renders a few itself. */
export const runSheetStrings = defineUiStrings('run-sheet', strings);

export const runSheetStringKeys = keysOf(runSheetStrings);

export type RunSheetStringKey = (typeof runSheetStringKeys)[number];
