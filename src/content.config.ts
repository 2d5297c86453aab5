import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { studyUiStrings } from './i18n/ui-strings';
import { checkStudyPage, studyPageFields } from './schemas/study-page';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: studyPageFields.superRefine(checkStudyPage) }),
	}),
	// UI strings: those Starlight's Japanese translation leaves in English, and the study-guide components' own.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: studyUiStrings }) }),
};
