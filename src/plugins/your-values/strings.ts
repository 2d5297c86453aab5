import { defineUiStrings } from '../../i18n/ui-strings';
import strings from './strings.json' with { type: 'json' };

export const yourValuesStrings = defineUiStrings('your-values', strings);

/** What the settings form writes in the browser; YourValuesForm.astro passes them in `data-strings`. */
export const yourValuesFormStringKeys = ['yourValues.mark', 'yourValues.saved', 'yourValues.cleared', 'yourValues.invalid', 'yourValues.unavailable'] as const satisfies readonly (keyof (typeof strings)['ja'])[];

export type YourValuesFormStringKey = (typeof yourValuesFormStringKeys)[number];

/**
 * What the page runtime writes. It reads them from this file for the page's language rather than from the page:
 * strings in every page's HTML would cost the readers who never set a value.
 */
export const yourValuesPageStringKeys = ['yourValues.mark', 'yourValues.notice', 'yourValues.noticeLink'] as const satisfies readonly (keyof (typeof strings)['ja'])[];

export type YourValuesPageStringKey = (typeof yourValuesPageStringKeys)[number];

