/**
 * The one citation module: every citation the site prints or serves — the measure page's "Cite this measure", the
 * sentence menu, the quote checker's line under a checked quote (/data/sentences.json) and the RIS, BibTeX and
 * CSL-JSON downloads (src/citation/files.ts) — is made here, from the document's facts (src/lib/document.ts) and
 * the place of the cited text. Three styles:
 *
 * - `gongwen` — the style of Chinese official documents: 《标题》（文号）, then the place: 第18项, and a sentence as
 *   第3句 (《…实施方案》（京政办发〔2023〕23号）第18项第3句). ONE format, on every page and in the quote checker.
 *   Why 第18项: the plan's tasks are numbered items, not articles (条 numbers the articles of laws and regulations;
 *   README "Why 第18项"), and the items are numbered 1–41 straight through parts 三 and 四, so the number alone
 *   names the item: a careful journalist writes “《…》（京政办发〔2023〕23号）第18项”, as the site's titles and search
 *   say it, not the heading path 三、（三）18. — which copies the text's heading punctuation into running prose and
 *   adds nothing that identifies the item. Texts outside the items are cited by their heading as the text numbers
 *   it: 二、工作目标（一）第1句; the notice and the preamble by name: 印发通知第1句, 方案引言第1句.
 * - `gbt` — GB/T 7714-2015, as an online resource, by citation-js with the CSL project's GB/T 7714-2015 style
 *   (src/citation/csl/). Type code [A/OL]: the cited work is an official document (公文) with a document number, kept
 *   and published by the issuing government — GB/T 7714's 档案 (A), which the CSL style maps from the CSL types for
 *   regulations and legislation — read online (OL). [EB/OL] (电子公告) would describe a web posting, which the plan
 *   is not: the web page is only where it was read. The date in parentheses is 发布日期 (the date the page was
 *   published), the date in brackets the access date (引用日期).
 * - `english` — Bluebook-like: issuer, English title [Chinese title], document number, pinpoint, (date written),
 *   what the text is, URL. The pinpoint is the place in English (pt. III(3), measure 18, sentence 3). The quote
 *   checker's English line is this citation without the URL (the result links the sentence itself).
 *
 * Which text each cites: the two Chinese styles cite the Chinese text (authoritative) and link to the Chinese page,
 * whatever the page's language. The English style cites the text of the page it is on: on an English page our
 * translation ("unofficial translation; the Chinese text prevails") and its English permalink; on a Chinese page
 * the Chinese text ("in Chinese") and its permalink. Measure and sentence citations link to this site's permalink
 * (/measures/18/#s3), where that exact text is; the document's citations link to the official page. The access
 * date is the build date (src/data/build-info.ts): the day the site's text was checked against content/.
 */
import { dateParts, gbt7714, type CslItem } from './csl.ts';
import { documentFacts } from '../lib/document.ts';
import { partNumeral, subpartNumeral, type Locale } from '../lib/labels.ts';
import { absoluteUrl, measurePath, sentenceId } from '../lib/locale.ts';
import { getMeasure, type Measure, type Plan } from '../lib/plan.ts';
import type { Place } from '../lib/sentences.ts';

export interface Citations {
	/** 公文 style: 《…》（京政办发〔2023〕23号）第18项第3句 */
	gongwen: string;
	/** GB/T 7714-2015 reference: 北京市人民政府办公厅. …[A/OL]. (2023-10-27)[access date]. URL. */
	gbt: string;
	/** Bluebook-like English citation. */
	english: string;
}
export interface CiteOptions {
	/** The site's origin for permalinks ("https://…"). */
	origin: string;
	/** The access date, YYYY-MM-DD. */
	accessed: string;
}

const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
/** 2023-10-24 → "Oct. 24, 2023" (Bluebook's month abbreviations). */
export function bluebookDate(iso: string): string {
	const [[y, m, d]] = dateParts(iso)['date-parts'];
	return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** A place in the document as the 公文 style writes it: 第18项第3句, 二、工作目标（一）第1句, 印发通知第1句. */
export function placeZh(plan: Plan, place: Place | { kind: 'measure'; measure: number; sentence?: number }): string {
	const sentence = place.sentence === undefined ? '' : `第${place.sentence}句`;
	if (place.kind === 'measure') return `第${place.measure}项${sentence}`;
	const doc = plan.document;
	const where =
		place.section === 'notice'
			? '印发通知'
			: place.section === 'preamble'
				? '方案引言'
				: place.section === 'ideology'
					? `${doc.ideology.part}、${doc.ideology.title.zh}`
					: `${doc.goals.part}、${doc.goals.title.zh}${place.goal ? `（${place.goal}）` : ''}`;
	return `${where}${sentence}`;
}

/** A place in English, as the English style's pinpoint: pt. III(3), measure 18, sentence 3; pt. II(1), sentence 1. */
export function placeEn(plan: Plan, place: Place | { kind: 'measure'; measure: number; sentence?: number }): string {
	const sentence = place.sentence === undefined ? '' : `, sentence ${place.sentence}`;
	if (place.kind === 'measure') {
		const measure = getMeasure(plan, place.measure);
		const group = measure.group ? `(${subpartNumeral(measure.group, 'en')})` : '';
		return `pt. ${partNumeral(measure.part, 'en')}${group}, measure ${measure.number}${sentence}`;
	}
	const doc = plan.document;
	const where =
		place.section === 'notice'
			? 'notice'
			: place.section === 'preamble'
				? 'preamble'
				: place.section === 'ideology'
					? `pt. ${partNumeral(doc.ideology.part, 'en')}`
					: `pt. ${partNumeral(doc.goals.part, 'en')}${place.goal ? `(${subpartNumeral(place.goal, 'en')})` : ''}`;
	return `${where}${sentence}`;
}

/** The permalink of a measure (and sentence, numbered from 1) in a language. */
export function permalink(locale: Locale, measure: number, sentence: number | undefined, origin: string): string {
	const fragment = sentence === undefined ? '' : `#${sentenceId(sentence - 1)}`;
	return absoluteUrl(measurePath(locale, measure) + fragment, origin);
}

export const DOCUMENT_ID = 'jzbf-2023-23';
/** The CSL-JSON item for the document (official URL) or a measure (this site's Chinese page). */
export function cslItem(plan: Plan, measure: Measure | undefined, options: CiteOptions): CslItem {
	const facts = documentFacts(plan.document, 'zh');
	const place = measure ? placeZh(plan, { kind: 'measure', measure: measure.number }) : undefined;
	return {
		id: measure ? `${DOCUMENT_ID}-m${measure.number}` : DOCUMENT_ID,
		type: 'regulation',
		title: facts.title,
		number: facts.docNumber,
		author: [{ literal: facts.issuer }],
		issued: dateParts(facts.published),
		accessed: dateParts(options.accessed),
		URL: measure ? permalink('zh', measure.number, undefined, options.origin) : facts.officialUrl,
		language: 'zh-CN',
		...(place ? { section: place } : {}),
		note: place ? `${facts.docNumber}，${place}` : facts.docNumber,
	};
}

/** 《标题》（文号） and the place: the one 公文 format. */
const gongwen = (plan: Plan, place: string): string => {
	const zh = documentFacts(plan.document, 'zh');
	return `《${zh.title}》（${zh.docNumber}）${place}`;
};

/** The English style without its URL: issuer, title [Chinese title], number, pinpoint (date) (what the text is). */
function englishStyle(plan: Plan, pinpoint: string | undefined, what: string): string {
	const en = documentFacts(plan.document, 'en');
	const zh = documentFacts(plan.document, 'zh');
	return `${en.issuer}, ${en.title} [${zh.title}], ${en.docNumber}${pinpoint ? `, ${pinpoint}` : ''} (${bluebookDate(en.written)}) (${what})`;
}

const WHAT = { zh: 'in Chinese', en: 'unofficial translation; the Chinese text prevails' } as const;

function cite(
	plan: Plan,
	measure: Measure | undefined,
	sentence: number | undefined,
	locale: Locale,
	options: CiteOptions,
): Citations {
	if (
		measure &&
		sentence !== undefined &&
		!(Number.isInteger(sentence) && sentence >= 1 && sentence <= measure.sentences.length)
	)
		throw new Error(`citation: measure ${measure.number} has sentences 1–${measure.sentences.length}, got ${sentence}`);
	const item = cslItem(plan, measure, options);
	if (measure) item.URL = permalink('zh', measure.number, sentence, options.origin);
	const place = measure ? { kind: 'measure' as const, measure: measure.number, sentence } : undefined;
	const url = measure
		? permalink(locale, measure.number, sentence, options.origin)
		: documentFacts(plan.document, 'zh').officialUrl;
	return {
		gongwen: gongwen(plan, place ? placeZh(plan, place) : ''),
		gbt: gbt7714(item),
		english: `${englishStyle(plan, place && placeEn(plan, place), measure ? WHAT[locale] : WHAT.zh)}, ${url}.`,
	};
}

/** A measure's citations, as shown on its page in `locale`. */
export function measureCitations(plan: Plan, measure: number, locale: Locale, options: CiteOptions): Citations {
	return cite(plan, getMeasure(plan, measure), undefined, locale, options);
}
/**
 * The three citations of one sentence — `sentence` numbered from 1 as in its anchor (sentence 3 is #s3) — for the
 * page in `locale`, as plain strings ready for the clipboard: `{ gongwen, gbt, english }`. Throws on a measure or
 * sentence that does not exist.
 *
 *     sentenceCitations(plan, 18, 3, 'en', options).english
 *     // "General Office of the Beijing Municipal People's Government, Implementation Plan … [北京市…实施方案],
 *     //  Jing Zheng Ban Fa [2023] No. 23, pt. III(3), measure 18, sentence 3 (Oct. 24, 2023) (unofficial
 *     //  translation; the Chinese text prevails), https://…/en/measures/18/#s3."
 */
export function sentenceCitations(
	plan: Plan,
	measure: number,
	sentence: number,
	locale: Locale,
	options: CiteOptions,
): Citations {
	return cite(plan, getMeasure(plan, measure), sentence, locale, options);
}

/**
 * The citation line under a checked quote (/verify/), for any anchored sentence (a measure's or a section's): in
 * Chinese the 公文 citation, in English the English style without its URL.
 */
export function quoteCitation(plan: Plan, place: Place, locale: Locale): string {
	return locale === 'zh' ? gongwen(plan, placeZh(plan, place)) : englishStyle(plan, placeEn(plan, place), WHAT.en);
}
