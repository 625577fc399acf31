/**
 * The open data files: the measures, the graph, the relations, the entities and the glossary, as JSON (the CSV
 * files' columns: open-data-csv.ts). Pure
 * functions of the plan data; every JSON file opens with the same header (licence and credit, version, source).
 */
import type { Graph } from '../diagram/model.ts';
import { measuresNaming, type Entity, type EntityData } from './entities.ts';
import { uiString, type Locale, type Strings } from './labels.ts';
import {
	absoluteUrl,
	entityPath,
	glossaryPath,
	groupPath,
	measurePath,
	sentenceById,
	sentenceId,
	sentencePath,
	termAnchor,
} from './locale.ts';
import { documentFacts } from './document.ts';
import type { Plan } from './plan.ts';
import {
	ENTITY_TYPES,
	TERM_CATEGORIES,
	type Bilingual,
	type DocumentFile,
	type Localized,
	type ExplainerFile,
	type GlossaryTerm,
	type OfferStatus,
	type RelationKindDef,
} from './schema.ts';

export const LICENCE = {
	text: 'The official Chinese text is a government document, not subject to copyright (Copyright Law of the PRC, art. 5); it is authoritative. The English translation, summaries and data structure are unofficial and licensed CC BY 4.0.',
	url: 'https://creativecommons.org/licenses/by/4.0/',
};

/** When and from which commit the files were built (src/data/build-info.ts). */
export interface BuildVersion {
	date: string;
	commit: string;
}

/** Text in both languages as the JSON files give it: the English null while untranslated. */
export type OpenText = { zh: string; en: string | null };

/** What every JSON file says about itself: licence with a credit line, version, and the document it comes from. */
export interface DataHeader {
	licence: typeof LICENCE & { credit: string };
	version: BuildVersion;
	source: {
		title: OpenText;
		docNumber: Bilingual;
		issuer: Bilingual;
		date: string;
		officialUrl: string;
	};
	site: string;
}

export function dataHeader(document: DocumentFile, version: BuildVersion, origin: string): DataHeader {
	const [zh, en] = [documentFacts(document, 'zh'), documentFacts(document, 'en')];
	const site = absoluteUrl('/', origin);
	return {
		licence: {
			...LICENCE,
			credit: `English translation and data: ${site} (unofficial), CC BY 4.0. Chinese text: ${zh.issuer}, ${zh.docNumber}, ${zh.officialUrl}`,
		},
		version,
		source: {
			title: { zh: document.plan.title.zh, en: document.plan.title.en ?? null },
			docNumber: { zh: zh.docNumber, en: en.docNumber },
			issuer: { zh: zh.issuer, en: en.issuer },
			date: zh.written,
			officialUrl: zh.officialUrl,
		},
		site,
	};
}

type UiStrings = Record<Locale, Strings>;

/** The entity types with their names in both languages (the UI strings `type.*`). */
export function entityTypes(strings: UiStrings): { id: string; label: Bilingual }[] {
	return ENTITY_TYPES.map((id) => ({
		id,
		label: { zh: uiString(strings.zh, `type.${id}`), en: uiString(strings.en, `type.${id}`) },
	}));
}

/** The glossary categories with their names in both languages (the UI strings `category.*`). */
export function termCategories(strings: UiStrings): { id: string; label: Bilingual }[] {
	return TERM_CATEGORIES.map((id) => ({
		id,
		label: { zh: uiString(strings.zh, `category.${id}`), en: uiString(strings.en, `category.${id}`) },
	}));
}

/** The relation kinds as content/relation-kinds.yaml defines them. */
export const relationKinds = (kinds: readonly RelationKindDef[]) =>
	kinds.map((k) => ({ id: k.id, label: k.label, definition: k.definition, reads: k.reads }));

export function graphJson(
	graph: Graph,
	header: DataHeader,
	kinds: readonly RelationKindDef[],
	types: { id: string; label: Bilingual }[],
) {
	return {
		...header,
		kinds: relationKinds(kinds),
		types,
		nodes: graph.nodes.map((n) => ({
			id: n.id,
			type: n.type,
			name: n.name,
			aliases: n.aliases,
			...(n.measure ? { measure: n.measure } : {}),
		})),
		edges: graph.edges.map((e) => ({
			source: e.source,
			target: e.target,
			kind: e.kind,
			measure: e.measure,
			sentence: e.sentence,
			evidence: e.evidence,
			...(e.strength ? { strength: e.strength } : {}),
		})),
	};
}

export interface MeasureRecordOut {
	number: number;
	part: string;
	group: string | null;
	title: OpenText;
	text: OpenText;
	sentences: { id: string; zh: string; en: string | null }[];
	url: Bilingual;
	entities: string[];
	/** The plain-language in-brief of each language's page, and who acts (measures that offer nothing directly). */
	summary: Bilingual | null;
	whoActs: Bilingual | null;
	offers: { zh: string; en: string; status: OfferStatus; providers: string[]; evidence: string; sentence: string }[];
	audiences: { facet: string; id: string; evidence: string; sentence: string }[];
}

/** Per measure, its explainer: the pages' in-briefs (and who-acts lines) and the offers and audience tags. */
export interface MeasureExplainer {
	summary: Bilingual;
	whoActs: Bilingual | null;
	explainer: ExplainerFile;
	/** Per offer, in order: who provides it, as the relations state it (src/lib/providers.ts); absent = none. */
	providers?: readonly (readonly string[])[];
}
/** One value of the finder's vocabulary, named in both languages. */
export interface FacetOut {
	facet: string;
	id: string;
	name: Bilingual;
}

export function measuresJson(
	plan: Plan,
	entities: EntityData,
	origin: string,
	header: DataHeader,
	explainers: ReadonlyMap<number, MeasureExplainer> = new Map(),
	facets: readonly FacetOut[] = [],
) {
	const doc = plan.document;
	const title = (t: Localized): OpenText => ({ zh: t.zh, en: t.en ?? null });
	return {
		...header,
		parts: [doc.tasks, doc.safeguards].map((p) => ({ part: p.part, title: title(p.title) })),
		groups: [
			...plan.groups.map((g) => ({
				part: doc.tasks.part,
				group: g.id as string | null,
				title: title(g.title),
				measures: g.measures.map((m) => m.number),
				url: { zh: absoluteUrl(groupPath('zh', g.id), origin), en: absoluteUrl(groupPath('en', g.id), origin) },
			})),
			{
				part: doc.safeguards.part,
				group: null,
				title: title(doc.safeguards.title),
				measures: plan.safeguards.map((m) => m.number),
				url: { zh: absoluteUrl(groupPath('zh'), origin), en: absoluteUrl(groupPath('en'), origin) },
			},
		],
		facets: facets.map((f) => ({ facet: f.facet, id: f.id, name: f.name })),
		measures: plan.measures.map((m): MeasureRecordOut => {
			const translated = m.sentences.every((s) => s.en);
			const explained = explainers.get(m.number);
			return {
				number: m.number,
				part: m.part,
				group: m.group ?? null,
				title: { zh: m.title.zh, en: m.title.en ?? null },
				text: {
					zh: m.sentences.map((s) => s.zh).join(''),
					en: translated ? m.sentences.map((s) => s.en).join(' ') : null,
				},
				sentences: m.sentences.map((s, i) => ({ id: sentenceId(i), zh: s.zh, en: s.en ?? null })),
				url: {
					zh: absoluteUrl(measurePath('zh', m.number), origin),
					en: absoluteUrl(measurePath('en', m.number), origin),
				},
				entities: [...new Set(entities.mentions.filter((x) => x.measure === m.number).map((x) => x.entity))],
				summary: explained?.summary ?? null,
				whoActs: explained?.whoActs ?? null,
				offers: (explained?.explainer.offers ?? []).map((o, i) => ({
					zh: o.zh,
					en: o.en,
					status: o.status,
					providers: [...(explained?.providers?.[i] ?? [])],
					evidence: o.evidence,
					sentence: o.sentence,
				})),
				audiences: (explained?.explainer.audiences ?? []).map((a) => ({
					facet: a.facet,
					id: a.id,
					evidence: a.evidence,
					sentence: a.sentence,
				})),
			};
		}),
	};
}

/** A sentence's text by measure and anchor id, and the measure sentence's URLs. */
function sentenceLookup(plan: Plan, origin: string) {
	const measures = new Map(plan.measures.map((m) => [m.number, m]));
	return (measure: number, sentence: string) => {
		const m = measures.get(measure);
		const s = m && sentenceById(m.sentences, sentence);
		if (!s) throw new Error(`open data: measure ${measure} has no sentence ${sentence}: run npm run check`);
		return {
			zh: s.zh,
			en: s.en ?? null,
			url: {
				zh: absoluteUrl(sentencePath('zh', measure, sentence), origin),
				en: absoluteUrl(sentencePath('en', measure, sentence), origin),
			},
		};
	};
}

const entityUrls = (id: string, origin: string) => ({
	zh: absoluteUrl(entityPath('zh', id), origin),
	en: absoluteUrl(entityPath('en', id), origin),
});

export interface RelationRecordOut {
	source: { id: string; name: Bilingual; url: Bilingual };
	kind: { id: string; label: Bilingual };
	target: { id: string; name: Bilingual; url: Bilingual };
	strength: string;
	measure: number;
	sentence: { id: string; zh: string; en: string | null; url: Bilingual };
	evidence: string;
}

/** Every relation, with both ends named in both languages, its kind's label, and the sentence it comes from. */
export function relationRecords(
	plan: Plan,
	entities: readonly Entity[],
	data: Pick<EntityData, 'relations'>,
	kinds: readonly RelationKindDef[],
	origin: string,
): RelationRecordOut[] {
	const byId = new Map(entities.map((e) => [e.id, e]));
	const sentence = sentenceLookup(plan, origin);
	const end = (id: string) => {
		const e = byId.get(id);
		if (!e) throw new Error(`open data: relation end "${id}" is not an entity: run npm run check`);
		return { id, name: { zh: e.term.zh, en: e.term.en }, url: entityUrls(id, origin) };
	};
	return data.relations.map((r) => {
		const kind = kinds.find((k) => k.id === r.kind);
		if (!kind) throw new Error(`open data: relation kind "${r.kind}" is not defined: run npm run check`);
		return {
			source: end(r.source),
			kind: { id: kind.id, label: kind.label },
			target: end(r.target),
			strength: r.strength,
			measure: r.measure,
			sentence: { id: r.sentence, ...sentence(r.measure, r.sentence) },
			evidence: r.evidence,
		};
	});
}

export interface EntityRecordOut {
	id: string;
	type: { id: string; label: Bilingual };
	name: Bilingual;
	aliases: string[];
	definition: Bilingual;
	measures: number[];
	relations: { asSource: number; asTarget: number };
	url: Bilingual;
}

/** Every entity: names, type, definition, the measures that name it and how many relations it has each way. */
export function entityRecords(
	entities: readonly Entity[],
	data: Pick<EntityData, 'relations' | 'mentions'>,
	types: readonly { id: string; label: Bilingual }[],
	origin: string,
): EntityRecordOut[] {
	const naming = measuresNaming(data.mentions);
	return entities.map((e) => {
		const type = types.find((t) => t.id === e.type);
		if (!type) throw new Error(`open data: entity type "${e.type}" has no label`);
		return {
			id: e.id,
			type,
			name: { zh: e.term.zh, en: e.term.en },
			aliases: e.term.aliases,
			definition: e.term.definition,
			measures: naming.get(e.id) ?? [],
			relations: {
				asSource: data.relations.filter((r) => r.source === e.id).length,
				asTarget: data.relations.filter((r) => r.target === e.id).length,
			},
			url: entityUrls(e.id, origin),
		};
	});
}

export interface TermRecordOut {
	id: string;
	category: string;
	zh: string;
	aliases: string[];
	en: string;
	enVariants: string[];
	definition: Bilingual;
	note: { zh: string | null; en: string };
	entityType: string | null;
	url: Bilingual;
	entityUrl: Bilingual | null;
}

/** Every glossary term, with its entry on the glossary pages and, for an entity, its entity page. */
export function termRecords(
	terms: readonly GlossaryTerm[],
	entities: readonly { id: string; type: string }[],
	origin: string,
): TermRecordOut[] {
	const types = new Map(entities.map((e) => [e.id, e.type]));
	return terms.map((t) => ({
		id: t.id,
		category: t.category,
		zh: t.zh,
		aliases: t.aliases,
		en: t.en,
		enVariants: t.enVariants,
		definition: t.definition,
		note: { zh: t.noteZh ?? null, en: t.note },
		entityType: types.get(t.id) ?? null,
		url: {
			zh: absoluteUrl(`${glossaryPath('zh')}#${termAnchor(t.id)}`, origin),
			en: absoluteUrl(`${glossaryPath('en')}#${termAnchor(t.id)}`, origin),
		},
		entityUrl: types.has(t.id) ? entityUrls(t.id, origin) : null,
	}));
}

export function glossaryJson(
	records: readonly TermRecordOut[],
	header: DataHeader,
	categories: { id: string; label: Bilingual }[],
) {
	return { ...header, categories, terms: records };
}

/** relations.json: the relations with the kinds and entity types that explain them. */
export function relationsJson(
	records: readonly RelationRecordOut[],
	header: DataHeader,
	kinds: readonly RelationKindDef[],
	entities: readonly EntityRecordOut[],
	types: { id: string; label: Bilingual }[],
) {
	return { ...header, kinds: relationKinds(kinds), types, entities, relations: records };
}
