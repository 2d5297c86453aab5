import { featurePlugin } from '../../lib/feature-plugin';
import { progressStrings } from './strings';

/**
 * Reading progress, kept in the reader's browser only (localStorage, per edition): a 「このページを読み終えた」 toggle
 * at the end of each lesson (`components/PageDoneToggle.astro`), done/total and the remaining minutes in the
 * sidebar (`components/CourseProgress.astro`, from the pages' `duration`), the whole course with marks on the home
 * page (`components/CourseOverview.astro`) and one reset (`components/ProgressReset.astro`). One small script
 * (progress.ts) serves all of them.
 */
export default function progress() {
	return featurePlugin('progress', { strings: [progressStrings] });
}
