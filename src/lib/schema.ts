/**
 * Every zod schema of the project, in one place: the plan data in `content/`, the corrections file and the
 * frontmatter that Starlight pages add. Scripts (which run without Astro) and the site import from here.
 */
import { z } from 'zod';
import { SELECTION_FACETS } from './finder.ts';
import { SENTENCE_ID } from './locale.ts';
import { NO_CHINESE } from './text.ts';
import { NUMERALS } from './numerals.ts';
import zhStrings from '../content/i18n/zh-CN.json' with { type: 'json' };

export const numeral = z.enum(NUMERALS);
export type { Numeral } from './numerals.ts';

/** Text in both languages, both required (everything written for the site, not taken from the plan). */
export const bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingual>;

/**
 * One sentence of the official text (split after 。 or ；), with our English translation beside it. `en` stays
 * optional on purpose: text fresh from `npm run extract` has none, and the translation rule then names each sentence
 * that lacks English (a schema error could not); until it is translated, the site shows the Chinese.
 */
export const sentenceSchema = z.strictObject({
	zh: z.string().min(1),
	en: z.string().min(1).optional(),
	/** A translator's note where the Chinese is ambiguous: the English gives one reading, the note explains it. */
	note: bilingual.optional(),
});
export type Sentence = z.infer<typeof sentenceSchema>;

/** A paragraph is a list of sentences. */
export const paragraphSchema = z.array(sentenceSchema).min(1);
export type Paragraph = z.infer<typeof paragraphSchema>;

/** Text in both languages, the English optional while untranslated (titles of the plan data). */
export const localizedSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1).optional() });
export type Localized = z.infer<typeof localizedSchema>;

/** `content/plan/measures/NN.yaml` */
export const measureFileSchema = z.strictObject({
	measure: z.number().int().positive(),
	part: numeral,
	/** Task group （一）–（七） of part 三; absent for part 四. */
	group: numeral.optional(),
	sentences: z.array(sentenceSchema).min(1),
});
export type MeasureFile = z.infer<typeof measureFileSchema>;

const metadataSchema = z.strictObject({
	主题分类: z.string(),
	实施日期: z.string(),
	发文字号: z.string(),
	发布日期: z.string(),
	发文机构: z.string(),
	成文日期: z.string(),
	废止日期: z.string(),
	有效性: z.string(),
});
export type Metadata = z.infer<typeof metadataSchema>;

/** English text with no Chinese in it (the Chinese value is beside it in the data). */
const englishOnly = z.string().min(1).regex(NO_CHINESE, 'write it in English only: the Chinese is in `metadata`');

/** `content/plan/document.yaml`: everything of the document that is not a measure. */
export const documentFileSchema = z.strictObject({
	/** The metadata block as the official page gives it (checked against the snapshot). */
	metadata: metadataSchema,
	/** Facts about the document that are not part of its text; each says where it comes from. */
	about: z.strictObject({
		officialUrl: z.url(),
		/**
		 * English renderings of the metadata values that are words (issuer, validity, subject) and of the document
		 * number; the document number and the issuer are required (src/lib/document.ts), in English only.
		 */
		metadataEn: metadataSchema.partial().extend({ 发文字号: englishOnly, 发文机构: englishOnly }),
		gazette: localizedSchema,
		parentPlan: z.strictObject({ title: localizedSchema, docNumber: localizedSchema, issuers: localizedSchema }),
	}),
	notice: z.strictObject({ title: localizedSchema, paragraphs: z.array(paragraphSchema).min(1) }),
	plan: z.strictObject({ title: localizedSchema, preamble: z.array(paragraphSchema).min(1) }),
	ideology: z.strictObject({ part: numeral, title: localizedSchema, paragraphs: z.array(paragraphSchema).min(1) }),
	goals: z.strictObject({
		part: numeral,
		title: localizedSchema,
		paragraphs: z.array(paragraphSchema),
		items: z.array(z.strictObject({ id: numeral, title: localizedSchema, paragraphs: z.array(paragraphSchema) })),
	}),
	tasks: z.strictObject({
		part: numeral,
		title: localizedSchema,
		groups: z.array(z.strictObject({ id: numeral, title: localizedSchema })).min(1),
	}),
	safeguards: z.strictObject({ part: numeral, title: localizedSchema }),
});
export type DocumentFile = z.infer<typeof documentFileSchema>;

/** `content/corrections.yaml`: every deviation of the site's text from the scraped snapshot. */
export const correctionSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens'),
	/** Where in the document, in words (e.g. "measure 38", "goal （一）", "page footer"). */
	where: z.string().min(1),
	kind: z.enum(['scrape-artefact', 'site-chrome', 'heading-punctuation']),
	/** The exact text of the snapshot (must occur exactly once). */
	snapshot: z.string().min(1),
	/** What the document says instead ('' removes the snapshot text). */
	document: z.string(),
	why: z.string().min(1),
});
export const correctionsFileSchema = z.strictObject({ corrections: z.array(correctionSchema) });
export type Correction = z.infer<typeof correctionSchema>;

/** Frontmatter that measure pages add to Starlight's docs schema. */
export const pageFrontmatterSchema = z.object({
	measure: z.number().int().positive().optional(),
	/** In brief: 1–3 plain sentences in the page's language (what changes, for whom); restates, never adds. */
	summary: z.string().min(1).optional(),
	/** Who the measure asks to act and how enterprises benefit, in one line (when it offers nothing directly). */
	whoActs: z.string().min(1).optional(),
	part: numeral.optional(),
	group: numeral.optional(),
});

/**
 * The project's UI strings: every key of the Chinese file is required in every language, so a missing
 * translation fails the build. Keys are declared once, by src/content/i18n/zh-CN.json. Count strings follow
 * i18next's plural scheme (src/lib/labels.ts `plural`): Chinese has one form, `key_other`; the other forms of such a
 * key (English `key_one`) are allowed here and required by the i18n unit test for the languages that have them.
 */
export const UI_STRING_KEYS = Object.keys(zhStrings);
const PLURAL_EXTRA_FORMS = ['zero', 'one', 'two', 'few', 'many'];
export const uiStringsSchema = z.object({
	...(Object.fromEntries(UI_STRING_KEYS.map((key) => [key, z.string().min(1)])) as {
		[K in keyof typeof zhStrings]: z.ZodString;
	}),
	...Object.fromEntries(
		UI_STRING_KEYS.filter((key) => key.endsWith('_other')).flatMap((key) =>
			PLURAL_EXTRA_FORMS.map((form) => [key.replace(/_other$/, `_${form}`), z.string().min(1).optional()]),
		),
	),
});

export const TERM_CATEGORIES = [
	'authority',
	'institution',
	'market',
	'platform',
	'fund',
	'instrument',
	'programme',
	'policy',
	'concept',
	'region',
] as const;

/** `content/glossary.yaml`: the term table (zh term → en term → definitions), used by translation, pages and checks. */
export const glossaryTermSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case ascii words joined by hyphens'),
	zh: z.string().min(1),
	/** Other Chinese forms that occur in the text (e.g. 北交所 for 北京证券交易所). */
	aliases: z.array(z.string().min(1)).default([]),
	/** The English rendering every translation must use. */
	en: z.string().min(1),
	/** Other accepted English forms (abbreviation, plural). */
	enVariants: z.array(z.string().min(1)).default([]),
	/**
	 * Words readers search with that are neither in the text nor accepted renderings (央行, central bank): indexed on
	 * the pages of the measures that name the term, never used for linking or the translation checks.
	 */
	searchAliases: z
		.strictObject({ zh: z.array(z.string().min(1)).default([]), en: z.array(z.string().min(1)).default([]) })
		.default({ zh: [], en: [] }),
	/** Coined names that English text shows with their Chinese, e.g. "Jingchuangtong (京创通)". */
	keepChinese: z.boolean().default(false),
	category: z.enum(TERM_CATEGORIES),
	definition: bilingual,
	/** Why this English rendering (the translators' reasoning; shown on the English glossary page). */
	note: z.string().min(1),
	/** For Chinese readers: what the English rendering is and, where useful, why (shown on the Chinese page). */
	noteZh: z.string().min(1).optional(),
});
export const glossaryFileSchema = z.strictObject({ terms: z.array(glossaryTermSchema).min(1) });
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/**
 * content/renderings.yaml: other English renderings of glossary terms in real use (official English sources, the
 * English press), each with where it is used. Sources are named once (`sources`, both languages) and cited by id;
 * renderings are keyed by glossary term id. Search aliases on the measures that use the term; shown on the glossary.
 */
const renderingSourceId = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case ascii words joined by hyphens');
export const renderingsFileSchema = z.strictObject({
	sources: z.record(renderingSourceId, z.strictObject({ zh: z.string().min(1), en: z.string().min(1) })),
	renderings: z.record(
		z.string(),
		z.array(z.strictObject({ en: z.string().min(1), sources: z.array(renderingSourceId).min(1) })).min(1),
	),
});
export type RenderingsFile = z.infer<typeof renderingsFileSchema>;

export const ENTITY_TYPES = [
	'authority',
	'institution',
	'market',
	'platform',
	'fund',
	'fiscal',
	'instrument',
	'programme',
	'enterprise',
	'talent',
	'sector',
] as const;

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case ascii words joined by hyphens');
/** How an edge reads: a sentence with the placeholders {source} and {target}, each once. */
const readingTemplate = z
	.string()
	.refine(
		(t) => t.split('{source}').length === 2 && t.split('{target}').length === 2,
		'a reading names {source} and {target} once each',
	);

/**
 * Families of relation kinds: the diagram colours an edge by its kind's family (src/styles/diagram.css has one colour
 * for each), and the legend names the kinds of each.
 */
export const RELATION_FAMILIES = ['offers', 'runs', 'joins', 'classifies'] as const;
export type RelationFamily = (typeof RELATION_FAMILIES)[number];

/** `content/relation-kinds.yaml`: the kinds of relation between entities, each with one meaning, defined once. */
export const relationKindSchema = z.strictObject({
	id: kebabId,
	/** A short label (legend, filters). */
	label: bilingual,
	/** Its colour family in the diagram. */
	family: z.enum(RELATION_FAMILIES),
	/** What the kind means and when to use it (and when not to). */
	definition: bilingual,
	/** How one edge reads in each language, e.g. "{source} 提供 {target}" / "{source} provides {target}". */
	reads: z.strictObject({ zh: readingTemplate, en: readingTemplate }),
});
export const relationKindsFileSchema = z.strictObject({
	kinds: z
		.array(relationKindSchema)
		.min(1)
		.refine((kinds) => new Set(kinds.map((k) => k.id)).size === kinds.length, 'each kind id is listed once'),
});
export type RelationKindDef = z.infer<typeof relationKindSchema>;

/**
 * How firmly the text commits to a relation, read from the verb that governs it: 探索/研究 → studied;
 * 鼓励/支持/引导/推动/吸引 → encouraged; 建立/开展/用好/推出/给予/依托/深化 … (and plain statements) → in-place.
 */
export const RELATION_STRENGTHS = ['in-place', 'encouraged', 'studied'] as const;
export type RelationStrength = (typeof RELATION_STRENGTHS)[number];

/** A sentence of a measure, by its anchor id (s1, s2 …, as on the measure page). */
const sentenceRef = z.string().regex(SENTENCE_ID, 'sentence ids are s1, s2 …');

/**
 * Chinese ellipsis: the evidence names an entity only in a shared-element phrase, e.g. 知识产权和股权质押贷款 for
 * 知识产权质押贷款. `phrase` occurs in the evidence; `names` is the full glossary name it stands for.
 */
export const ellipsisSchema = z.strictObject({ phrase: z.string().min(1), names: z.string().min(1) });
export type Ellipsis = z.infer<typeof ellipsisSchema>;

/**
 * `content/entities.yaml`: who and what the plan names, and how the text relates them. Entity ids are glossary term
 * ids (names, aliases, English and descriptions live in the glossary). Mentions are derived from the glossary
 * (src/lib/entities.ts); the file lists only the exceptions the derivation cannot see (ellipsis). Every relation
 * carries the measure and sentence it comes from, an evidence phrase found verbatim in that sentence, and how firmly
 * the text commits to it. `kinds` are the ids of content/relation-kinds.yaml, so that a typo fails.
 */
export const entitiesFileSchemaFor = (kinds: readonly string[]) =>
	z.strictObject({
		entities: z.array(z.strictObject({ id: z.string().min(1), type: z.enum(ENTITY_TYPES) })).min(1),
		mentions: z
			.array(
				z.strictObject({
					measure: z.number().int().positive(),
					entity: z.string().min(1),
					sentence: sentenceRef,
					evidence: z.string().min(1),
					ellipsis: z.array(ellipsisSchema).min(1),
				}),
			)
			.default([]),
		relations: z.array(
			z.strictObject({
				source: z.string().min(1),
				kind: z.string().refine((k) => kinds.includes(k), {
					error: (issue) =>
						`unknown relation kind ${JSON.stringify(issue.input)}: use one of ${kinds.join(', ')} (content/relation-kinds.yaml)`,
				}),
				target: z.string().min(1),
				measure: z.number().int().positive(),
				sentence: sentenceRef,
				strength: z.enum(RELATION_STRENGTHS),
				evidence: z.string().min(1),
				ellipsis: z.array(ellipsisSchema).min(1).optional(),
			}),
		),
	});
export type EntitiesFile = z.infer<ReturnType<typeof entitiesFileSchemaFor>>;
export type Relation = EntitiesFile['relations'][number];
export type MentionOverride = EntitiesFile['mentions'][number];
export type EntityType = (typeof ENTITY_TYPES)[number];
export type RelationKind = string;

/**
 * How firmly the text commits to an offer, read from the verb that governs it (content/facets.yaml lists the verbs of
 * each): in place (the verb presupposes the thing exists: 用好, 发挥, 持续, 深化, 完善 …), to be done (the text
 * commits to make it: 建立, 推出, 建设, 开展 …), encouraged (鼓励, 支持, 引导 …), being explored or studied (探索,
 * 研究 …). A relation's strength (RELATION_STRENGTHS) is the coarser scale: its in-place covers in-place and to-be-done.
 */
export const OFFER_STATUSES = ['in-place', 'to-be-done', 'encouraged', 'studied'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
/** The facets of the finder (what an enterprise needs, its stage, its enterprise group): src/lib/finder.ts's. */
export const FACETS = SELECTION_FACETS;

const evidence = z.string().min(1);

/**
 * `content/explainers/NN.yaml`: what a measure offers enterprises and whom it concerns, each item with the sentence
 * it comes from and a phrase found verbatim in that sentence's Chinese.
 */
export const explainerFileSchema = z.strictObject({
	measure: z.number().int().positive(),
	offers: z.array(
		z.strictObject({
			zh: z.string().min(1),
			en: z.string().min(1),
			status: z.enum(OFFER_STATUSES),
			/** The verb in the sentence that gives the status (用好, 鼓励, 探索 …); see `statuses` in facets.yaml. */
			verb: z.string().min(1),
			sentence: sentenceRef,
			evidence,
		}),
	),
	audiences: z.array(z.strictObject({ facet: z.enum(FACETS), id: z.string().min(1), sentence: sentenceRef, evidence })),
});
export type ExplainerFile = z.infer<typeof explainerFileSchema>;

/** `content/facets.yaml`: the finder's vocabulary (need and stage ids with names) and the offer statuses' verbs. */
export const facetsFileSchema = z.strictObject({
	facets: z.array(
		z.strictObject({
			facet: z.enum(['need', 'stage']),
			id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case ascii words joined by hyphens'),
			name: bilingual,
		}),
	),
	/** The offer statuses, in the order the site shows them: badge name, what it means, the verbs that give it. */
	statuses: z.array(
		z.strictObject({
			id: z.enum(OFFER_STATUSES),
			name: bilingual,
			means: bilingual,
			verbs: z.array(z.string().min(1)).min(1),
		}),
	),
	/**
	 * Enterprise groups that also count as broader groups the plan names (a 专精特新 SME is also an SME), so the
	 * finder shows the measures for those too, ranked below the ones that name the group itself. `why` says so.
	 */
	alsoCountsAs: z
		.array(z.strictObject({ type: z.string().min(1), as: z.array(z.string().min(1)).min(1), why: bilingual }))
		.default([]),
});
export type FacetsFile = z.infer<typeof facetsFileSchema>;
