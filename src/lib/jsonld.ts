/**
 * schema.org `Legislation` JSON-LD for the home page (the document) and each measure page, built from the plan data
 * at build time; routeData.ts puts it in the head. Every value comes from content/plan/document.yaml or the
 * measures: identifier, issuer, dates, titles. The site's copy has no special legal standing — it republishes the
 * official page (`isBasedOn`, published by the issuer itself: OfficialLegalValue) — so both languages here are
 * `UnofficialLegalValue`; the English page is a translation of the Chinese one (`translationOfWork`), which is the
 * text that prevails. schema.org gives a legal value to a LegislationObject (one publication of the text), so each
 * page states its own as its `encoding`.
 */
import type { GovernmentOrganization, Legislation, LegislationObject, WithContext } from 'schema-dts';
import { localized, measureLabel, type Locale, type Strings } from './labels.ts';
import { absoluteUrl, htmlLang, localePath, measurePath, otherLocale } from './locale.ts';
import { documentFacts } from './document.ts';
import type { Measure, Plan } from './plan.ts';

/** Where the plan applies; the document is issued by the Beijing municipal government's General Office. */
const JURISDICTION = { zh: '北京市', en: 'Beijing' } as const satisfies Record<Locale, string>;
/** What kind of text it is, in the title's own word (…实施方案). */
const LEGISLATION_TYPE = { zh: '实施方案', en: 'Implementation plan' } as const satisfies Record<Locale, string>;

export const homeUrl = (locale: Locale, origin: string): string => absoluteUrl(localePath(locale, '/'), origin);
export const measureUrl = (locale: Locale, n: number, origin: string): string =>
	absoluteUrl(measurePath(locale, n), origin);

function issuer(plan: Plan, locale: Locale): GovernmentOrganization {
	return { '@type': 'GovernmentOrganization', name: documentFacts(plan.document, locale).issuer };
}

/** This page as a publication of the text: HTML, in its language, without legal standing of its own. */
const thisPublication = (url: string, locale: Locale): LegislationObject => ({
	'@type': 'LegislationObject',
	contentUrl: url,
	encodingFormat: 'text/html',
	inLanguage: htmlLang(locale),
	legislationLegalValue: 'UnofficialLegalValue',
});

/** The language pairing: a Chinese page names its English translation; an English page names its original. */
function translation(locale: Locale, otherUrl: string): Partial<Legislation> {
	return locale === 'zh' ? { workTranslation: { '@id': otherUrl } } : { translationOfWork: { '@id': otherUrl } };
}

/** The document as a whole: the home page. */
export function documentJsonLd(plan: Plan, strings: Strings, locale: Locale, origin: string): WithContext<Legislation> {
	const { metadata, about, plan: text } = plan.document;
	const url = homeUrl(locale, origin);
	return {
		'@context': 'https://schema.org',
		'@type': 'Legislation',
		'@id': url,
		url,
		name: localized(text.title, locale),
		inLanguage: htmlLang(locale),
		legislationIdentifier: metadata.发文字号,
		legislationType: LEGISLATION_TYPE[locale],
		legislationPassedBy: issuer(plan, locale),
		author: issuer(plan, locale),
		legislationJurisdiction: { '@type': 'AdministrativeArea', name: JURISDICTION[locale] },
		legislationDate: metadata.成文日期,
		datePublished: metadata.发布日期,
		legislationDateOfApplicability: metadata.实施日期,
		encoding: thisPublication(url, locale),
		isBasedOn: {
			'@type': 'LegislationObject',
			url: about.officialUrl,
			inLanguage: htmlLang('zh'),
			legislationIdentifier: metadata.发文字号,
			legislationLegalValue: 'OfficialLegalValue',
		},
		...translation(locale, homeUrl(otherLocale(locale), origin)),
		hasPart: plan.measures.map((m) => ({
			'@type': 'Legislation',
			'@id': measureUrl(locale, m.number, origin),
			url: measureUrl(locale, m.number, origin),
			name: measureLabel(strings, locale, m.number, m.title),
			position: m.number,
		})),
	};
}

/** One measure: part of the document, at its number's position. */
export function measureJsonLd(
	plan: Plan,
	measure: Measure,
	strings: Strings,
	locale: Locale,
	origin: string,
): WithContext<Legislation> {
	const { metadata, plan: text } = plan.document;
	const url = measureUrl(locale, measure.number, origin);
	return {
		'@context': 'https://schema.org',
		'@type': 'Legislation',
		'@id': url,
		url,
		name: measureLabel(strings, locale, measure.number, measure.title),
		position: measure.number,
		inLanguage: htmlLang(locale),
		encoding: thisPublication(url, locale),
		isPartOf: {
			'@type': 'Legislation',
			'@id': homeUrl(locale, origin),
			name: localized(text.title, locale),
			legislationIdentifier: metadata.发文字号,
		},
		...translation(locale, measureUrl(otherLocale(locale), measure.number, origin)),
	};
}

/**
 * JSON for a <script type="application/ld+json">: `<` escaped so no text can close the element (the plan's text has
 * none today, but the escape keeps that true whatever it says).
 */
export const jsonLdScript = (data: object): string => JSON.stringify(data).replace(/</g, '\\u003c');
