import { defineUiStrings } from '../../i18n/ui-strings';
import strings from './strings.json' with { type: 'json' };

/** The buttons' label reaches copy-link.ts through the page (CopyLinks.astro); the menu reads the rest from strings.json. */
export const copyLinkStrings = defineUiStrings('copy-link', strings);
