import { defineUiStrings } from '../../i18n/ui-strings';
import strings from './strings.json' with { type: 'json' };

/** The search button for page content (components/SearchButton.astro). */
export const searchStrings = defineUiStrings('search', strings);
