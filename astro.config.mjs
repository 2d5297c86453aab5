// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightImageZoom from 'starlight-image-zoom';
import starlightLinksValidator from 'starlight-links-validator';
import { editions } from './src/i18n/locales.ts';
import { normaliseBasePath } from './src/lib/urls.ts';
import copyLink from './src/plugins/copy-link/index.ts';
import feedback from './src/plugins/feedback/index.ts';
import glossary from './src/plugins/glossary/index.ts';
import links from './src/plugins/links/index.ts';
import offline from './src/plugins/offline/index.ts';
import presentation from './src/plugins/presentation/index.ts';
import progress from './src/plugins/progress/index.ts';
import runSheet from './src/plugins/run-sheet/index.ts';
import screenshots from './src/plugins/screenshots/index.ts';
import search from './src/plugins/search/index.ts';
import securityHeaders from './src/plugins/security-headers/index.ts';
import socialCards from './src/plugins/social-cards/index.ts';
import study from './src/plugins/study/index.ts';
import tables from './src/plugins/tables/index.ts';
import yourValues from './src/plugins/your-values/index.ts';
import { sidebar } from './src/sidebar.ts';

// Where the site is hosted: a domain root (`SITE_URL=https://guide.example.com`) or a sub-path of a team server
// (`SITE_URL=https://intra.example.com BASE_PATH=/ssm-guide/`). EDIT_LINK_BASE_URL and REPORT_ISSUE_URL add the
// 「ページを編集」 and 「誤りを報告」 links (src/plugins/feedback/). OUT_DIR and CHECK_LINKS are for the test run.
export default defineConfig({
	site: process.env.SITE_URL || 'http://localhost:4321',
	base: normaliseBasePath(process.env.BASE_PATH),
	// Wiki links are pasted with a trailing slash; one canonical form keeps every URL stable.
	trailingSlash: 'always',
	// A page that moves keeps its old URL here (old path → new path); tests/permalinks.json lists the URLs that must exist.
	redirects: {},
	outDir: process.env.OUT_DIR || './dist',
	vite: {
		build: {
			rolldownOptions: {
				// Astro's compiled MDX starts with a "use astro:head-inject" directive, and Rolldown warns about it once
				// per page (withastro/astro#18087; harmless): 48 warnings of 7 lines would hide what needs attention.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
	// `## 料金 {#pricing}` gives a heading a short ASCII id instead of a percent-encoded Japanese slug.
	markdown: { processor: satteri({ features: { headingAttributes: true } }) },
	integrations: [
		starlight({
			title: { ja: editions.ja.siteTitle, en: editions.en.siteTitle },
			description: 'AWS Systems Manager のノードツール（Session Manager、Run Command、Patch Manager など 9 つ）を日本語で学ぶ勉強会向けガイド。',
			// Japanese stays at the root so the URLs already in wikis keep working; English mirrors every page under /en/.
			defaultLocale: 'root',
			locales: { root: { label: '日本語', lang: 'ja' }, en: { label: 'English', lang: 'en' } },
			sidebar,
			customCss: ['./src/styles/global.css', './src/styles/print.css'],
			components: {
				PageTitle: './src/components/starlight/PageTitle.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				Sidebar: './src/components/starlight/Sidebar.astro',
			},
			lastUpdated: true,
			pagination: true,
			// One folder per feature (src/plugins/<feature>/index.ts). Markdown transforms run in this order, after
			// Starlight's own; the links validator comes last so it checks links as published.
			plugins: [study(), presentation(), glossary(), links(), tables(), screenshots(), copyLink(), socialCards(), search(), progress(), feedback(), runSheet(), yourValues(), securityHeaders(), offline(), starlightImageZoom(), ...(process.env.CHECK_LINKS ? [starlightLinksValidator({ errorOnInvalidHashes: true })] : [])],
		}),
	],
});
