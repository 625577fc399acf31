/**
 * The site's page templates, one page of each: the single list that the phone axe sweep, the desktop axe sweep and
 * Lighthouse all visit (tests/e2e/sweep.spec.ts, scripts/lighthouse.ts). A new template is added here, once.
 */
import type { Locale } from '../../src/lib/labels.ts';
import {
	correctionsSlug,
	ENTITIES_SLUG,
	entityPath,
	fullPath,
	glossaryPath,
	groupPath,
	localePath,
	LOCALES,
	measurePath,
} from '../../src/lib/locale.ts';

export type LighthouseCategory = 'performance' | 'accessibility' | 'best-practices' | 'seo';
/** Accessibility, best practices and SEO: every template that a search engine may index. */
export const QUALITY: LighthouseCategory[] = ['accessibility', 'best-practices', 'seo'];
/** All four categories, in one Lighthouse pass: the heavy pages (largest HTML, most script) and the quote checker. */
export const ALL_CATEGORIES: LighthouseCategory[] = ['performance', ...QUALITY];

export interface Template {
	/** What the template is, for test titles and error lines. */
	name: string;
	/** Its page in a locale. */
	path: (locale: Locale) => string;
	/**
	 * Lighthouse's categories for it, and the locales it runs in: one per template but the measure page (the most
	 * read, whose Chinese and English text lay out differently). Both languages are one component with other
	 * strings, which both axe sweeps check in each language; Lighthouse's other audits (meta tags, robots, console
	 * errors, image aspect ratios, deprecated APIs) do not depend on the language, and `check:site` checks every
	 * page's head tags and CSP in both. The languages alternate between templates. `null`: not run (reason below).
	 */
	lighthouse: { categories: LighthouseCategory[]; locales: Locale[] } | null;
	/** A selector to wait for before testing, where a script fills the page after load. */
	ready?: string;
}

export const TEMPLATES: Template[] = [
	{ name: 'home', path: (l) => localePath(l, ''), lighthouse: { categories: QUALITY, locales: ['en'] } },
	{
		name: 'measure',
		path: (l) => measurePath(l, 18),
		lighthouse: { categories: ALL_CATEGORIES, locales: ['zh', 'en'] },
	},
	{ name: 'task group', path: (l) => groupPath(l, '一'), lighthouse: { categories: QUALITY, locales: ['zh'] } },
	{ name: 'safeguards', path: (l) => groupPath(l), lighthouse: { categories: QUALITY, locales: ['en'] } },
	{
		name: 'finder',
		path: (l) => localePath(l, 'finder/'),
		lighthouse: { categories: ALL_CATEGORIES, locales: ['zh'] },
	},
	{
		name: 'finder with a selection',
		path: (l) => localePath(l, 'finder/?need=credit&need=guarantee&type=srdi'),
		lighthouse: { categories: QUALITY, locales: ['en'] },
		ready: '[data-finder-results] > li:not([hidden])',
	},
	{
		name: 'quote checker',
		path: (l) => localePath(l, 'verify/'),
		lighthouse: { categories: ALL_CATEGORIES, locales: ['zh'] },
	},
	{ name: 'glossary', path: glossaryPath, lighthouse: { categories: ALL_CATEGORIES, locales: ['zh'] } },
	{
		name: 'diagram',
		path: (l) => localePath(l, 'diagram/'),
		lighthouse: { categories: ALL_CATEGORIES, locales: ['zh'] },
	},
	{
		name: 'entity index',
		path: (l) => localePath(l, `${ENTITIES_SLUG}/`),
		lighthouse: { categories: QUALITY, locales: ['zh'] },
	},
	{
		name: 'entity page',
		path: (l) => entityPath(l, 'beijing-stock-exchange'),
		lighthouse: { categories: QUALITY, locales: ['en'] },
	},
	{ name: 'open data', path: (l) => localePath(l, 'data/'), lighthouse: { categories: QUALITY, locales: ['zh'] } },
	{
		name: 'corrections',
		path: (l) => localePath(l, `${correctionsSlug}/`),
		lighthouse: { categories: QUALITY, locales: ['en'] },
	},
	{ name: 'notice', path: (l) => localePath(l, 'notice/'), lighthouse: { categories: QUALITY, locales: ['zh'] } },
	{ name: 'goals', path: (l) => localePath(l, 'goals/'), lighthouse: { categories: QUALITY, locales: ['en'] } },
	{ name: 'ideology', path: (l) => localePath(l, 'ideology/'), lighthouse: { categories: QUALITY, locales: ['zh'] } },
	// Not found: swept by axe; Lighthouse's SEO audits fail any 404 by design (http-status-code), so it is not run.
	{ name: 'not found', path: (l) => localePath(l, 'no-such-page/'), lighthouse: null },
	{ name: 'full text', path: fullPath, lighthouse: { categories: ALL_CATEGORIES, locales: ['en'] } },
];

/** Every template's page in both languages, for the axe sweeps. */
export const templatePages = (): { template: Template; locale: Locale; path: string }[] =>
	TEMPLATES.flatMap((template) => LOCALES.map((locale) => ({ template, locale, path: template.path(locale) })));
