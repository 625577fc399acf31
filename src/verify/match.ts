/**
 * Checking a quote against the plan, without a DOM: the quote is normalised (normalize.ts), then looked for verbatim
 * in every sentence and in every two consecutive sentences of one text (`exact`); failing that, the passages that
 * share most of its character pairs (Chinese) or word pairs (English) are aligned with it by `diff` and the most
 * similar one above THRESHOLD is a misquote of it (`close`), with the difference; else nothing in the plan says it.
 */
import { diffChars, diffWords } from 'diff';
import type { PlanSentence } from '../lib/sentences.ts';
import { normalize, prepareQuote, type Lang, type Normalized, type ToSimplified } from './normalize.ts';

export type Verdict = 'exact' | 'close' | 'none';
/** A stretch of the aligned text: in both, only in the official text (`removed`), or only in the quote (`added`). */
export interface Part {
	kind: 'same' | 'removed' | 'added';
	text: string;
}
export interface Match {
	verdict: Exclude<Verdict, 'none'>;
	/** One sentence, or two consecutive ones the quote runs across; the first is the one to link to. */
	sentences: PlanSentence[];
	/** 2 × characters in common / (characters of quote + of aligned passage), after normalising: 1 when exact. */
	similarity: number;
	/** For `close`: the quote against the passage it misquotes, as written (official text from the plan). */
	diff?: Part[];
}
export interface Result {
	verdict: Verdict;
	lang: Lang;
	/** The quote as matched (simplified characters). */
	quote: string;
	best?: Match;
	/** Other places that say it too (exact) or nearly (close), best first. */
	others: Match[];
}

/** Below this similarity a passage is not the one quoted. */
export const THRESHOLD = 0.6;
const MAX_OTHERS = 3;
/** How many passages, by shared character or word pairs, are aligned in full. */
const SHORTLIST = 8;

interface Candidate extends Normalized {
	sentences: PlanSentence[];
	/** The sentences' text in the language matched, joined as the page shows them. */
	source: string;
	/** Where the second sentence starts in `key` (the key's length for one sentence). */
	split: number;
	grams: Set<string>;
}
export interface Index {
	zh: Candidate[];
	en: Candidate[];
}

const tokens = (key: string, lang: Lang): string[] =>
	lang === 'zh' ? [...key] : key.split(' ').map((w) => w.replace(/^[^\p{L}\p{N}%]+|[^\p{L}\p{N}%]+$/gu, ''));
const grams = (key: string, lang: Lang): string[] => {
	const t = tokens(key, lang);
	return t.length < 2 ? t : t.slice(1).map((w, i) => `${t[i]}${lang === 'zh' ? '' : ' '}${w}`);
};

function candidate(sentences: PlanSentence[], lang: Lang): Candidate | undefined {
	const texts = sentences.map((s) => s[lang]);
	if (texts.some((t) => !t)) return undefined;
	const source = texts.join(lang === 'zh' ? '' : ' ');
	const { key, map } = normalize(source, lang);
	const split = sentences.length > 1 ? normalize(texts[0]!, lang).key.length + (lang === 'en' ? 1 : 0) : key.length;
	return { sentences, source, key, map, split, grams: new Set(grams(key, lang)) };
}

/** Every sentence, then every two consecutive sentences of one text, in each language. */
export function buildIndex(sentences: readonly PlanSentence[]): Index {
	const passages = [
		...sentences.map((s) => [s]),
		...sentences.slice(1).flatMap((s, i) => (sentences[i]!.text === s.text ? [[sentences[i]!, s]] : [])),
	];
	const make = (lang: Lang) => passages.flatMap((p) => candidate(p, lang) ?? []);
	return { zh: make('zh'), en: make('en') };
}

/** The text of key[a, b) as the source writes it. */
const slice = (source: string, n: Normalized, a: number, b: number) =>
	source.slice(n.map[a], b < n.map.length ? n.map[b] : source.length);

/** Where a stretch of the candidate as long as the quote shares most character pairs with it. */
function bestStart(c: Candidate, quote: string): number {
	const size = quote.length;
	if (c.key.length <= size) return 0;
	const want = new Map<string, number>();
	for (const g of grams(quote, 'zh')) want.set(g, (want.get(g) ?? 0) + 1);
	// Slide a window of the quote's length over the key, counting the character pairs it shares with the quote.
	const have = new Map<string, number>();
	const pair = (i: number) => c.key.slice(i, i + 2);
	let shared = 0;
	const add = (g: string, d: 1 | -1) => {
		const h = have.get(g) ?? 0;
		const w = want.get(g) ?? 0;
		if (d === 1 && h < w) shared++;
		if (d === -1 && h <= w) shared--;
		have.set(g, h + d);
	};
	for (let i = 0; i < size - 1; i++) add(pair(i), 1);
	let best = 0;
	let bestShared = shared;
	for (let start = 1; start + size <= c.key.length; start++) {
		add(pair(start - 1), -1);
		add(pair(start + size - 2), 1);
		if (shared > bestShared) [best, bestShared] = [start, shared];
	}
	return best;
}

/**
 * Align the quote with the stretch of the candidate most like it, widened by a few margins (diff needs room to find
 * the edges; too much room lets it match stray characters): the most similar alignment, trimmed to the quote.
 */
function align(c: Candidate, q: Normalized & { text: string }, lang: Lang): Match {
	const start = bestStart(c, q.key);
	const size = q.key.length;
	return [0, 2, 4, Math.ceil(size / 4) + 4, Math.ceil(size / 2) + 8]
		.map((pad) => alignIn(c, q, lang, Math.max(0, start - pad), Math.min(c.key.length, start + size + pad)))
		.reduce((a, b) => (b.similarity > a.similarity ? b : a));
}

function alignIn(c: Candidate, q: Normalized & { text: string }, lang: Lang, from: number, to: number): Match {
	const changes = (lang === 'zh' ? diffChars : diffWords)(c.key.slice(from, to), q.key);
	let w = from;
	let k = 0;
	const parts: (Part & { at: number })[] = [];
	for (const change of changes) {
		const n = change.value.length;
		if (change.added) {
			parts.push({ kind: 'added', text: slice(q.text, q, k, k + n), at: w });
			k += n;
		} else {
			parts.push({ kind: change.removed ? 'removed' : 'same', text: slice(c.source, c, w, w + n), at: w });
			w += n;
			if (!change.removed) k += n;
		}
	}
	// The official text before and after the quote is context, not a difference.
	while (parts[0]?.kind === 'removed') parts.shift();
	while (parts.at(-1)?.kind === 'removed') parts.pop();
	const same = parts.filter((p) => p.kind === 'same');
	const common = same.reduce((n, p) => n + normalize(p.text, lang).key.length, 0);
	const official = parts.filter((p) => p.kind !== 'added').reduce((n, p) => n + normalize(p.text, lang).key.length, 0);
	const first = parts[0]?.at ?? from;
	const last = parts.findLast((p) => p.kind !== 'added');
	const end = last ? last.at + normalize(last.text, lang).key.length : first;
	// A passage of two sentences counts as one when the quote stays within one of them.
	const sentences =
		c.sentences.length === 1
			? c.sentences
			: end <= c.split
				? [c.sentences[0]!]
				: first >= c.split
					? [c.sentences[1]!]
					: c.sentences;
	return {
		verdict: 'close',
		sentences,
		similarity: (2 * common) / (q.key.length + official),
		diff: parts.map(({ kind, text }) => ({ kind, text })),
	};
}

const anchors = (m: Match) => m.sentences.map((s) => `${s.path}#${s.anchor}`).join(' ');

/** Check a quote against the plan; `undefined` when there is nothing to check. */
export function checkQuote(index: Index, raw: string, toSimplified: ToSimplified): Result | undefined {
	const q = prepareQuote(raw, toSimplified);
	if (!q.key) return undefined;
	const { lang } = q;
	const candidates = index[lang];
	const exact = candidates.filter((c) => c.key.includes(q.key));
	// A passage of two sentences is exact only for a quote that runs across both.
	const singles = exact.filter((c) => c.sentences.length === 1);
	const spans = exact.filter(
		(c) => c.sentences.length === 2 && !singles.some((s) => c.sentences.includes(s.sentences[0]!)),
	);
	const found = [...singles, ...spans].map((c): Match => ({ verdict: 'exact', sentences: c.sentences, similarity: 1 }));
	if (found.length) {
		const [best, ...others] = found;
		return { verdict: 'exact', lang, quote: q.text, best, others: others.slice(0, MAX_OTHERS) };
	}
	const want = grams(q.key, lang);
	const shortlist = candidates
		.map((c) => ({ c, shared: want.filter((g) => c.grams.has(g)).length }))
		.filter((x) => x.shared > 0)
		.sort((a, b) => b.shared - a.shared || a.c.sentences.length - b.c.sentences.length)
		.slice(0, SHORTLIST);
	const seen = new Set<string>();
	const close = shortlist
		.map(({ c }) => align(c, q, lang))
		.filter((m) => m.similarity >= THRESHOLD)
		.sort((a, b) => b.similarity - a.similarity || a.sentences.length - b.sentences.length)
		.filter((m) => !seen.has(anchors(m)) && !!seen.add(anchors(m)));
	const [best, ...others] = close;
	return best
		? { verdict: 'close', lang, quote: q.text, best, others: others.slice(0, MAX_OTHERS) }
		: { verdict: 'none', lang, quote: q.text, others: [] };
}
