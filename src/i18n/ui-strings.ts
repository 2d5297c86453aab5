import { z } from 'astro/zod';

/**
 * UI strings of the study-guide components, on top of Starlight's own. The texts live in
 * src/content/i18n/<lang>.json, so an added language only needs its own file; components read them with
 * `Astro.locals.t('study.verified')`.
 */
export const studyUiStrings = z
	.object({
		'study.duration': z.string(),
		'study.durationValue': z.string(),
		'study.verified': z.string(),
		'study.pricing': z.string(),
		'study.sources.heading': z.string(),
		'study.sources.intro': z.string(),
		'study.stale.title': z.string(),
		'study.stale.body': z.string(),
		'study.stale.link': z.string(),
		'presentation.start': z.string(),
		'figure.illustration': z.string(),
		'figure.zoom': z.string(),
	})
	.partial();
