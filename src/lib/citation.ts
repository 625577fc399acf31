/**
 * Citations of the document, of a measure and of one sentence, in three styles, from the document metadata in
 * content/plan/document.yaml (文号, issuer, dates, official URL, titles):
 *
 * - `gongwen` — the style of Chinese official documents: 《标题》（文号）, then the measure's place as the text numbers
 *   it (三、（三）18.) and the sentence (第3句). Not a CSL style, so formatted here.
 * - `gbt` — GB/T 7714-2015, as an online resource, by citation-js with the CSL project's GB/T 7714-2015 style
 *   (src/lib/csl/). Type code [A/OL]: the cited work is an official document (公文) with a document number, kept and
 *   published by the issuing government — GB/T 7714's 档案 (A), which the CSL style maps from the CSL types for
 *   regulations and legislation — read online (OL). [EB/OL] (电子公告) would describe a web posting, which the plan is
 *   not: the web page is only where it was read. The date in parentheses is 发布日期 (the date the page was published),
 *   the date in brackets the access date (引用日期).
 * - `english` — Bluebook-like: issuer, English title [Chinese title], document number, pinpoint, (date written),
 *   what the text is, URL. Not a CSL style, so formatted here.
 *
 * Which text each cites: the two Chinese styles cite the Chinese text (authoritative) and link to the Chinese page,
 * whatever the page's language. The English style cites the text of the page it is on: on an English page our
 * translation ("unofficial translation; the Chinese text prevails") and its English permalink; on a Chinese page
 * the Chinese text ("in Chinese") and its permalink. Measure and sentence citations link to this site's permalink
 * (/measures/18/#s3), where that exact text is; the document's citations link to the official page. The access
 * date is the build date (src/lib/build-info.ts): the day the site's text was checked against content/.
 */
import { buildDate } from './build-info.ts';
import { dateParts, gbt7714, type CslItem } from './csl.ts';
import { type Locale, partNumeral, subpartNumeral } from './labels.ts';
import { absoluteUrl, measurePath, sentenceId } from './locale.ts';
import { getMeasure, getPlan, type Measure, type Plan } from './plan.ts';
import { siteOrigin } from './site-config.ts';

export interface Citations {
	/** 公文 style: 《…》（京政办发〔2023〕23号）三、（三）18.第3句 */
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
/** The site's origin and the build date. */
export const defaultCiteOptions = (): CiteOptions => ({ origin: siteOrigin, accessed: buildDate() });

const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
/** 2023-10-24 → "Oct. 24, 2023" (Bluebook's month abbreviations). */
export function bluebookDate(iso: string): string {
	const [[y, m, d]] = dateParts(iso)['date-parts'];
	return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** The document number in English: "Jing Zheng Ban Fa [2023] No. 23" (the data's rendering without the Chinese). */
export function docNumberEn(plan: Plan): string {
	const value = plan.document.about.metadataEn?.发文字号;
	if (!value) throw new Error('citation: content/plan/document.yaml about.metadataEn.发文字号 is missing');
	return value.replace(/\s*\([^)]*\)\s*$/, '');
}

/** Where a measure sits, as the Chinese text numbers it: 三、（三）18. (part 四: 四、38.) */
export function measurePlaceZh(measure: Measure): string {
	return `${measure.part}、${measure.group ? `（${measure.group}）` : ''}${measure.number}.`;
}
/** Where a measure sits, in English: pt. III(3), measure 18 (part 四: pt. IV, measure 38). */
export function measurePlaceEn(measure: Measure): string {
	const group = measure.group ? `(${subpartNumeral(measure.group, 'en')})` : '';
	return `pt. ${partNumeral(measure.part, 'en')}${group}, measure ${measure.number}`;
}

/** The permalink of a measure (and sentence, numbered from 1) in a language. */
export function permalink(locale: Locale, measure: number, sentence: number | undefined, origin: string): string {
	const fragment = sentence === undefined ? '' : `#${sentenceId(sentence - 1)}`;
	return absoluteUrl(measurePath(locale, measure) + fragment, origin);
}

export const DOCUMENT_ID = 'jzbf-2023-23';
/** The CSL-JSON item for the document (official URL) or a measure (this site's Chinese page). */
export function cslItem(plan: Plan, measure: Measure | undefined, options: CiteOptions): CslItem {
	const { metadata, about, plan: text } = plan.document;
	const place = measure ? measurePlaceZh(measure) : undefined;
	return {
		id: measure ? `${DOCUMENT_ID}-m${measure.number}` : DOCUMENT_ID,
		type: 'regulation',
		title: text.title.zh,
		number: metadata.发文字号,
		author: [{ literal: metadata.发文机构 }],
		issued: dateParts(metadata.发布日期),
		accessed: dateParts(options.accessed),
		URL: measure ? permalink('zh', measure.number, undefined, options.origin) : about.officialUrl,
		language: 'zh-CN',
		...(place ? { section: place } : {}),
		note: place ? `${metadata.发文字号}，${place}` : metadata.发文字号,
	};
}

function cite(
	plan: Plan,
	measure: Measure | undefined,
	sentence: number | undefined,
	locale: Locale,
	options: CiteOptions,
): Citations {
	const { metadata, about, plan: text } = plan.document;
	if (
		measure &&
		sentence !== undefined &&
		!(Number.isInteger(sentence) && sentence >= 1 && sentence <= measure.sentences.length)
	)
		throw new Error(`citation: measure ${measure.number} has sentences 1–${measure.sentences.length}, got ${sentence}`);
	const item = cslItem(plan, measure, options);
	if (measure) item.URL = permalink('zh', measure.number, sentence, options.origin);
	const issuerEn = about.metadataEn?.发文机构;
	const titleEn = text.title.en;
	if (!issuerEn || !titleEn)
		throw new Error('citation: the English issuer or title is missing from content/plan/document.yaml');
	const pinpoint = measure
		? `, ${measurePlaceEn(measure)}${sentence === undefined ? '' : `, sentence ${sentence}`}`
		: '';
	const what = measure && locale === 'en' ? 'unofficial translation; the Chinese text prevails' : 'in Chinese';
	const url = measure ? permalink(locale, measure.number, sentence, options.origin) : about.officialUrl;
	return {
		gongwen:
			`《${text.title.zh}》（${metadata.发文字号}）` +
			(measure ? measurePlaceZh(measure) : '') +
			(sentence === undefined ? '' : `第${sentence}句`),
		gbt: gbt7714(item),
		english: `${issuerEn}, ${titleEn} [${text.title.zh}], ${docNumberEn(plan)}${pinpoint} (${bluebookDate(metadata.成文日期)}) (${what}), ${url}.`,
	};
}

/** The document's citations (linking to the official page). */
export function documentCitations(locale: Locale, options = defaultCiteOptions(), plan = getPlan()): Citations {
	return cite(plan, undefined, undefined, locale, options);
}
/** A measure's citations, as shown on its page in `locale`. */
export function measureCitations(
	measure: number,
	locale: Locale,
	options = defaultCiteOptions(),
	plan = getPlan(),
): Citations {
	return cite(plan, getMeasure(plan, measure), undefined, locale, options);
}
/**
 * The three citations of one sentence — `sentence` numbered from 1 as in its anchor (sentence 3 is #s3) — for the
 * page in `locale`, as plain strings ready for the clipboard: `{ gongwen, gbt, english }`. Throws on a measure or
 * sentence that does not exist. Defaults: this site's origin and the build date as the access date.
 *
 *     sentenceCitations(18, 3, 'en').english
 *     // "General Office of the Beijing Municipal People's Government, Implementation Plan … [北京市…实施方案],
 *     //  Jing Zheng Ban Fa [2023] No. 23, pt. III(3), measure 18, sentence 3 (Oct. 24, 2023) (unofficial
 *     //  translation; the Chinese text prevails), https://…/en/measures/18/#s3."
 */
export function sentenceCitations(
	measure: number,
	sentence: number,
	locale: Locale,
	options = defaultCiteOptions(),
	plan = getPlan(),
): Citations {
	return cite(plan, getMeasure(plan, measure), sentence, locale, options);
}
