import { defineUiStrings } from '../../i18n/ui-strings';
import strings from './strings.json' with { type: 'json' };

/** Drawn into the social card images. */
export const socialCardStrings = defineUiStrings('social-cards', strings);
