/**
 * Social cards: one 1200×630 PNG per page at `/og/<page>.png` (the home page is `/og/index.png`), drawn at build
 * time by astro-og-canvas with Noto Sans JP from npm, so Japanese titles render without any system font.
 * English pages (`/og/en/<page>.png`, home: `/og/en.png`) get cards in English. Linked from each page's head by
 * route-data.ts.
 */
import { useTranslations } from '@astrojs/starlight/internal';
import { getCollection } from 'astro:content';
import { OGImageRoute } from 'astro-og-canvas';
import { editions, languageOfEntryId } from '../../i18n/locales';
import { socialCardFile } from '../../lib/urls';
import { pricingLabelKeys } from '../study/schema';
import { cardTitle } from './card-title';
const fontDir = './node_modules/@expo-google-fonts/noto-sans-jp';

/** Card accent per pricing model, echoing the page badge colours (green / amber / red); guides get blue. */
const accentColours = {
	free: [46, 160, 67],
	conditional: [245, 166, 35],
	charged: [218, 54, 51],
	guide: [80, 140, 230],
} as const;

// A not-found page has no card of its own: a link to a missing page unfurls with its edition's home card (route-data.ts).
const pages = Object.fromEntries(
	(await getCollection('docs', ({ data }) => data.kind !== 'not-found')).map(({ id, data }) => [id, { ...data, language: languageOfEntryId(id) }])
);

export const { getStaticPaths, GET } = await OGImageRoute({
	pages,
	getSlug: (path) => socialCardFile(path),
	getImageOptions: (_path, page: (typeof pages)[string]) => {
		const { language } = page;
		const siteName = editions[language].siteTitle;
		// Starlight's translations, for the card's language rather than the request's; drawn text needs no HTML escaping.
		const t = useTranslations(language);
		const interpolation = { escapeValue: false };
		const pricing = page.pricing ? t('og.pricing', { label: t(pricingLabelKeys[page.pricing.model]), interpolation }) : '';
		const isSiteTitle = page.title === siteName;
		// The home page is the whole course, not a lesson of a few minutes: its card says in one line what the site
		// covers (the page's description is too long for the card's lower third in English).
		const duration = isSiteTitle ? '' : t('og.duration', { minutes: page.duration ?? 0, interpolation });
		return {
			title: cardTitle(page.title),
			description: isSiteTitle ? t('og.siteSummary') : `${pricing}${duration}\n${siteName}`,
			logo: { path: './src/assets/og-mark.png', size: [96] },
			bgGradient: [
				[23, 32, 48],
				[31, 58, 95],
			],
			border: { color: [...accentColours[page.pricing?.model ?? 'guide']], width: 24, side: 'inline-start' },
			padding: 72,
			font: {
				// Long titles get a smaller size so that no word is split across lines.
				title: { families: ['Noto Sans JP'], weight: 'Bold', size: page.title.length > (language === 'ja' ? 16 : 30) ? 60 : 76, lineHeight: 1.25, color: [255, 255, 255] },
				description: { families: ['Noto Sans JP'], weight: 'Normal', size: 36, lineHeight: 1.5, color: [214, 224, 240] },
			},
			fonts: [`${fontDir}/700Bold/NotoSansJP_700Bold.ttf`, `${fontDir}/400Regular/NotoSansJP_400Regular.ttf`],
		};
	},
});
