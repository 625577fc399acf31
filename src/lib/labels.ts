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

/**
 * The plural forms of the UI strings, i18next's scheme: a count string is stored as `key_<form>`, one key per form
 * that Intl.PluralRules gives the language (English `_one` and `_other`; Chinese only `_other`), each with
 * {{count}}. The i18n unit test keeps both files to it.
 */
export const PLURAL_LOCALES: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };
export const pluralForms = (locale: Locale): Intl.LDMLPluralRule[] =>
	new Intl.PluralRules(PLURAL_LOCALES[locale]).resolvedOptions().pluralCategories;
/** A key of a count string, without its plural suffix. */
export type PluralKey = { [K in UiKey]: K extends `${infer Base}_other` ? Base : never }[UiKey];

/** The forms of one count string in a language: what `plural` chooses from, and what a client script is given. */
export interface PluralTemplates {
	/** The language for Intl.PluralRules. */
	lang: string;
	forms: Partial<Record<Intl.LDMLPluralRule, string>>;
}

/** The forms of the count string `key` in the locale (every form the language has; a missing one is a bug). */
export function pluralTemplates(strings: Strings, locale: Locale, key: PluralKey): PluralTemplates {
	const forms: PluralTemplates['forms'] = {};
	for (const form of pluralForms(locale)) {
		const template = strings[`${key}_${form}`];
		if (typeof template !== 'string')
			throw new Error(`UI string "${key}_${form}" is missing: add it to src/content/i18n/*.json (plural form ${form})`);
		forms[form] = template;
	}
	return { lang: PLURAL_LOCALES[locale], forms };
}

/** A count string for `count`: the form Intl.PluralRules chooses, its {{count}} and other placeholders filled. */
export function formatPlural(
	templates: PluralTemplates,
	count: number,
	values: Record<string, string | number> = {},
): string {
	const form = new Intl.PluralRules(templates.lang).select(count);
	const template = templates.forms[form] ?? templates.forms.other;
	if (template === undefined) throw new Error(`formatPlural: no form ${form} in ${JSON.stringify(templates)}`);
	return format(template, { ...values, count });
}

/** The count string `key` for `count` in the locale's plural form ("1 measure", "2 measures"; "2 项措施"). */
export const plural = (
	strings: Strings,
	locale: Locale,
	key: PluralKey,
	count: number,
	values: Record<string, string | number> = {},
): string => formatPlural(pluralTemplates(strings, locale, key), count, values);

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
