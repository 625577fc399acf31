/**
 * Normalisation for checking a quote against the plan: the same text typed with full- or half-width punctuation and
 * digits, with or without spaces, in traditional or simplified characters, gives the same key. Each key character
 * remembers where it came from (`map`), so a match or a difference is shown in the text as written.
 */
export type Lang = 'zh' | 'en';
/** A traditional → simplified converter (opencc-js, loaded on demand by the page). */
export type ToSimplified = (text: string) => string;

export interface Normalized {
	key: string;
	/** For each UTF-16 unit of `key`, the index in the source text of the character it comes from. */
	map: number[];
}

/** Characters that NFKC leaves as they are but a half-width keyboard types differently. */
const WIDTH: Readonly<Record<string, string>> = {
	'。': '.',
	'“': '"',
	'”': '"',
	'‘': "'",
	'’': "'",
};

/** Chinese if the text has any Han character, else English. */
export const quoteLang = (text: string): Lang => (/\p{Script=Han}/u.test(text) ? 'zh' : 'en');

/**
 * The key of a text: NFKC (full-width letters, digits and punctuation become half-width), the few punctuation marks
 * NFKC keeps, whitespace removed in Chinese and collapsed to one space in English, English lower-cased.
 */
export function normalize(text: string, lang: Lang): Normalized {
	let key = '';
	const map: number[] = [];
	let at = 0;
	for (const ch of text) {
		let out = ch.normalize('NFKC');
		out = WIDTH[out] ?? out;
		if (lang === 'en') out = out.toLowerCase();
		if (/^\s+$/u.test(out)) out = lang === 'zh' || key === '' || key.endsWith(' ') ? '' : ' ';
		for (let k = 0; k < out.length; k++) map.push(at);
		key += out;
		at += ch.length;
	}
	if (key.endsWith(' ')) {
		key = key.slice(0, -1);
		map.pop();
	}
	return { key, map };
}

/** Quote marks, brackets and sentence punctuation around a quote are not part of it (a % sign is). */
const OUTER = /[\s\p{P}]/u;
const KEEP = new Set(['%', '(', ')']);

/** A pasted quote, ready to match: simplified, normalised, without the punctuation around it. */
export function prepareQuote(raw: string, toSimplified: ToSimplified): { lang: Lang; text: string } & Normalized {
	const lang = quoteLang(raw);
	const text = lang === 'zh' ? toSimplified(raw) : raw;
	let { key, map } = normalize(text, lang);
	let start = 0;
	let end = key.length;
	const outer = (c: string) => OUTER.test(c) && !KEEP.has(c);
	while (start < end && outer(key[start]!)) start++;
	while (end > start && outer(key[end - 1]!)) end--;
	if (key[start] === '(' && !key.slice(start, end).includes(')')) start++;
	if (key[end - 1] === ')' && !key.slice(start, end).includes('(')) end--;
	key = key.slice(start, end);
	map = map.slice(start, end);
	return { lang, text, key, map };
}
