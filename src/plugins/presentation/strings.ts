import { defineUiStrings, keysOf } from '../../i18n/ui-strings';
import strings from './strings.json' with { type: 'json' };

/** Rendered into the page at build time (the 発表モード button, speaker notes). */
export const presentationPageStrings = defineUiStrings('presentation', strings.page);

/** What the slide runtime shows; PresentButton.astro passes them to it in `data-strings`. */
export const presentationRuntimeStrings = defineUiStrings('presentation runtime', strings.runtime);

export const presentationRuntimeStringKeys = keysOf(presentationRuntimeStrings);

export type PresentationStringKey = (typeof presentationRuntimeStringKeys)[number];
