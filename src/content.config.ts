import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { checkStudyPage, studyPageFields } from './schemas/study-page';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: studyPageFields.superRefine(checkStudyPage) }),
	}),
	// UI strings that Starlight's Japanese translation leaves in English (heading anchors, search results).
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
