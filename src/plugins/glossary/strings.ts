import { defineUiStrings } from '../../i18n/ui-strings';
import strings from './strings.json' with { type: 'json' };

/** Written into pages by the glossary Markdown plugin. */
export const glossaryStrings = defineUiStrings('glossary', strings);
