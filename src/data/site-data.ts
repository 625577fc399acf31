/**
 * The site's one cache of the content: `siteData()` is `loadSiteData` of the project root (the build's working
 * directory), read once per build process, and `uiStrings()` the UI strings for code outside Astro's `t()`. Pages,
 * components and endpoints take their data from here and hand it to the pure functions of src/lib.
 *
 * The getters this replaces (for code written against them):
 *   getPlan()                  → siteData().plan    (getMeasure(getPlan(), n) → getMeasure(siteData().plan, n))
 *   getGlossary()              → siteData().glossary         getCorrections()         → siteData().corrections
 *   getEntityData()            → siteData().entityData       getEntities()            → siteData().entities
 *   getRelationKinds()         → siteData().relationKinds    getFacets()              → siteData().facets
 *   getExplainer(n)            → explainerOf(siteData().explainers, n)            (src/lib/explainers.ts)
 *   pageSummary(locale, n)     → briefOf(siteData().briefs, locale, n)  (sync; src/lib/explainers.ts)
 *   facetValues()              → facetValues(siteData())     statusName(s) → statusName(siteData().facets, s)
 *   finderMeasure(n)           → finderMeasure(explainerOf(siteData().explainers, n))
 *   alsoCountsAs()             → alsoCountsAs(siteData().facets)
 *   getGraph() / getFlow()     → siteData().graph / siteData().flow
 *   readStrings()              → uiStrings()
 *   buildDate(), buildVersion(), lastRevision(file) → the same, from src/data/build-info.ts (with citeOptions())
 *   measures naming entity X   → siteData().measuresNaming.get(id) ?? []
 *   a measure's sentence "s3"  → measureSentence(siteData().plan, n, 's3')    (src/lib/plan.ts)
 *   document number, issuer    → siteData().facts[locale]    (documentFacts, src/lib/document.ts)
 *   a page's summary by slug   → siteData().summaries[locale].get('tasks/1')
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
