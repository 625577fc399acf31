/** The Legislation JSON-LD of the document (home page) and of measure 18, in both languages: every field by hand. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentJsonLd, jsonLdScript, measureJsonLd } from '../../src/lib/jsonld.ts';
import { getMeasure } from '../../src/lib/plan.ts';
import { liveData } from './helpers.ts';
import { STRINGS } from './fixtures/strings.ts';

const ORIGIN = 'https://example.org';
const { plan } = liveData();
const m18 = getMeasure(plan, 18);
const TITLE_ZH = '北京市中关村国家自主创新示范区建设科创金融改革试验区实施方案';
const TITLE_EN =
	'Implementation Plan for Building the Sci-Tech Finance Reform Pilot Zone in the Zhongguancun National Independent Innovation Demonstration Zone, Beijing';

test('measure 18 in Chinese: part of the document, position 18, its English translation named', () => {
	assert.deepEqual(measureJsonLd(plan, m18, STRINGS.zh, 'zh', ORIGIN), {
		'@context': 'https://schema.org',
		'@type': 'Legislation',
		'@id': 'https://example.org/measures/18/',
		url: 'https://example.org/measures/18/',
		name: '18. 优化科创融资担保体系',
		position: 18,
		inLanguage: 'zh-CN',
		encoding: {
			'@type': 'LegislationObject',
			contentUrl: 'https://example.org/measures/18/',
			encodingFormat: 'text/html',
			inLanguage: 'zh-CN',
			legislationLegalValue: 'UnofficialLegalValue',
		},
		isPartOf: {
			'@type': 'Legislation',
			'@id': 'https://example.org/',
			name: TITLE_ZH,
			legislationIdentifier: '京政办发〔2023〕23号',
		},
		workTranslation: { '@id': 'https://example.org/en/measures/18/' },
	});
});

test('measure 18 in English: a translation of the Chinese page', () => {
	assert.deepEqual(measureJsonLd(plan, m18, STRINGS.en, 'en', ORIGIN), {
		'@context': 'https://schema.org',
		'@type': 'Legislation',
		'@id': 'https://example.org/en/measures/18/',
		url: 'https://example.org/en/measures/18/',
		name: '18. Optimize the sci-tech financing guarantee system',
		position: 18,
		inLanguage: 'en',
		encoding: {
			'@type': 'LegislationObject',
			contentUrl: 'https://example.org/en/measures/18/',
			encodingFormat: 'text/html',
			inLanguage: 'en',
			legislationLegalValue: 'UnofficialLegalValue',
		},
		isPartOf: {
			'@type': 'Legislation',
			'@id': 'https://example.org/en/',
			name: TITLE_EN,
			legislationIdentifier: '京政办发〔2023〕23号',
		},
		translationOfWork: { '@id': 'https://example.org/measures/18/' },
	});
});

const documentFields = (locale: 'zh' | 'en') => {
	const { hasPart, ...rest } = documentJsonLd(plan, STRINGS[locale], locale, ORIGIN) as unknown as Record<
		string,
		unknown
	> & {
		hasPart: { '@id': string; name: string; position: number }[];
	};
	return { rest, hasPart };
};

test('the document in Chinese: identifier, issuer, jurisdiction, dates, legal value, source, translation', () => {
	const { rest, hasPart } = documentFields('zh');
	assert.deepEqual(rest, {
		'@context': 'https://schema.org',
		'@type': 'Legislation',
		'@id': 'https://example.org/',
		url: 'https://example.org/',
		name: TITLE_ZH,
		inLanguage: 'zh-CN',
		legislationIdentifier: '京政办发〔2023〕23号',
		legislationType: '实施方案',
		legislationPassedBy: { '@type': 'GovernmentOrganization', name: '北京市人民政府办公厅' },
		author: { '@type': 'GovernmentOrganization', name: '北京市人民政府办公厅' },
		legislationJurisdiction: { '@type': 'AdministrativeArea', name: '北京市' },
		legislationDate: '2023-10-24',
		datePublished: '2023-10-27',
		legislationDateOfApplicability: '2023-10-26',
		encoding: {
			'@type': 'LegislationObject',
			contentUrl: 'https://example.org/',
			encodingFormat: 'text/html',
			inLanguage: 'zh-CN',
			legislationLegalValue: 'UnofficialLegalValue',
		},
		isBasedOn: {
			'@type': 'LegislationObject',
			url: 'http://www.beijing.gov.cn/zhengce/zfwj/zfwj2016/bgtwj/202310/t20231027_3289238.html',
			inLanguage: 'zh-CN',
			legislationIdentifier: '京政办发〔2023〕23号',
			legislationLegalValue: 'OfficialLegalValue',
		},
		workTranslation: { '@id': 'https://example.org/en/' },
	});
	assert.equal(hasPart.length, 41);
	assert.deepEqual(hasPart[17], {
		'@type': 'Legislation',
		'@id': 'https://example.org/measures/18/',
		url: 'https://example.org/measures/18/',
		name: '18. 优化科创融资担保体系',
		position: 18,
	});
	assert.deepEqual(
		hasPart.map((p) => p.position),
		Array.from({ length: 41 }, (_, i) => i + 1),
	);
});

test('the document in English: names in English, the identifier as issued, a translation of the Chinese home page', () => {
	const { rest, hasPart } = documentFields('en');
	assert.equal(rest['@id'], 'https://example.org/en/');
	assert.equal(rest.name, TITLE_EN);
	assert.equal(rest.inLanguage, 'en');
	assert.equal(rest.legislationIdentifier, '京政办发〔2023〕23号');
	assert.equal(rest.legislationType, 'Implementation plan');
	assert.deepEqual(rest.legislationPassedBy, {
		'@type': 'GovernmentOrganization',
		name: "General Office of the Beijing Municipal People's Government",
	});
	assert.deepEqual(rest.legislationJurisdiction, { '@type': 'AdministrativeArea', name: 'Beijing' });
	assert.deepEqual(rest.encoding, {
		'@type': 'LegislationObject',
		contentUrl: 'https://example.org/en/',
		encodingFormat: 'text/html',
		inLanguage: 'en',
		legislationLegalValue: 'UnofficialLegalValue',
	});
	assert.deepEqual(rest.translationOfWork, { '@id': 'https://example.org/' });
	assert.equal(rest.workTranslation, undefined);
	assert.deepEqual(hasPart[17], {
		'@type': 'Legislation',
		'@id': 'https://example.org/en/measures/18/',
		url: 'https://example.org/en/measures/18/',
		name: '18. Optimize the sci-tech financing guarantee system',
		position: 18,
	});
});

test('jsonLdScript escapes < so no text can close the script element', () => {
	assert.equal(jsonLdScript({ a: '</script><b>' }), '{"a":"\\u003c/script>\\u003cb>"}');
	assert.deepEqual(JSON.parse(jsonLdScript({ a: '</script>' })), { a: '</script>' });
});
