import { defineUiStrings, keysOf } from '../../i18n/ui-strings';
import strings from './strings.json' with { type: 'json' };

/** Rendered into the page at build time (the 発表モード button, speaker notes). */
export const presentationPageStrings = defineUiStrings('presentation', strings.page);

/**
 * What the slide runtime shows. It reads them from strings.json for the page's language rather than from the page:
 * strings in every page's HTML would cost the readers who never present (about 0.6 KB gzip a page).
 */
export const presentationRuntimeStrings = defineUiStrings('presentation runtime', strings.runtime);

export const presentationRuntimeStringKeys = keysOf(presentationRuntimeStrings);

export type PresentationStringKey = (typeof presentationRuntimeStringKeys)[number];
