import { fileURLToPath } from 'node:url';
import { asLanguage } from '../../i18n/locales';
import { featurePlugin, pluginFile } from '../../lib/feature-plugin';
import { hastPluginsIntegration } from '../../lib/markdown-processor';
import { editionHref } from '../../lib/urls';
import { pageOrder } from '../../sidebar';
import { linkTerms, listTermUsage } from './link-terms';
import { glossaryStrings } from './strings';
import { pageSlugOfFile, pagesWithoutTermLinks, readGlossaries } from './usage';

/**
 * Glossary links, made at build time from the glossary itself: every `### 用語 {#id}` of an edition's glossary.mdx
 * is a term. On every other page of that edition the first mention of each term (outside headings, code, links and
 * speaker notes) links to its `/glossary/#id`, and the glossary lists under each term the pages that link it.
 * Japanese terms are found as written; English ones as whole words, in any case and with a plural -s.
 */
export default function glossary() {
	return featurePlugin('glossary', {
		strings: [glossaryStrings],
		setup({ addIntegration, updateConfig, config, absolutePathToLang, useTranslations }) {
			updateConfig({ customCss: [...(config.customCss ?? []), pluginFile(import.meta.url, './glossary.css')] });
			addIntegration(
				hastPluginsIntegration('glossary', ({ base, srcDir }) => {
					const docsDir = fileURLToPath(new URL('content/docs/', srcDir));
					const glossaries = readGlossaries({
						docsDir,
						languageOfFile: absolutePathToLang,
						pageOrder,
						href: (language, path) => editionHref(language, path, base),
						linkTitle: (language, term) =>
							useTranslations(language)('glossary.linkTitle', { term, interpolation: { escapeValue: false } }),
					});
					return [
						({ fileURL }) => {
							const file = fileURL ? fileURLToPath(fileURL) : '';
							if (!file.startsWith(docsDir)) return false;
							const language = asLanguage(absolutePathToLang(file));
							const edition = glossaries.get(language);
							const page = pageSlugOfFile(docsDir, file);
							if (!edition || pagesWithoutTermLinks.has(page)) return false;
							if (page !== 'glossary') return linkTerms(edition.link);
							const t = useTranslations(language);
							return listTermUsage(edition.usage, t('glossary.usedOn'), t('glossary.pageSeparator'));
						},
					];
				})
			);
		},
	});
}
