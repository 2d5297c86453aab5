import { defineUiStrings } from '../../i18n/ui-strings';
import strings from './strings.json' with { type: 'json' };

/** The components read them with `Astro.locals.t`; progress.ts, loaded only when used, imports the same file. */
export const progressStrings = defineUiStrings('progress', strings);
