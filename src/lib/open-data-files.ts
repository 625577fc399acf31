/** The open data files as the build serves them (src/pages/data/): the builders of open-data.ts on the live data. */
import { buildVersion } from './build-info.ts';
import { getEntities, getEntityData } from './entities.ts';
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
} from './open-data.ts';
import { getPlan } from './plan.ts';
import { getRelationKinds } from './relation-kinds.ts';
import { siteOrigin } from './site-config.ts';
import { readStrings } from './strings.ts';

const strings = readStrings();
export const header = (): DataHeader => dataHeader(getPlan().document, buildVersion(), siteOrigin);
export const types = () => entityTypes(strings);
export const categories = () => termCategories(strings);
export const measures = () => measuresJson(getPlan(), getEntityData(), siteOrigin, header());
export const relations = () =>
	relationRecords(getPlan(), getEntities(), getEntityData(), getRelationKinds(), siteOrigin);
export const entities = () => entityRecords(getEntities(), getEntityData(), types(), siteOrigin);
export const terms = () => termRecords(getGlossary(), getEntities(), siteOrigin);

/** A JSON or CSV response. */
export const json = (data: unknown) =>
	new Response(JSON.stringify(data, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
export const csv = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
