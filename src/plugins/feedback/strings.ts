import { defineUiStrings, keysOf } from '../../i18n/ui-strings';
import strings from './strings.json' with { type: 'json' };

/** Formatted when the site is built (ReportIssueLink.astro); the browser gets none of them. */
export const feedbackStrings = defineUiStrings('feedback', strings);

export const feedbackStringKeys = keysOf(feedbackStrings);

export type FeedbackStringKey = (typeof feedbackStringKeys)[number];
