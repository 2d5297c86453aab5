import { defineUiStrings } from '../../i18n/ui-strings';
import strings from './strings.json' with { type: 'json' };

/** Figure captions and the zoom controls. */
export const figureStrings = defineUiStrings('screenshots', strings);
