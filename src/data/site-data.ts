/**
 * The site's one cache of the content: `siteData()` is `loadSiteData` of the project root (the build's working
 * directory), read once per build process, and `uiStrings()` the UI strings for code outside Astro's `t()`. Pages,
 * components and endpoints take their data from here and hand it to the pure functions of src/lib.
 */
import type { Locale, Strings } from '../lib/labels.ts';
import { loadSiteData, type SiteData } from './load.ts';
import { readUiStrings } from './read.ts';

let data: SiteData | undefined;
export function siteData(): SiteData {
	data ??= loadSiteData(process.cwd());
	return data;
}

let strings: Record<Locale, Strings> | undefined;
export function uiStrings(): Record<Locale, Strings> {
	strings ??= readUiStrings(process.cwd());
	return strings;
}
