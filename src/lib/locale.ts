/**
 * The one module for locales, `lang` values, routes and anchors. Every path, fragment id and language tag the site,
 * the checks and the tests build comes from here, so a route or an anchor changes in one place.
 */
import type { Locale } from './labels.ts';
import { fromNumeral } from './numerals.ts';

/** The site's locales: Chinese (the authoritative text) at the root, English under /en/. */
export const LOCALES = ['zh', 'en'] as const satisfies readonly Locale[];
/** The folder of each locale under src/content/docs/ and in URLs ('' for the root locale). */
export const LOCALE_FOLDER = { zh: '', en: 'en' } as const satisfies Record<Locale, string>;
/** The BCP 47 tag of each locale, for `lang` attributes, hreflang and Intl. */
export const LANG = { zh: 'zh-CN', en: 'en' } as const satisfies Record<Locale, string>;
/** Starlight's locales config, derived from the above. */
export const STARLIGHT_LOCALES = {
	root: { label: '简体中文', lang: LANG.zh },
	en: { label: 'English', lang: LANG.en },
} as const;

/** The `lang` attribute for text in a locale. */
export const htmlLang = (locale: Locale): string => LANG[locale];
/** The other language of the pair. */
export const otherLocale = (locale: Locale): Locale => (locale === 'zh' ? 'en' : 'zh');

/** The plan's locale key for an Astro locale ('root'/undefined/'zh-CN' → zh). */
export function planLocale(astroLocale: string | undefined): Locale {
	return astroLocale === 'en' ? 'en' : 'zh';
}

/** A site path in the given locale: Chinese at the root, English under /en/. */
export function localePath(locale: Locale, path: string): string {
	const clean = path.replace(/^\/+/, '');
	return LOCALE_FOLDER[locale] ? `/${LOCALE_FOLDER[locale]}/${clean}` : `/${clean}`;
}

/** A measure's slug below its locale folder (Starlight sidebar, page files): "measures/18". */
export const measureSlug = (n: number): string => `measures/${n}`;
export const measurePath = (locale: Locale, n: number): string => localePath(locale, `${measureSlug(n)}/`);
/** The overview page of task group （一）…（七） ("tasks/1"), or of part 四 when the numeral is absent ("safeguards"). */
export const groupSlug = (numeral?: string): string => (numeral ? `tasks/${fromNumeral(numeral)}` : 'safeguards');
export const groupPath = (locale: Locale, numeral?: string): string => localePath(locale, `${groupSlug(numeral)}/`);
/** The share card (Open Graph image) of measure `n`, or of the home page when `n` is undefined. */
export const ogCardSlug = (n?: number): string => (n === undefined ? 'og/index' : `og/${measureSlug(n)}`);
export const ogCardPath = (locale: Locale, n?: number): string => localePath(locale, `${ogCardSlug(n)}.png`);
/** The corrections page: every deviation of the site's text from the snapshot of the official page. */
export const correctionsSlug = 'corrections';
/** The slug of the entities index (an MDX page) and one entity's page (an Astro route): "entities/<id>". */
export const ENTITIES_SLUG = 'entities';
export const entityPath = (locale: Locale, id: string): string => localePath(locale, `${ENTITIES_SLUG}/${id}/`);
/** The glossary page, and a term's entry on it. */
export const glossaryPath = (locale: Locale): string => localePath(locale, 'glossary/');
/** The diagram page, focused on an entity (the focus works without JavaScript through the fragment). */
export const diagramFocusPath = (locale: Locale, entityId: string): string =>
	`${localePath(locale, 'diagram/')}?focus=${encodeURIComponent(entityId)}#${entityAnchor(entityId)}`;
/** A sentence of a measure: "/measures/18/#s2". */
export const sentencePath = (locale: Locale, n: number, sentence: string): string =>
	`${measurePath(locale, n)}#${sentence}`;
/** The whole plan on one page (an Astro route): "/full/", "/en/full/". */
export const FULL_SLUG = 'full';
export const fullPath = (locale: Locale): string => localePath(locale, `${FULL_SLUG}/`);
/**
 * A text of the document as the full text tells them apart: a measure, or a section that is not a measure (notice,
 * preamble, ideology, goals' introduction; a goal by its numeral). A sentence's `Place` (src/lib/sentences.ts) is one.
 */
export type FullTextRef =
	{ measure: number } | { section: 'notice' | 'preamble' | 'ideology' | 'goals'; goal?: string };
/** A measure's heading on the full text: "m18". */
export const measureAnchor = (n: number): string => `m${n}`;
/** The heading of the notice and of the plan's title with its preamble on the full text. */
export const NOTICE_ANCHOR = 'notice';
export const PREAMBLE_ANCHOR = 'preamble';
/**
 * The prefix of a text's sentence anchors on the full text, where every text shares one page: a measure's "m18-"
 * (m18-s3), a goal's as on the goals page ("goal-1-"), the preamble's as on the notice page ("preamble-"), and the
 * texts unprefixed on their own pages gain their name: "notice-", "ideology-", "goals-" (the goals' introduction).
 */
export function fullTextPrefix(text: FullTextRef): string {
	if ('measure' in text) return `${measureAnchor(text.measure)}-`;
	if (text.goal) return `${goalAnchor(text.goal)}-`;
	return `${text.section}-`;
}
/** A sentence on the full text, by its index within its text: "/full/#m18-s3". */
export const fullSentencePath = (locale: Locale, text: FullTextRef, index: number): string =>
	`${fullPath(locale)}#${sentenceId(index, fullTextPrefix(text))}`;
/** A site path as an absolute URL on the configured origin. */
export const absoluteUrl = (path: string, origin: string): string => new URL(path, origin).href;

/**
 * Sentence anchor ids, numbered from 1 in the Chinese sentence order, with an optional section prefix: made by
 * `sentenceId`, read back by `parseSentenceId` (the one inverse; the schema's pattern is `SENTENCE_ID`).
 */
export const sentenceId = (index: number, prefix = ''): string => `${prefix}s${index + 1}`;
/** A sentence id without prefix, as the content files write them: s1, s2 … */
export const SENTENCE_ID = /^s[1-9][0-9]*$/;
/** The index of the sentence an id names ("s3" → 2; "goal-1-s2" with prefix "goal-1-" → 1); undefined if none. */
export function parseSentenceId(id: string, prefix = ''): number | undefined {
	if (!id.startsWith(prefix)) return undefined;
	const rest = id.slice(prefix.length);
	return SENTENCE_ID.test(rest) ? Number(rest.slice(1)) - 1 : undefined;
}
/** The number a reader sees for a sentence id ("s3" → 3); a malformed id is a bug (the schema rejects it): throws. */
export function sentenceNumber(id: string): number {
	const index = parseSentenceId(id);
	if (index === undefined) throw new Error(`sentenceNumber: expected a sentence id s1, s2 …, got "${id}"`);
	return index + 1;
}
/** The sentence an id names among a text's sentences, or undefined. */
export function sentenceById<T>(sentences: readonly T[], id: string): T | undefined {
	const index = parseSentenceId(id);
	return index === undefined ? undefined : sentences[index];
}
/** A translator's note on a sentence, listed below the text. */
export const noteAnchor = (sentence: string): string => `note-${sentence}`;
export const termAnchor = (termId: string): string => `term-${termId}`;
export const entityAnchor = (entityId: string): string => `entity-${entityId}`;
/** A beneficiary's entry in the diagram's text version: who provides what to it. */
export const beneficiaryAnchor = (entityId: string): string => `for-${entityId}`;
/** An entity type's section on the entities index. */
export const typeAnchor = (type: string): string => `type-${type}`;
export const categoryAnchor = (category: string): string => `category-${category}`;
/** Anchors of parts and task groups (home page contents) and goals (goals page), by their numeral: 三 → part-3. */
export const partAnchor = (numeral: string): string => `part-${fromNumeral(numeral)}`;
export const groupAnchor = (numeral: string): string => `group-${fromNumeral(numeral)}`;
export const goalAnchor = (numeral: string): string => `goal-${fromNumeral(numeral)}`;
