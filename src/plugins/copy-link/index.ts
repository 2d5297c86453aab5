import { featurePlugin } from '../../lib/feature-plugin';
import { copyLinkStrings } from './strings';

/**
 * Copy a section's permanent URL or a ready-made wiki Markdown link from its heading. `components/CopyLinks.astro`
 * is public (the content override renders it once per page); `copy-link.ts` is its browser script. Nothing to
 * configure beyond its strings.
 */
export default function copyLink() {
	return featurePlugin('copy-link', { strings: [copyLinkStrings] });
}
