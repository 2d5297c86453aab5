import { featurePlugin } from '../../lib/feature-plugin';
import { runSheetStrings } from './strings';

/**
 * 勉強会の進行表: an organiser picks pages or single sections, a start time, breaks and presenters, and gets an
 * agenda with clock times that lives in the URL (paste it in a wiki, show its QR code, print it on one A4 page).
 * `components/RunSheet.astro` is public (the run-sheet page renders it); it embeds the course — every page of its
 * edition with the sections and minutes the presentation's agenda slide uses — and `run-sheet.ts` runs the form.
 * Pure parts: page-sections.ts (minutes per section), agenda.ts (clock times), selection.ts (URL state), course.ts.
 */
export default function runSheet() {
	return featurePlugin('run-sheet', { strings: [runSheetStrings] });
}
