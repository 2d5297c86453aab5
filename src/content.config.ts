import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { checkStudyPage, studyPageFields } from './plugins/study/schema';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: studyPageFields.superRefine(checkStudyPage) }),
	}),
	// Overrides of Starlight's own UI strings (those its Japanese translation leaves in English). Each feature
	// declares its strings in its plugin folder (src/plugins/*/strings.ts).
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
