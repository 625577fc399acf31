import type { Locale } from './labels.ts';

/** The plan's locale key for an Astro locale ('root'/undefined/'zh-CN' → zh). */
export function planLocale(astroLocale: string | undefined): Locale {
	return astroLocale === 'en' ? 'en' : 'zh';
}

/** A site path in the given locale: Chinese at the root, English under /en/. */
export function localePath(locale: Locale, path: string): string {
	const clean = path.replace(/^\/+/, '');
	return locale === 'en' ? `/en/${clean}` : `/${clean}`;
}

export const measurePath = (locale: Locale, n: number): string => localePath(locale, `measures/${n}/`);
