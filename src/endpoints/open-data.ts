/**
 * The open data files as the build serves them (src/pages/data/): the builders of src/lib/open-data.ts on the site's
 * data.
 */
import { buildVersion } from '../data/build-info.ts';
import { siteData, uiStrings } from '../data/site-data.ts';
import type { SiteData } from '../data/load.ts';
import { briefOf, explainerOf, facetValues, offerProviders } from '../lib/explainers.ts';
import {
	dataHeader,
	entityRecords,
	entityTypes,
	measuresJson,
	relationRecords,
	termCategories,
	termRecords,
	type DataHeader,
	type MeasureExplainer,
} from '../lib/open-data.ts';
import { siteOrigin } from '../lib/site-config.ts';

export const header = (): DataHeader => dataHeader(siteData().document, buildVersion(), siteOrigin);
export const types = () => entityTypes(uiStrings());
export const categories = () => termCategories(uiStrings());
/** Per measure: its pages' in-briefs, its explainer and, per offer, who provides it (as the relations state it). */
export function measureExplainers(data: SiteData): Map<number, MeasureExplainer> {
	return new Map(
		data.plan.measures.map((m) => {
			const [zh, en] = [briefOf(data.briefs, 'zh', m.number), briefOf(data.briefs, 'en', m.number)];
			const whoActs = zh.whoActs && en.whoActs ? { zh: zh.whoActs, en: en.whoActs } : null;
			const explainer = explainerOf(data.explainers, m.number);
			const value: MeasureExplainer = {
				summary: { zh: zh.summary, en: en.summary },
				whoActs,
				explainer,
				providers: explainer.offers.map((o) => offerProviders(data, m.number, o)),
			};
			return [m.number, value] as const;
		}),
	);
}
/** measures.json: the plan with each measure's explainer and its pages' in-briefs. */
export const measures = () => {
	const data = siteData();
	return measuresJson(data.plan, data.entityData, siteOrigin, header(), measureExplainers(data), facetValues(data));
};
export const relations = () => {
	const data = siteData();
	return relationRecords(data.plan, data.entities, data.entityData, data.relationKinds, siteOrigin);
};
export const entities = () => entityRecords(siteData().entities, siteData().entityData, types(), siteOrigin);
export const terms = () => termRecords(siteData().glossary, siteData().entities, siteOrigin);

/** A JSON or CSV response. */
export const json = (data: unknown) =>
	new Response(JSON.stringify(data, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
export const csv = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
