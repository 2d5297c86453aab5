import { defineUiStrings, keysOf } from '../../i18n/ui-strings';
import strings from './strings.json' with { type: 'json' };

/** All of them reach copy-link.ts through `data-strings` (CopyLinks.astro). */
export const copyLinkStrings = defineUiStrings('copy-link', strings);

export const copyLinkStringKeys = keysOf(copyLinkStrings);

export type CopyLinkStringKey = (typeof copyLinkStringKeys)[number];
