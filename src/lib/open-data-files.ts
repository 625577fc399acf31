/** The open data files as the build serves them (src/pages/data/): the builders of open-data.ts on the live data. */
import { buildVersion } from './build-info.ts';
import { getEntities, getEntityData } from './entities.ts';
import { facetValues, getExplainer, offerProviders } from './explainers.ts';
import { getGlossary } from './glossary.ts';
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
} from './open-data.ts';
import { pageSummary } from './page-summaries.ts';
import { getPlan } from './plan.ts';
import { getRelationKinds } from './relation-kinds.ts';
import { siteOrigin } from './site-config.ts';
import { readStrings } from './strings.ts';

const strings = readStrings();
export const header = (): DataHeader => dataHeader(getPlan().document, buildVersion(), siteOrigin);
export const types = () => entityTypes(strings);
export const categories = () => termCategories(strings);
/** measures.json: the plan with each measure's explainer (its pages' in-briefs come from the docs collection). */
export const measures = async () => {
	const explainers = new Map(
		await Promise.all(
			getPlan().measures.map(async (m) => {
				const [zh, en] = await Promise.all([pageSummary('zh', m.number), pageSummary('en', m.number)]);
				const whoActs = zh.whoActs && en.whoActs ? { zh: zh.whoActs, en: en.whoActs } : null;
				const value: MeasureExplainer = {
					summary: { zh: zh.summary, en: en.summary },
					whoActs,
					explainer: getExplainer(m.number),
					providers: getExplainer(m.number).offers.map((o) => offerProviders(m.number, o)),
				};
				return [m.number, value] as const;
			}),
		),
	);
	return measuresJson(getPlan(), getEntityData(), siteOrigin, header(), explainers, facetValues());
};
export const relations = () =>
	relationRecords(getPlan(), getEntities(), getEntityData(), getRelationKinds(), siteOrigin);
export const entities = () => entityRecords(getEntities(), getEntityData(), types(), siteOrigin);
export const terms = () => termRecords(getGlossary(), getEntities(), siteOrigin);

/** A JSON or CSV response. */
export const json = (data: unknown) =>
	new Response(JSON.stringify(data, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
export const csv = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
