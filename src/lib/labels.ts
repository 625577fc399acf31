/** Labels for parts, task groups and measures in each language, from the i18n strings and the plan data. */
import { fromNumeral } from './numerals.ts';
import type { Localized } from './plan.ts';

import type zhStrings from '../content/i18n/zh-CN.json';

export type Locale = 'zh' | 'en';
/** The UI strings of one language, as Starlight's `t.all()` gives them (or as read from the i18n files). */
export type Strings = { readonly [key: string]: unknown };
/** A key of the project's UI strings (declared once, by src/content/i18n/zh-CN.json). */
export type UiKey = keyof typeof zhStrings;

/** The UI string `key`; a missing one is a bug, so it throws. */
export function uiString(strings: Strings, key: UiKey): string {
	const value = strings[key];
	if (typeof value !== 'string') throw new Error(`UI string "${key}" is missing: add it to src/content/i18n/*.json`);
	return value;
}

/** Fill {{name}} placeholders; a missing value is a bug, so it throws. */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
		const value = values[name];
		if (value === undefined)
			throw new Error(`format: template "${template}" needs {{${name}}}, got ${JSON.stringify(values)}`);
		return String(value);
	});
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The numeral as each language writes it: 三 in Chinese, III (parts) or 3 (sub-parts) in English. */
export function partNumeral(numeral: string, locale: Locale): string {
	return locale === 'zh' ? numeral : ROMAN[fromNumeral(numeral) - 1]!;
}
export function subpartNumeral(numeral: string, locale: Locale): string {
	return locale === 'zh' ? numeral : String(fromNumeral(numeral));
}

/** Text in the locale, falling back to Chinese while a translation is missing. */
export function localized(text: Localized, locale: Locale): string {
	return locale === 'en' ? (text.en ?? text.zh) : text.zh;
}

export function partLabel(strings: Strings, locale: Locale, numeral: string, title: Localized): string {
	return format(uiString(strings, 'part.label'), {
		numeral: partNumeral(numeral, locale),
		title: localized(title, locale),
	});
}
export function groupLabel(strings: Strings, locale: Locale, numeral: string, title: Localized): string {
	return format(uiString(strings, 'group.label'), {
		numeral: subpartNumeral(numeral, locale),
		title: localized(title, locale),
	});
}
export function measureLabel(strings: Strings, locale: Locale, n: number, title: Localized): string {
	return format(uiString(strings, 'measure.label'), { n, title: localized(title, locale) });
}

/** Punctuation around inserted labels, as each language writes it: full-width in Chinese. */
export const PUNCTUATION = {
	zh: { open: '（', close: '）', colon: '：', list: '、' },
	en: { open: '(', close: ')', colon: ': ', list: ', ' },
} as const satisfies Record<Locale, Record<string, string>>;

/** A YYYY-MM-DD date as each language writes it: 2023年10月24日, October 24, 2023. */
export function longDate(iso: string, locale: Locale): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) throw new Error(`longDate: expected a date YYYY-MM-DD, got "${iso}"`);
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (locale === 'zh') return `${y}年${mo}月${d}日`;
	return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, mo - 1, d));
}
