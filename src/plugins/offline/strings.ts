import { defineUiStrings, keysOf } from '../../i18n/ui-strings';
import strings from './strings.json' with { type: 'json' };

/** All of them reach offline-controls.ts through `data-strings` (OfflineControls.astro). */
export const offlineStrings = defineUiStrings('offline', strings);

export const offlineStringKeys = keysOf(offlineStrings);

export type OfflineStringKey = (typeof offlineStringKeys)[number];
