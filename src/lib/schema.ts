/**
 * Every zod schema of the project, in one place: the plan data in `content/`, the corrections file and the
 * frontmatter that Starlight pages add. Scripts (which run without Astro) and the site import from here.
 */
import { z } from 'zod';
import { NUMERALS } from './numerals.ts';
import zhStrings from '../content/i18n/zh-CN.json' with { type: 'json' };

export const numeral = z.enum(NUMERALS);
export type Numeral = z.infer<typeof numeral>;

/** One sentence of the official text (split after 。 or ；). Later issues add `en` beside `zh`. */
export const sentenceSchema = z.strictObject({
	zh: z.string().min(1),
	en: z.string().min(1).optional(),
	/** A translator's note where the Chinese is ambiguous: the English gives one reading, the note explains it. */
	note: z.strictObject({ en: z.string().min(1), zh: z.string().min(1) }).optional(),
});
export type Sentence = z.infer<typeof sentenceSchema>;

/** A paragraph is a list of sentences. */
export const paragraphSchema = z.array(sentenceSchema).min(1);
export type Paragraph = z.infer<typeof paragraphSchema>;

export const localizedSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1).optional() });

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

/** `content/plan/document.yaml`: everything of the document that is not a measure. */
export const documentFileSchema = z.strictObject({
	/** The metadata block as the official page gives it (checked against the snapshot). */
	metadata: metadataSchema,
	/** Facts about the document that are not part of its text; each says where it comes from. */
	about: z.strictObject({
		officialUrl: z.url(),
		/** English renderings of the metadata values that are words (issuer, validity, subject). */
		metadataEn: metadataSchema.partial().optional(),
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
 * translation fails the build. Keys are declared once, by src/content/i18n/zh-CN.json.
 */
export const UI_STRING_KEYS = Object.keys(zhStrings);
export const uiStringsSchema = z.object(
	Object.fromEntries(UI_STRING_KEYS.map((key) => [key, z.string().min(1)])) as {
		[K in keyof typeof zhStrings]: z.ZodString;
	},
);

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
	/** Coined names that English text shows with their Chinese, e.g. "Jingchuangtong (京创通)". */
	keepChinese: z.boolean().default(false),
	category: z.enum(TERM_CATEGORIES),
	definition: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
	/** Why this English rendering (the translators' reasoning; shown on the English glossary page). */
	note: z.string().min(1),
	/** For Chinese readers: what the English rendering is and, where useful, why (shown on the Chinese page). */
	noteZh: z.string().min(1).optional(),
});
export const glossaryFileSchema = z.strictObject({ terms: z.array(glossaryTermSchema).min(1) });
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const ENTITY_TYPES = [
	'authority',
	'institution',
	'market',
	'platform',
	'fund',
	'instrument',
	'programme',
	'enterprise',
] as const;
export const RELATION_KINDS = [
	'serves',
	'supports',
	'provides',
	'issues',
	'invests-in',
	'leverages',
	'operates',
	'connects-with',
	'part-of',
	'tool-of',
] as const;

/**
 * `content/entities.yaml`: who and what the plan names, and how the text relates them. Entity ids are glossary term
 * ids (names, aliases, English and descriptions live in the glossary); every mention and relation carries the
 * measure it comes from and an evidence phrase found verbatim in that measure's Chinese text.
 */
export const entitiesFileSchema = z.strictObject({
	entities: z.array(z.strictObject({ id: z.string().min(1), type: z.enum(ENTITY_TYPES) })).min(1),
	mentions: z.array(
		z.strictObject({ measure: z.number().int().positive(), entity: z.string().min(1), evidence: z.string().min(1) }),
	),
	relations: z.array(
		z.strictObject({
			source: z.string().min(1),
			kind: z.enum(RELATION_KINDS),
			target: z.string().min(1),
			measure: z.number().int().positive(),
			evidence: z.string().min(1),
		}),
	),
});
export type EntitiesFile = z.infer<typeof entitiesFileSchema>;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type RelationKind = (typeof RELATION_KINDS)[number];

/** How firmly the text commits to an offer, read from its own verb. */
export const OFFER_STATUSES = ['in-place', 'encouraged', 'studied'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
/** The facets of the finder: what an enterprise needs, its stage, and the enterprise group the plan names. */
export const FACETS = ['need', 'stage', 'type'] as const;
export type Facet = (typeof FACETS)[number];

const sentenceRef = z.string().regex(/^s[1-9]\d*$/, 'a sentence id of the measure: s1, s2, …');
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

const bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
/** `content/facets.yaml`: the finder's vocabulary (need and stage ids with names) and the offer statuses' verbs. */
export const facetsFileSchema = z.strictObject({
	facets: z.array(
		z.strictObject({
			facet: z.enum(['need', 'stage']),
			id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case ascii words joined by hyphens'),
			name: bilingual,
		}),
	),
	statuses: z.array(
		z.strictObject({ id: z.enum(OFFER_STATUSES), name: bilingual, verbs: z.array(z.string().min(1)).min(1) }),
	),
});
export type FacetsFile = z.infer<typeof facetsFileSchema>;
