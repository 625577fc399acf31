/**
 * The open data CSV files, each defined once as a table of columns: the column's name, what it means in both
 * languages (the data page's documentation, src/lib/open-data-fields.ts) and how a record gives its value. The
 * header, the rows and the documentation come from the same table, so they cannot drift apart.
 */
import type { EntityRecordOut, MeasureRecordOut, RelationRecordOut, TermRecordOut } from './open-data.ts';
import { OFFER_STATUSES, type Bilingual, type OfferStatus } from './schema.ts';

type Cell = string | number | null;
/** One CSV column: its name, its documentation, and its value for a record. */
export interface CsvColumn<R> {
	column: string;
	doc: Bilingual;
	get: (record: R) => Cell;
}

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends; UTF-8 with BOM so spreadsheets read Chinese. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
	const field = (v: Cell) => `"${String(v ?? '').replaceAll('"', '""')}"`;
	return '\uFEFF' + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The CSV text of `records` in the columns of `table`: the header row, then one row per record. */
export const csvOf = <R>(table: readonly CsvColumn<R>[], records: readonly R[]): string =>
	toCsv([table.map((c) => c.column), ...records.map((r) => table.map((c) => c.get(r)))]);

/** What each offers_<status> column of measures.csv counts. */
const OFFER_COUNT_DOCS: Record<OfferStatus, Bilingual> = {
	'in-place': { zh: '状态为“已有”（in-place）的政策数。', en: 'Number of offers whose status is in place.' },
	'to-be-done': { zh: '状态为“待落实”（to-be-done）的政策数。', en: 'Number of offers whose status is to be done.' },
	encouraged: { zh: '状态为“鼓励、支持”（encouraged）的政策数。', en: 'Number of offers whose status is encouraged.' },
	studied: { zh: '状态为“探索、研究”（studied）的政策数。', en: 'Number of offers whose status is studied.' },
};

/** measures.csv */
export const MEASURES_CSV: readonly CsvColumn<MeasureRecordOut>[] = [
	{ column: 'number', doc: { zh: '措施编号。', en: 'Measure number.' }, get: (r) => r.number },
	{ column: 'part', doc: { zh: '所属部分（三、四）。', en: 'Part (三, 四).' }, get: (r) => r.part },
	{
		column: 'group',
		doc: { zh: '任务组（一至七；第四部分为空）。', en: 'Task group (一–七; empty in part IV).' },
		get: (r) => r.group,
	},
	{ column: 'title_zh', doc: { zh: '中文标题。', en: 'Chinese title.' }, get: (r) => r.title.zh },
	{ column: 'title_en', doc: { zh: '英文标题。', en: 'English title.' }, get: (r) => r.title.en },
	{ column: 'text_zh', doc: { zh: '中文全文。', en: 'Chinese text.' }, get: (r) => r.text.zh },
	{
		column: 'text_en',
		doc: { zh: '英文全文（译文未完成时为空）。', en: 'English text (empty while a translation is missing).' },
		get: (r) => r.text.en,
	},
	{ column: 'sentence_count', doc: { zh: '句数。', en: 'Number of sentences.' }, get: (r) => r.sentences.length },
	{ column: 'url_zh', doc: { zh: '中文网页地址。', en: 'Chinese page.' }, get: (r) => r.url.zh },
	{ column: 'url_en', doc: { zh: '英文网页地址。', en: 'English page.' }, get: (r) => r.url.en },
	{
		column: 'entities',
		doc: { zh: '本项点名的实体编号，以空格分隔。', en: 'Ids of the entities the measure names, separated by spaces.' },
		get: (r) => r.entities.join(' '),
	},
	{
		column: 'summary_zh',
		doc: { zh: '中文“要点速览”（本站解读）。', en: 'Chinese in-brief (our explanation).' },
		get: (r) => r.summary?.zh ?? null,
	},
	{
		column: 'summary_en',
		doc: { zh: '英文“要点速览”（本站解读）。', en: 'English in-brief (our explanation).' },
		get: (r) => r.summary?.en ?? null,
	},
	...OFFER_STATUSES.map((status): CsvColumn<MeasureRecordOut> => ({
		column: `offers_${status.replaceAll('-', '_')}`,
		doc: OFFER_COUNT_DOCS[status],
		get: (r) => r.offers.filter((o) => o.status === status).length,
	})),
];

/** relations.csv */
export const RELATIONS_CSV: readonly CsvColumn<RelationRecordOut>[] = [
	{
		column: 'source',
		doc: { zh: '来源方（提供方、行动方）的实体编号。', en: 'Entity id of the source (provider, actor).' },
		get: (r) => r.source.id,
	},
	{
		column: 'source_zh',
		doc: { zh: '来源方中文名称。', en: 'Chinese name of the source.' },
		get: (r) => r.source.name.zh,
	},
	{
		column: 'source_en',
		doc: { zh: '来源方英文名称。', en: 'English name of the source.' },
		get: (r) => r.source.name.en,
	},
	{
		column: 'kind',
		doc: {
			zh: '关系类型编号（见 graph.json 或 relations.json 的 kinds）。',
			en: 'Relation kind id (see kinds in graph.json or relations.json).',
		},
		get: (r) => r.kind.id,
	},
	{ column: 'kind_zh', doc: { zh: '关系类型中文名。', en: 'Chinese label of the kind.' }, get: (r) => r.kind.label.zh },
	{ column: 'kind_en', doc: { zh: '关系类型英文名。', en: 'English label of the kind.' }, get: (r) => r.kind.label.en },
	{
		column: 'target',
		doc: { zh: '目标方（受益方、对象）的实体编号。', en: 'Entity id of the target (beneficiary, object).' },
		get: (r) => r.target.id,
	},
	{
		column: 'target_zh',
		doc: { zh: '目标方中文名称。', en: 'Chinese name of the target.' },
		get: (r) => r.target.name.zh,
	},
	{
		column: 'target_en',
		doc: { zh: '目标方英文名称。', en: 'English name of the target.' },
		get: (r) => r.target.name.en,
	},
	{
		column: 'strength',
		doc: {
			zh: '方案表述的力度：in-place 已有或待落实（比措施政策的 status 粗一级，含二者），encouraged 鼓励、支持，studied 探索、研究。',
			en: 'How firmly the text commits: in-place (in place or to be done: coarser than an offer’s status, covering both), encouraged, studied (explored).',
		},
		get: (r) => r.strength,
	},
	{ column: 'measure', doc: { zh: '出处措施编号。', en: 'The measure it comes from.' }, get: (r) => r.measure },
	{
		column: 'sentence',
		doc: {
			zh: '出处句子编号（s1、s2……），即网页锚点。',
			en: 'The sentence it comes from (s1, s2 …), the page anchor.',
		},
		get: (r) => r.sentence.id,
	},
	{
		column: 'evidence_zh',
		doc: {
			zh: '原文依据：可在该句中文原文中逐字找到的一段话。',
			en: 'The evidence: a phrase found verbatim in that sentence’s Chinese text.',
		},
		get: (r) => r.evidence,
	},
	{
		column: 'sentence_en',
		doc: { zh: '该句的英文译文（本站非官方译文）。', en: 'Our English translation of that sentence (unofficial).' },
		get: (r) => r.sentence.en,
	},
	{
		column: 'sentence_url_zh',
		doc: { zh: '该句在中文网页上的地址。', en: 'The sentence on the Chinese page.' },
		get: (r) => r.sentence.url.zh,
	},
	{
		column: 'sentence_url_en',
		doc: { zh: '该句在英文网页上的地址。', en: 'The sentence on the English page.' },
		get: (r) => r.sentence.url.en,
	},
	{
		column: 'source_url_zh',
		doc: { zh: '来源方的中文实体页面。', en: 'The source’s Chinese entity page.' },
		get: (r) => r.source.url.zh,
	},
	{
		column: 'source_url_en',
		doc: { zh: '来源方的英文实体页面。', en: 'The source’s English entity page.' },
		get: (r) => r.source.url.en,
	},
	{
		column: 'target_url_zh',
		doc: { zh: '目标方的中文实体页面。', en: 'The target’s Chinese entity page.' },
		get: (r) => r.target.url.zh,
	},
	{
		column: 'target_url_en',
		doc: { zh: '目标方的英文实体页面。', en: 'The target’s English entity page.' },
		get: (r) => r.target.url.en,
	},
];

/** entities.csv */
export const ENTITIES_CSV: readonly CsvColumn<EntityRecordOut>[] = [
	{
		column: 'id',
		doc: { zh: '实体编号（与术语表编号相同）。', en: 'Entity id (the glossary term id).' },
		get: (e) => e.id,
	},
	{ column: 'type', doc: { zh: '类型编号。', en: 'Type id.' }, get: (e) => e.type.id },
	{ column: 'type_zh', doc: { zh: '类型中文名。', en: 'Chinese name of the type.' }, get: (e) => e.type.label.zh },
	{ column: 'type_en', doc: { zh: '类型英文名。', en: 'English name of the type.' }, get: (e) => e.type.label.en },
	{ column: 'name_zh', doc: { zh: '中文名称。', en: 'Chinese name.' }, get: (e) => e.name.zh },
	{ column: 'name_en', doc: { zh: '英文名称。', en: 'English name.' }, get: (e) => e.name.en },
	{
		column: 'aliases',
		doc: { zh: '原文中的其他中文写法，以“、”分隔。', en: 'Other Chinese forms in the text, separated by 、.' },
		get: (e) => e.aliases.join('、'),
	},
	{
		column: 'definition_zh',
		doc: { zh: '中文释义（术语表）。', en: 'Chinese definition (glossary).' },
		get: (e) => e.definition.zh,
	},
	{
		column: 'definition_en',
		doc: { zh: '英文释义（术语表）。', en: 'English definition (glossary).' },
		get: (e) => e.definition.en,
	},
	{
		column: 'measures',
		doc: { zh: '点名它的措施编号，以空格分隔。', en: 'Numbers of the measures that name it, separated by spaces.' },
		get: (e) => e.measures.join(' '),
	},
	{
		column: 'relations_as_source',
		doc: { zh: '它作为来源方的关系条数。', en: 'Number of relations with it as source.' },
		get: (e) => e.relations.asSource,
	},
	{
		column: 'relations_as_target',
		doc: { zh: '它作为目标方的关系条数。', en: 'Number of relations with it as target.' },
		get: (e) => e.relations.asTarget,
	},
	{ column: 'url_zh', doc: { zh: '中文实体页面。', en: 'Chinese entity page.' }, get: (e) => e.url.zh },
	{ column: 'url_en', doc: { zh: '英文实体页面。', en: 'English entity page.' }, get: (e) => e.url.en },
];

/** glossary.csv */
export const GLOSSARY_CSV: readonly CsvColumn<TermRecordOut>[] = [
	{ column: 'id', doc: { zh: '术语编号。', en: 'Term id.' }, get: (t) => t.id },
	{ column: 'category', doc: { zh: '类别编号。', en: 'Category id.' }, get: (t) => t.category },
	{ column: 'zh', doc: { zh: '中文名称。', en: 'Chinese name.' }, get: (t) => t.zh },
	{
		column: 'aliases',
		doc: { zh: '其他中文写法，以“、”分隔。', en: 'Other Chinese forms, separated by 、.' },
		get: (t) => t.aliases.join('、'),
	},
	{ column: 'en', doc: { zh: '英文译名。', en: 'English rendering.' }, get: (t) => t.en },
	{
		column: 'en_variants',
		doc: { zh: '其他英文写法，以“; ”分隔。', en: 'Other English forms, separated by “; ”.' },
		get: (t) => t.enVariants.join('; '),
	},
	{ column: 'definition_zh', doc: { zh: '中文释义。', en: 'Chinese definition.' }, get: (t) => t.definition.zh },
	{ column: 'definition_en', doc: { zh: '英文释义。', en: 'English definition.' }, get: (t) => t.definition.en },
	{
		column: 'note_zh',
		doc: { zh: '给中文读者的译名说明（可为空）。', en: 'Note on the rendering for Chinese readers (may be empty).' },
		get: (t) => t.note.zh,
	},
	{
		column: 'note_en',
		doc: { zh: '译者对译名的说明。', en: 'The translators’ note on the rendering.' },
		get: (t) => t.note.en,
	},
	{
		column: 'entity_type',
		doc: { zh: '实体类型编号；非实体为空。', en: 'Entity type; empty for other terms.' },
		get: (t) => t.entityType,
	},
	{ column: 'url_zh', doc: { zh: '中文术语表条目。', en: 'Chinese glossary entry.' }, get: (t) => t.url.zh },
	{ column: 'url_en', doc: { zh: '英文术语表条目。', en: 'English glossary entry.' }, get: (t) => t.url.en },
	{
		column: 'entity_url_zh',
		doc: { zh: '中文实体页面；非实体为空。', en: 'Chinese entity page; empty for other terms.' },
		get: (t) => t.entityUrl?.zh ?? null,
	},
	{
		column: 'entity_url_en',
		doc: { zh: '英文实体页面；非实体为空。', en: 'English entity page; empty for other terms.' },
		get: (t) => t.entityUrl?.en ?? null,
	},
];

export const measuresCsv = (records: readonly MeasureRecordOut[]): string => csvOf(MEASURES_CSV, records);
export const relationsCsv = (records: readonly RelationRecordOut[]): string => csvOf(RELATIONS_CSV, records);
export const entitiesCsv = (records: readonly EntityRecordOut[]): string => csvOf(ENTITIES_CSV, records);
export const glossaryCsv = (records: readonly TermRecordOut[]): string => csvOf(GLOSSARY_CSV, records);
