// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import starlightImageZoom from 'starlight-image-zoom';
import starlightLinksValidator from 'starlight-links-validator';
import { screenshotSlots } from './src/integrations/screenshot-slots.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import anchorAliases from './src/anchor-aliases.json' with { type: 'json' };
import { addAnchorAliases } from './src/markdown/anchor-aliases.ts';
import { linkGlossaryTerms, readGlossaries } from './src/markdown/glossary-links.ts';
import { makeTablesFocusable } from './src/markdown/focusable-tables.ts';
import { prefixBasePath } from './src/markdown/prefix-base-path.ts';
import { pageOrder, sidebar } from './src/sidebar.mjs';
import { editions } from './src/i18n/locales.ts';

/**
 * Where the site is hosted. Both come from the environment so that one source tree can be built for a
 * domain root (`SITE_URL=https://guide.example.com`) or for a sub-path of a team server
 * (`SITE_URL=https://intra.example.com BASE_PATH=/ssm-guide/`).
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normaliseBasePath(process.env.BASE_PATH);

/** `ssm-guide`, `/ssm-guide` and `/ssm-guide/` all mean the same sub-path; Astro wants `/ssm-guide/`. */
function normaliseBasePath(value = '/') {
	const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

const glossaries = readGlossaries('./src/content/docs', pageOrder);

export default defineConfig({
	site,
	base,
	// Wiki links are pasted with a trailing slash; one canonical form keeps every URL stable.
	trailingSlash: 'always',
	// Pages that moved keep their old URL as a redirect; wiki links must never break silently. Add an entry here
	// (old path → new path) whenever a page's URL changes; tests/permalinks.json lists the URLs that must exist.
	redirects: {},
	// Lets the test run keep a root build and a sub-path build side by side.
	outDir: process.env.OUT_DIR || './dist',
	markdown: {
		// `## 料金 {#pricing}` gives a heading a short ASCII id instead of a percent-encoded Japanese slug.
		processor: satteri({
			features: { headingAttributes: true },
			hastPlugins: [
				linkGlossaryTerms({ glossaries, base }),
				prefixBasePath(base),
				addAnchorAliases(anchorAliases.pages),
				makeTablesFocusable(),
			],
		}),
	},
	integrations: [
		screenshotSlots(),
		securityHeaders(),
		starlight({
			title: { ja: editions.ja.siteTitle, en: editions.en.siteTitle },
			description:
				'AWS Systems Manager のノードツール（Session Manager、Run Command、Patch Manager など 9 つ）を日本語で学ぶ勉強会向けガイド。',
			// Japanese stays at the root so the URLs already pasted into wikis keep working; the English edition
			// mirrors every page under /en/ with the same slugs and section ids.
			defaultLocale: 'root',
			locales: {
				root: { label: '日本語', lang: 'ja' },
				en: { label: 'English', lang: 'en' },
			},
			sidebar,
			customCss: ['./src/styles/global.css', './src/styles/print.css'],
			head: [
				{
					// Opening a page at ?present should show the slides, not flash the reading view first (which would
					// also count as layout shift). Hide the page until the slide runtime takes over; give up after 3 s
					// so a failed load never leaves a blank page.
					tag: 'script',
					content:
						"if(new URLSearchParams(location.search).has('present')){var d=document.documentElement;d.setAttribute('data-presenting-pending','');setTimeout(function(){d.removeAttribute('data-presenting-pending')},3000)}",
				},
			],
			components: {
				PageTitle: './src/components/starlight/PageTitle.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
			},
			routeMiddleware: './src/routeData.ts',
			lastUpdated: true,
			pagination: true,
			plugins: [
				starlightImageZoom(),
				...(process.env.CHECK_LINKS ? [starlightLinksValidator({ errorOnInvalidHashes: true })] : []),
			],
		}),
	],
});
