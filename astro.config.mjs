// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { starlightInlineScriptHashes } from './src/build/csp.ts';
import { siteData, uiStrings } from './src/data/site-data.ts';
import { PAGEFIND_OPTIONS } from './src/lib/search.ts';
import { siteOrigin } from './src/lib/site-config.ts';
import { uiString } from './src/lib/labels.ts';
import { STARLIGHT_LOCALES } from './src/lib/locale.ts';
import { buildSidebar } from './src/lib/sidebar.ts';

const strings = uiStrings();

export default defineConfig({
	site: siteOrigin,
	security: {
		// Every page gets a CSP <meta>: scripts only from this origin or by hash (never 'unsafe-inline').
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind's search runs WebAssembly; Starlight's inline scripts are allowed by their hashes.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: starlightInlineScriptHashes() },
			// Starlight and Pagefind's UI set inline style attributes; <style> and stylesheets stay self + hashes.
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	integrations: [
		starlight({
			title: { 'zh-CN': uiString(strings.zh, 'site.title'), en: uiString(strings.en, 'site.title') },
			defaultLocale: 'root',
			locales: STARLIGHT_LOCALES,
			sidebar: buildSidebar(siteData().plan, strings),
			customCss: [
				'./src/styles/plan.css',
				'./src/styles/finder.css',
				'./src/styles/cite.css',
				'./src/styles/corrections.css',
				'./src/styles/verify.css',
				'./src/styles/entities.css',
				'./src/styles/diagram.css',
				'./src/styles/full-text.css',
				'./src/styles/print.css',
			],
			components: {
				Search: './src/components/starlight/Search.astro',
				PageTitle: './src/components/starlight/PageTitle.astro',
				Sidebar: './src/components/starlight/Sidebar.astro',
				LanguageSelect: './src/components/starlight/LanguageSelect.astro',
			},
			routeMiddleware: './src/routeData.ts',
			favicon: '/favicon.svg',
			lastUpdated: false,
			pagefind: PAGEFIND_OPTIONS,
		}),
		mdx(),
	],
});
