/**
 * Rule: every in-brief restates its measure in fewer, plainer words, in each language.
 *
 * The in-brief is what the page shows under 要点速览 / "In brief" above the offers: the frontmatter `summary`, and
 * `whoActs` where the page has one (it is printed in the same box and read as part of it), so both are checked.
 *
 * (a) Length. The summary and the whoActs line together are at most 60 % of the length of the measure's text in that
 *     language. The text is the measure's sentences after its heading (s1 is the measure's title, already printed
 *     above the in-brief); the units are
 *     - Chinese: plain characters, i.e. letters and digits (every Han character, every Latin letter, every digit);
 *       spaces and punctuation (，。、；：“”（）% …) are not counted;
 *     - English: words, i.e. runs of letters and digits, joined by an apostrophe, hyphen, ampersand or point inside
 *       them ("sci-tech", "R&D", "2.5" are one word each; a Chinese name in brackets counts as one word).
 * (b) No copied run, against the whole text of the measure in that language (heading included):
 *     - Chinese: no run of 20 or more plain characters in a row that the Chinese text has in the same order
 *       (punctuation is skipped on both sides, so changing only the punctuation does not break a copied run);
 *     - English: no run of 8 or more consecutive words that the English text has (case and punctuation ignored).
 *     A proper name in the glossary (an authority, institution, market, platform, fund, programme or region, in its
 *     glossary wording or a listed variant) counts as one unit here: a name cannot be restated, only used, so
 *     "the Beijing Comprehensive Financial Service Platform for Micro and Small Enterprises" is one word of a run.
 *     Everything else, ordinary terms included, counts as written.
 * (c) Every number the in-brief gives occurs in the measure's text in that language (the explainers' number rule,
 *     `unstatedNumbers`, applied to each field).
 */
import type { GlossaryTerm, Sentence } from '../../../src/lib/schema.ts';
import { measureSlug, sentenceId } from '../../../src/lib/locale.ts';
import type { CheckContext } from '../context.ts';
import type { Problem } from '../problem.ts';
import { unstatedNumbers } from './explainers.ts';

type Lang = 'zh' | 'en';

/** The longest an in-brief may be, as a share of the measure's text (after the heading) in the same unit. */
export const MAX_SHARE = 0.6;
/** The shortest copied run that fails: plain characters in Chinese, words in English. */
export const MAX_RUN = { zh: 20, en: 8 } as const satisfies Record<Lang, number>;

/** One unit of length with where it stands in its string: a plain character (zh) or a word (en). */
interface Unit {
	/** What is compared: the character, or the word in lower case. */
	key: string;
	start: number;
	end: number;
}

const PLAIN = /[\p{L}\p{N}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’&.-][\p{L}\p{N}]+)*/gu;

/** Glossary categories whose terms are proper names (one unit each in the copy test). */
const NAME_CATEGORIES = new Set(['authority', 'institution', 'market', 'platform', 'fund', 'programme', 'region']);

/** The proper names of the glossary in `lang`, longest first, each with the id it stands for. */
export function namesOf(glossary: readonly GlossaryTerm[], lang: Lang): { id: string; name: string }[] {
	return glossary
		.filter((t) => NAME_CATEGORIES.has(t.category))
		.flatMap((t) =>
			(lang === 'zh' ? [t.zh, ...(t.aliases ?? [])] : [t.en, ...(t.enVariants ?? [])]).map((name) => ({
				id: t.id,
				name,
			})),
		)
		.sort((a, b) => b.name.length - a.name.length);
}

/**
 * The units of `text` in `lang`: plain characters (letters, digits) in Chinese, words in English. With `names`,
 * each occurrence of a name is one unit (the longest name wins where names overlap).
 */
export function unitsOf(text: string, lang: Lang, names: readonly { id: string; name: string }[] = []): Unit[] {
	const fold = (s: string) => (lang === 'zh' ? s : s.toLowerCase().replace(/’/g, "'"));
	const folded = fold(text);
	const spans: Unit[] = [];
	const taken = new Array<boolean>(text.length).fill(false);
	for (const { id, name } of names) {
		const needle = fold(name);
		for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
			const end = at + needle.length;
			const bounded =
				lang === 'zh' || (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? ''));
			if (!bounded || taken.slice(at, end).some(Boolean)) continue;
			taken.fill(true, at, end);
			spans.push({ key: `name:${id}`, start: at, end });
		}
	}
	const pattern = lang === 'zh' ? PLAIN : WORD;
	const plain = [...text.matchAll(pattern)]
		.filter((m) => !taken[m.index])
		.map((m) => ({ key: fold(m[0]), start: m.index, end: m.index + m[0].length }));
	return [...spans, ...plain].sort((a, b) => a.start - b.start);
}

/** The length of `text` in the rule's unit for `lang`. */
export const lengthOf = (text: string, lang: Lang): number => unitsOf(text, lang).length;

export interface CopiedRun {
	/** The run as the in-brief writes it. */
	text: string;
	/** Its length in plain characters or words as written (a name counts in full here). */
	length: number;
	/** The sentence ids of the measure's text the run comes from ("s2", or "s2–s3" across a sentence end). */
	sentences: string;
}

/**
 * The runs of at least `min` units that `claim` copies from `sentences` (in `lang`), left to right. Each run is the
 * longest one starting at its first unit; the search resumes after it, so overlapping runs are reported once.
 */
export function copiedRuns(
	claim: string,
	sentences: readonly string[],
	lang: Lang,
	min: number,
	names: readonly { id: string; name: string }[] = [],
): CopiedRun[] {
	const a = unitsOf(claim, lang, names);
	const b: { key: string; sentence: number }[] = sentences.flatMap((s, i) =>
		unitsOf(s, lang, names).map((u) => ({ key: u.key, sentence: i })),
	);
	// match[j] = length of the common run starting at a[i] and b[j], computed from the end (row i+1 kept in `next`).
	const longest: { length: number; at: number }[] = a.map(() => ({ length: 0, at: -1 }));
	let next = new Array<number>(b.length + 1).fill(0);
	for (let i = a.length - 1; i >= 0; i--) {
		const row = new Array<number>(b.length + 1).fill(0);
		for (let j = b.length - 1; j >= 0; j--)
			if (a[i]!.key === b[j]!.key) {
				row[j] = next[j + 1]! + 1;
				if (row[j]! > longest[i]!.length) longest[i] = { length: row[j]!, at: j };
			}
		next = row;
	}
	const runs: CopiedRun[] = [];
	for (let i = 0; i < a.length;) {
		const { length, at } = longest[i]!;
		if (length < min) {
			i++;
			continue;
		}
		const first = sentenceId(b[at]!.sentence);
		const last = sentenceId(b[at + length - 1]!.sentence);
		const text = withClosers(claim, a[i]!.start, a[i + length - 1]!.end);
		runs.push({
			text,
			length: lengthOf(text, lang),
			sentences: first === last ? first : `${first}–${last}`,
		});
		i += length;
	}
	return runs;
}

/** `claim` from `start` to `end`, taking in the closing brackets and quotes of what the slice opened. */
function withClosers(claim: string, start: number, end: number): string {
	let text = claim.slice(start, end);
	const open = (t: string) => (t.match(/[\p{Ps}\p{Pi}]/gu) ?? []).length - (t.match(/[\p{Pe}\p{Pf}]/gu) ?? []).length;
	while (open(text) > 0 && /[\p{Pe}\p{Pf}]/u.test(claim[end] ?? '')) text += claim[end++];
	return text;
}

const UNIT_NAME = { zh: 'characters', en: 'words' } as const satisfies Record<Lang, string>;
const quote = (text: string, lang: Lang) => (lang === 'zh' ? `「${text}」` : `"${text}"`);

export function checkInBriefs(ctx: CheckContext): Problem[] {
	const problems: Problem[] = [];
	const names = { zh: namesOf(ctx.glossary, 'zh'), en: namesOf(ctx.glossary, 'en') };
	for (const { data: measure } of ctx.measures) {
		const n = measure.measure;
		for (const lang of ['zh', 'en'] as const) {
			const page = ctx.pages.find((p) => p.locale === lang && p.slug === measureSlug(n));
			if (!page) continue; // a missing page is reported by the page checks
			const sentences = measure.sentences.map((s: Sentence) => s[lang] ?? '');
			const fields = (['summary', 'whoActs'] as const)
				.map((field) => ({ field, text: page.frontmatter[field] }))
				.filter((f): f is { field: 'summary' | 'whoActs'; text: string } => typeof f.text === 'string');
			if (!fields.length) continue; // a missing in-brief is reported by the explainer checks
			const report = (message: string, fix: string) =>
				problems.push({ file: page.file, measure: n, message: `${lang} in-brief ${message}`, fix });

			const body = sentences.slice(1).join(lang === 'zh' ? '' : ' ');
			const textLength = lengthOf(body, lang);
			const ceiling = Math.floor(textLength * MAX_SHARE);
			const length = fields.reduce((sum, f) => sum + lengthOf(f.text, lang), 0);
			if (length > ceiling) {
				const what = fields.map((f) => f.field).join(' + ');
				const share = textLength ? Math.round((100 * length) / textLength) : Infinity;
				report(
					`(${what}) is ${length} ${UNIT_NAME[lang]}, ${share} % of the text's ${textLength} after its heading`,
					`cut it to at most ${ceiling} ${UNIT_NAME[lang]} (${MAX_SHARE * 100} %): lead with who gets what and leave details to the offers and the text`,
				);
			}

			for (const { field, text } of fields) {
				for (const run of copiedRuns(text, sentences, lang, MAX_RUN[lang], names[lang]))
					report(
						`(${field}) copies ${run.length} ${UNIT_NAME[lang]} from ${run.sentences} ${quote(run.text, lang)}`,
						`restate it in plain words (at most ${MAX_RUN[lang] - 1} ${UNIT_NAME[lang]} in a row from the text; a glossary name counts as one)`,
					);
				const missing = unstatedNumbers(text, sentences.join(lang === 'zh' ? '' : ' '));
				if (missing.length)
					report(
						`(${field}) gives ${missing.join(', ')}, which the measure's ${lang} text does not state`,
						'state only numbers the measure gives, as it gives them',
					);
			}
		}
	}
	return problems;
}
