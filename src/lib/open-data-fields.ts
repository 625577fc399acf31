/**
 * What every field of every open data file means, in both languages: the data page renders one table per file
 * from this list. The CSV columns are documented where they are defined (open-data-csv.ts); a unit test proves that
 * each JSON record's keys are documented here.
 */
import { ENTITIES_CSV, GLOSSARY_CSV, MEASURES_CSV, RELATIONS_CSV, type CsvColumn } from './open-data-csv.ts';
import type { Bilingual } from './schema.ts';

export interface FieldDoc {
	/** The CSV column, or the JSON key as a dotted path ("sentence.url.zh"); `[]` marks an array. */
	name: string;
	zh: string;
	en: string;
}
export interface FileDoc {
	file: string;
	format: 'JSON' | 'CSV';
	about: Bilingual;
	fields: FieldDoc[];
}

const f = (name: string, zh: string, en: string): FieldDoc => ({ name, zh, en });
/** A CSV file's fields: its columns as defined once, with their documentation (src/lib/open-data-csv.ts). */
const csvFields = <R>(table: readonly CsvColumn<R>[]): FieldDoc[] => table.map((c) => ({ name: c.column, ...c.doc }));

/** The header every JSON file opens with (src/lib/open-data.ts dataHeader). */
export const HEADER_FIELDS: FieldDoc[] = [
	f(
		'licence.text',
		'许可说明：中文原文不适用著作权保护；英文译文和数据整理采用 CC BY 4.0。',
		'The licence: the Chinese text is not subject to copyright; the English translation and data are CC BY 4.0.',
	),
	f('licence.url', '许可全文地址。', 'The licence text.'),
	f('licence.credit', '引用时可直接使用的署名。', 'A credit line to use when you reuse the data.'),
	f('version.date', '生成数据的日期（YYYY-MM-DD）。', 'The date the data was built (YYYY-MM-DD).'),
	f(
		'version.commit',
		'生成数据的源码提交（git 短哈希；无法读取时为 unknown）。',
		'The source commit the data was built from (short git hash; unknown when not available).',
	),
	f('source.title', '方案标题（zh 原文，en 本站译文）。', 'The plan’s title (zh official, en our translation).'),
	f('source.docNumber', '发文字号。', 'The document number.'),
	f('source.issuer', '发文机构。', 'The issuing office.'),
	f('source.date', '成文日期。', 'The date the document was signed.'),
	f('source.officialUrl', '官方发布页面。', 'The official publication page.'),
	f('site', '本站地址。', 'This site’s address.'),
];

export const OPEN_DATA_FILES: FileDoc[] = [
	{
		file: 'measures.json',
		format: 'JSON',
		about: {
			zh: '每项措施一条，附部分和任务组标题。',
			en: 'One record per measure, with the titles of the parts and task groups.',
		},
		fields: [
			f('parts[].part', '部分序号（三、四）。', 'Part numeral (三 = III, 四 = IV).'),
			f('parts[].title', '部分标题（zh、en）。', 'Part title (zh, en).'),
			f('groups[].part', '所属部分。', 'The part it belongs to.'),
			f('groups[].group', '任务组序号（一至七）；第四部分为 null。', 'Task group numeral (一–七); null for part IV.'),
			f('groups[].title', '任务组（或第四部分）标题。', 'Title of the task group (or of part IV).'),
			f('groups[].measures', '所含措施编号。', 'Numbers of its measures.'),
			f('groups[].url', '本组概览页面（zh、en）。', 'Its overview page (zh, en).'),
			f('measures[].number', '措施编号（1–41）。', 'Measure number (1–41).'),
			f('measures[].part', '所属部分。', 'The part it belongs to.'),
			f('measures[].group', '任务组；第四部分为 null。', 'Task group; null in part IV.'),
			f('measures[].title', '标题（原文首句的引导语）。', 'Title (the lead phrase of the text).'),
			f('measures[].text', '全文（zh 原文，en 本站译文）。', 'Full text (zh official, en our translation).'),
			f(
				'measures[].sentences[]',
				'逐句：id 与网页句子锚点（#s1、#s2……）一致，zh、en。',
				'Sentence by sentence: id matches the page anchor (#s1, #s2 …), zh, en.',
			),
			f('measures[].url', '中英文网页地址。', 'Chinese and English page.'),
			f('measures[].entities', '本项点名的实体编号。', 'Ids of the entities the measure names.'),
			f(
				'measures[].summary',
				'本站的通俗解读“要点速览”（zh、en），只复述原文。',
				'Our plain-language in-brief (zh, en); it only restates the text.',
			),
			f(
				'measures[].whoActs',
				'不直接向企业提供政策的措施：由谁行动、企业如何受益（zh、en）；否则为 null。',
				'For a measure that offers enterprises nothing directly: who acts and how enterprises benefit (zh, en); else null.',
			),
			f(
				'measures[].offers[]',
				'企业可以用到的政策：zh、en；status（依支配它的原文动词，见 facets.yaml：in-place 已有，原文要用好、继续、深化的已有事物；to-be-done 待落实，原文要建立、推出、开展但未说已存在；encouraged 鼓励、支持；studied 探索、研究）；providers 原文关系写明的提供方实体编号（没有则为空，见 relations）；evidence 原文短语；sentence 句子编号。',
				'What an enterprise can use: zh, en; status, from the verb of the text that governs it (see facets.yaml): in-place, something that exists, which the text says to use, continue or deepen; to-be-done, something the text commits to set up, launch or carry out without saying it exists; encouraged; studied (explored); providers, ids of the entities the relations name as providing it (empty where none does); evidence, a phrase of the text; sentence, its id.',
			),
			f(
				'measures[].audiences[]',
				'涉及对象：facet（need 需求、stage 阶段、type 企业类型）、id（见 facets）、evidence 原文短语、sentence 句子编号。',
				'Whom it concerns: facet (need, stage, type), id (see facets), evidence, a phrase of the text, and its sentence id.',
			),
			f(
				'facets[]',
				'查找工具的分类：facet、id、name（zh、en）；type 的 id 是实体编号。',
				'The finder’s vocabulary: facet, id, name (zh, en); type ids are entity ids.',
			),
		],
	},
	{
		file: 'measures.csv',
		format: 'CSV',
		about: { zh: '每项措施一行。', en: 'One row per measure.' },
		fields: csvFields(MEASURES_CSV),
	},
	{
		file: 'relations.csv',
		format: 'CSV',
		about: {
			zh: '方案原文写明的每一条“谁为谁做什么”关系一行。',
			en: 'One row per relation the text states: who does what for whom.',
		},
		fields: csvFields(RELATIONS_CSV),
	},
	{
		file: 'relations.json',
		format: 'JSON',
		about: {
			zh: '同 relations.csv，并附关系类型、实体类型和实体列表。',
			en: 'As relations.csv, with the relation kinds, entity types and entities.',
		},
		fields: [
			f(
				'kinds[]',
				'关系类型：id、label 名称、definition 定义、reads 读法模板（{source}、{target}），均为中英文。',
				'Relation kinds: id, label, definition, reads (a template with {source} and {target}), each in zh and en.',
			),
			f('types[]', '实体类型：id、label 中英文名称。', 'Entity types: id, label in zh and en.'),
			f(
				'entities[]',
				'实体，字段同 entities.csv（嵌套为 type、name、definition、relations、url 对象）。',
				'Entities, with the fields of entities.csv (nested as type, name, definition, relations, url objects).',
			),
			f(
				'relations[].source',
				'来源方：id、name（zh、en）、url 实体页面（zh、en）。',
				'Source: id, name (zh, en), url of its entity page (zh, en).',
			),
			f('relations[].kind', '关系类型：id、label（zh、en）。', 'Kind: id, label (zh, en).'),
			f('relations[].target', '目标方：id、name、url。', 'Target: id, name, url.'),
			f('relations[].strength', '力度：in-place、encouraged、studied。', 'Strength: in-place, encouraged, studied.'),
			f('relations[].measure', '出处措施编号。', 'The measure it comes from.'),
			f(
				'relations[].sentence',
				'出处句子：id、zh 原文、en 译文、url（zh、en）。',
				'The sentence: id, zh text, en translation, url (zh, en).',
			),
			f('relations[].evidence', '原文依据，逐字见于该句。', 'The evidence, verbatim in that sentence.'),
		],
	},
	{
		file: 'entities.csv',
		format: 'CSV',
		about: {
			zh: '方案点名的每个机构、市场、平台、基金、工具和对象群体一行。',
			en: 'One row per institution, market, platform, fund, instrument or target group the plan names.',
		},
		fields: csvFields(ENTITIES_CSV),
	},
	{
		file: 'graph.json',
		format: 'JSON',
		about: {
			zh: '关系图：措施和实体为节点，点名和关系为连线。',
			en: 'The diagram: measures and entities as nodes, mentions and relations as edges.',
		},
		fields: [
			f(
				'kinds[]',
				'关系类型及其定义（同 relations.json）。',
				'Relation kinds with their definitions (as in relations.json).',
			),
			f('types[]', '实体类型及其中英文名称。', 'Entity types with their names.'),
			f('nodes[].id', '节点编号：实体编号，或 measure-N。', 'Node id: an entity id, or measure-N.'),
			f('nodes[].type', '类型编号；措施为 measure。', 'Type id; measure for measures.'),
			f('nodes[].name', '中英文名称（措施为标题）。', 'Name in zh and en (a measure’s title).'),
			f('nodes[].aliases', '别名。', 'Aliases.'),
			f('nodes[].measure', '措施编号（仅措施节点）。', 'Measure number (measure nodes only).'),
			f('edges[].source', '起点节点。', 'Source node.'),
			f('edges[].target', '终点节点。', 'Target node.'),
			f(
				'edges[].kind',
				'关系类型；mentions 表示措施点名实体。',
				'Relation kind; mentions when a measure names an entity.',
			),
			f('edges[].measure', '出处措施编号。', 'The measure it comes from.'),
			f('edges[].sentence', '出处句子编号（网页锚点）。', 'The sentence (page anchor).'),
			f('edges[].evidence', '原文依据，逐字见于该句。', 'The evidence, verbatim in that sentence.'),
			f('edges[].strength', '力度（仅关系）。', 'Strength (relations only).'),
		],
	},
	{
		file: 'glossary.json',
		format: 'JSON',
		about: {
			zh: '术语表：每个术语一条，附类别名称。',
			en: 'The glossary: one record per term, with the category names.',
		},
		fields: [
			f('categories[]', '术语类别：id、label 中英文名称。', 'Term categories: id, label in zh and en.'),
			f('terms[].id', '术语编号。', 'Term id.'),
			f('terms[].category', '类别编号。', 'Category id.'),
			f('terms[].zh', '中文名称。', 'Chinese name.'),
			f('terms[].aliases', '原文中的其他中文写法。', 'Other Chinese forms in the text.'),
			f('terms[].en', '本站统一使用的英文译名。', 'The English rendering the translation uses.'),
			f('terms[].enVariants', '其他可接受的英文写法。', 'Other accepted English forms.'),
			f('terms[].definition', '释义（zh、en）。', 'Definition (zh, en).'),
			f(
				'terms[].note',
				'译名说明：zh 给中文读者（可为 null），en 译者说明。',
				'Note on the rendering: zh for Chinese readers (may be null), en the translators’ note.',
			),
			f(
				'terms[].entityType',
				'若该术语是关系中的实体，为其类型编号；否则为 null。',
				'The entity type if the term is an entity of the relations, else null.',
			),
			f('terms[].url', '术语表中的条目（zh、en）。', 'Its glossary entry (zh, en).'),
			f('terms[].entityUrl', '实体页面（zh、en）；非实体为 null。', 'Its entity page (zh, en); null for other terms.'),
		],
	},
	{
		file: 'glossary.csv',
		format: 'CSV',
		about: { zh: '术语表，每个术语一行。', en: 'The glossary, one row per term.' },
		fields: csvFields(GLOSSARY_CSV),
	},
];
