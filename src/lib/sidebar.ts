/**
 * Starlight's sidebar, derived from the plan data: overview pages, then part 三 by task group and part 四, every
 * measure numbered, in document order. Labels come from the i18n strings and the data, in both languages.
 */
import { groupLabel, measureLabel, partLabel, uiString, type Strings } from './labels.ts';
import { FULL_SLUG, groupSlug, localePath, measureSlug } from './locale.ts';
import type { Measure, Plan } from './plan.ts';

/** A docs page by its slug, or a route that is not one (the full text) by its link, which Starlight localizes. */
export type SidebarLink =
	| { slug: string; label?: string; translations?: Record<string, string> }
	| { link: string; label: string; translations?: Record<string, string> };
export interface SidebarGroup {
	label: string;
	translations?: Record<string, string>;
	collapsed?: boolean;
	items: (SidebarLink | SidebarGroup)[];
}

export function buildSidebar(plan: Plan, strings: { zh: Strings; en: Strings }): SidebarGroup[] {
	const doc = plan.document;
	const measureLink = (m: Measure): SidebarLink => ({
		slug: measureSlug(m.number),
		label: measureLabel(strings.zh, 'zh', m.number, m.title),
		translations: { en: measureLabel(strings.en, 'en', m.number, m.title) },
	});
	const both = (make: (s: Strings, l: 'zh' | 'en') => string) => ({
		label: make(strings.zh, 'zh'),
		translations: { en: make(strings.en, 'en') },
	});
	const overview = (numeral?: string): SidebarLink => ({
		slug: groupSlug(numeral),
		...both((s) => uiString(s, numeral ? 'nav.groupOverview' : 'nav.partOverview')),
	});
	return [
		{
			...both((s) => uiString(s, 'nav.overview')),
			items: [
				{ slug: 'index', ...both((s) => uiString(s, 'nav.home')) },
				// An Astro route, not a docs page: a link, which Starlight prefixes with the locale's folder.
				{ link: localePath('zh', `${FULL_SLUG}/`), ...both((s) => uiString(s, 'nav.full')) },
				{ slug: 'finder', ...both((s) => uiString(s, 'nav.finder')) },
				{ slug: 'verify', ...both((s) => uiString(s, 'nav.verify')) },
				{ slug: 'notice' },
				{ slug: 'ideology' },
				{ slug: 'goals' },
			],
		},
		{
			...both((s, l) => partLabel(s, l, doc.tasks.part, doc.tasks.title)),
			items: plan.groups.map((g) => ({
				...both((s, l) => groupLabel(s, l, g.id, g.title)),
				items: [overview(g.id), ...g.measures.map(measureLink)],
			})),
		},
		{
			...both((s, l) => partLabel(s, l, doc.safeguards.part, doc.safeguards.title)),
			items: [overview(), ...plan.safeguards.map(measureLink)],
		},
		{
			...both((s) => uiString(s, 'nav.tools')),
			items: TOOL_SLUGS.map((slug) => ({ slug, ...both((s) => uiString(s, `nav.${slug}`)) })),
		},
	];
}

/** Reference pages after the text: not part of its reading order, so they have no previous/next links. */
export const TOOL_SLUGS = ['glossary', 'entities', 'diagram', 'data', 'corrections'] as const;

/** Measure numbers in the order the sidebar lists them. */
export function sidebarMeasureOrder(sidebar: readonly (SidebarLink | SidebarGroup)[]): number[] {
	return sidebar.flatMap((item) => {
		if ('items' in item) return sidebarMeasureOrder(item.items);
		const match = 'slug' in item ? /^measures\/(\d+)$/.exec(item.slug) : null;
		return match ? [Number(match[1])] : [];
	});
}
