/**
 * The in-briefs (`summary`) and who-acts lines written in each measure page's frontmatter, read through Astro's
 * content collection, by locale and measure: for the finder, the task-group pages and the open data.
 * (Astro-only: the checks read the same frontmatter through scripts/lib/pages.ts.)
 */
import { getCollection } from 'astro:content';
import type { Locale } from './labels.ts';
import { LOCALE_FOLDER } from './locale.ts';

export interface PageSummary {
	summary: string;
	whoActs?: string;
}

let cached: Promise<Map<string, PageSummary>> | undefined;
const key = (locale: Locale, n: number) => `${locale}:${n}`;

async function load(): Promise<Map<string, PageSummary>> {
	const entries = await getCollection('docs', (e) => e.data.measure !== undefined && e.data.summary !== undefined);
	return new Map(
		entries.map((e) => {
			const locale: Locale = e.id.startsWith(`${LOCALE_FOLDER.en}/`) ? 'en' : 'zh';
			return [key(locale, e.data.measure!), { summary: e.data.summary!, whoActs: e.data.whoActs }];
		}),
	);
}

/** The in-brief of measure `n` in `locale`; a missing one is reported by `npm run check`, so it throws here. */
export async function pageSummary(locale: Locale, n: number): Promise<PageSummary> {
	cached ??= load();
	const found = (await cached).get(key(locale, n));
	if (!found) throw new Error(`measure ${n} has no ${locale} summary: run npm run check`);
	return found;
}
