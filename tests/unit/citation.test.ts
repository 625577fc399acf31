/**
 * Citations of measure 18, sentence 3, in each style, on the Chinese and the English page, and the measure's RIS,
 * BibTeX and CSL-JSON files. Every expected string is written by hand from the style's rules:
 * - 公文: 《标题》（文号）, then the item as the site names it (第18项; items, not articles: README "Why 第18项") and
 *   第3句; texts outside the items by their heading (二、工作目标（一）) or name (印发通知, 方案引言);
 * - GB/T 7714-2015 (4.1/4.6, 8.x): 主要责任者. 题名: 其他题名信息[A/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 * - Bluebook-like: Issuer, English Title [Chinese title], No., pinpoint (Date) (what the text is), URL.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	cslItem,
	measureCitations,
	placeEn,
	placeZh,
	quoteCitation,
	sentenceCitations,
} from '../../src/citation/citation.ts';
import { bibtex, cslJson, ris } from '../../src/citation/csl.ts';
import { documentFacts } from '../../src/lib/document.ts';
import { getMeasure } from '../../src/lib/plan.ts';
import { fixture, liveData } from './helpers.ts';

const options = { origin: 'https://example.org', accessed: '2026-01-15' };
const { plan } = liveData();
const TITLE = '北京市中关村国家自主创新示范区建设科创金融改革试验区实施方案';
const TITLE_EN =
	'Implementation Plan for Building the Sci-Tech Finance Reform Pilot Zone in the Zhongguancun National Independent Innovation Demonstration Zone, Beijing';
const ISSUER_EN = "General Office of the Beijing Municipal People's Government";

const GONGWEN = '《北京市中关村国家自主创新示范区建设科创金融改革试验区实施方案》（京政办发〔2023〕23号）第18项第3句';
const GBT =
	'北京市人民政府办公厅. 北京市中关村国家自主创新示范区建设科创金融改革试验区实施方案: 京政办发〔2023〕23号[A/OL]. ' +
	'(2023-10-27)[2026-01-15]. https://example.org/measures/18/#s3.';

test('measure 18, sentence 3, on the Chinese page: the Chinese styles and the English style cite the Chinese text', () => {
	assert.deepEqual(sentenceCitations(plan, 18, 3, 'zh', options), {
		gongwen: GONGWEN,
		gbt: GBT,
		english:
			`${ISSUER_EN}, ${TITLE_EN} [${TITLE}], Jing Zheng Ban Fa [2023] No. 23, pt. III(3), measure 18, sentence 3 ` +
			'(Oct. 24, 2023) (in Chinese), https://example.org/measures/18/#s3.',
	});
});

test('measure 18, sentence 3, on the English page: the English style cites our translation and its permalink', () => {
	assert.deepEqual(sentenceCitations(plan, 18, 3, 'en', options), {
		gongwen: GONGWEN,
		gbt: GBT,
		english:
			`${ISSUER_EN}, ${TITLE_EN} [${TITLE}], Jing Zheng Ban Fa [2023] No. 23, pt. III(3), measure 18, sentence 3 ` +
			'(Oct. 24, 2023) (unofficial translation; the Chinese text prevails), https://example.org/en/measures/18/#s3.',
	});
});

test('a measure of part 四 is cited by its item number too; its English pinpoint has no task group', () => {
	const c = measureCitations(plan, 38, 'en', options);
	assert.equal(
		c.gongwen,
		'《北京市中关村国家自主创新示范区建设科创金融改革试验区实施方案》（京政办发〔2023〕23号）第38项',
	);
	assert.ok(c.english.includes('Jing Zheng Ban Fa [2023] No. 23, pt. IV, measure 38 (Oct. 24, 2023)'));
});

test('a sentence that does not exist is an error', () => {
	assert.throws(() => sentenceCitations(plan, 18, 5, 'zh', options), /measure 18 has sentences 1–4, got 5/);
	assert.throws(() => sentenceCitations(plan, 18, 0, 'zh', options), /got 0/);
});

const item = () => cslItem(plan, getMeasure(plan, 18), options);

test('CSL-JSON for measure 18 parses to the item, field by field', () => {
	assert.deepEqual(JSON.parse(cslJson(item())), [
		{
			id: 'jzbf-2023-23-m18',
			type: 'regulation',
			title: TITLE,
			number: '京政办发〔2023〕23号',
			author: [{ literal: '北京市人民政府办公厅' }],
			issued: { 'date-parts': [[2023, 10, 27]] },
			accessed: { 'date-parts': [[2026, 1, 15]] },
			URL: 'https://example.org/measures/18/',
			language: 'zh-CN',
			section: '第18项',
			note: '京政办发〔2023〕23号，第18项',
		},
	]);
});

test('RIS for measure 18 has exactly these tags', () => {
	const tags = ris(item())
		.split(/\r?\n/)
		.filter((l) => l.trim())
		.map((l) => {
			const m = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(l);
			assert.ok(m, `not a RIS line: "${l}"`);
			return [m[1], m[2]!.trim()];
		});
	assert.deepEqual(tags, [
		['TY', 'LEGAL'],
		['AU', '北京市人民政府办公厅'],
		['DA', '2023/10/27/'],
		['PY', '2023'],
		['ID', 'jzbf-2023-23-m18'],
		['LA', 'zh-CN'],
		['N1', '京政办发〔2023〕23号，第18项'],
		['SN', '京政办发〔2023〕23号'],
		['TI', TITLE],
		['UR', 'https://example.org/measures/18/'],
		['Y2', '2026/01/15/'],
		['ER', ''],
	]);
});

test('BibTeX for measure 18 is one @misc entry with these fields', () => {
	const text = bibtex(item());
	const m = /^@(\w+)\{([^,]+),\n([\s\S]*)\n\}\s*$/.exec(text.trim());
	assert.ok(m, `not one BibTeX entry:\n${text}`);
	assert.equal(m[1], 'misc');
	assert.equal(m[2], 'jzbf202323m18');
	const fields = Object.fromEntries(
		m[3]!.split('\n').map((line) => {
			const f = /^\s*(\w+) = \{(.*)\},$/.exec(line);
			assert.ok(f, `not a BibTeX field: "${line}"`);
			return [f[1], f[2]];
		}),
	);
	assert.deepEqual(fields, {
		author: '{北京市人民政府办公厅}',
		year: '2023',
		month: 'oct 27',
		note: '京政办发〔2023〕23号，第18项',
		title: TITLE,
		url: 'https://example.org/measures/18/',
		howpublished: 'https://example.org/measures/18/',
	});
});

// The one 公文 format on the pinned fixture (《试验区实施方案》, measures 1–4, one goal): every place the quote
// checker cites, written by hand.
test('公文: one format for every place: 第N项第M句 for items, the heading or name for the other texts', () => {
	const { plan: fp } = fixture();
	const doc = '《试验区实施方案》（京政办发〔2023〕23号）';
	assert.equal(quoteCitation(fp, { kind: 'measure', measure: 3, sentence: 2 }, 'zh'), `${doc}第3项第2句`);
	assert.equal(quoteCitation(fp, { kind: 'measure', measure: 4, sentence: 1 }, 'zh'), `${doc}第4项第1句`);
	assert.equal(quoteCitation(fp, { kind: 'section', section: 'notice', sentence: 1 }, 'zh'), `${doc}印发通知第1句`);
	assert.equal(quoteCitation(fp, { kind: 'section', section: 'preamble', sentence: 1 }, 'zh'), `${doc}方案引言第1句`);
	assert.equal(
		quoteCitation(fp, { kind: 'section', section: 'ideology', sentence: 1 }, 'zh'),
		`${doc}一、指导思想第1句`,
	);
	assert.equal(quoteCitation(fp, { kind: 'section', section: 'goals', sentence: 1 }, 'zh'), `${doc}二、工作目标第1句`);
	assert.equal(
		quoteCitation(fp, { kind: 'section', section: 'goals', goal: '一', sentence: 1 }, 'zh'),
		`${doc}二、工作目标（一）第1句`,
	);
	// The measure page, the sentence menu and the quote checker give the same 公文 string for the same sentence.
	assert.equal(
		sentenceCitations(fp, 3, 2, 'en', options).gongwen,
		quoteCitation(fp, { kind: 'measure', measure: 3, sentence: 2 }, 'zh'),
	);
	assert.equal(measureCitations(fp, 3, 'zh', options).gongwen, `${doc}第3项`);
});

test("the English pinpoint and the quote checker's English line: the English style without its URL", () => {
	const { plan: fp } = fixture();
	assert.equal(placeEn(fp, { kind: 'measure', measure: 3, sentence: 2 }), 'pt. III(2), measure 3, sentence 2');
	assert.equal(placeEn(fp, { kind: 'measure', measure: 4 }), 'pt. IV, measure 4');
	assert.equal(placeEn(fp, { kind: 'section', section: 'goals', goal: '一', sentence: 1 }), 'pt. II(1), sentence 1');
	assert.equal(placeEn(fp, { kind: 'section', section: 'notice', sentence: 2 }), 'notice, sentence 2');
	assert.equal(placeZh(fp, { kind: 'measure', measure: 3 }), '第3项');
	assert.equal(
		quoteCitation(fp, { kind: 'measure', measure: 3, sentence: 2 }, 'en'),
		"General Office of the Beijing Municipal People's Government, Pilot Zone Implementation Plan [试验区实施方案], " +
			'Jing Zheng Ban Fa [2023] No. 23, pt. III(2), measure 3, sentence 2 (Oct. 24, 2023) ' +
			'(unofficial translation; the Chinese text prevails)',
	);
});

test('document number and issuer: one function, in each language, with no Chinese in the English', () => {
	for (const document of [liveData().document, fixture().document]) {
		assert.deepEqual(
			[documentFacts(document, 'zh').docNumber, documentFacts(document, 'zh').issuer],
			['京政办发〔2023〕23号', '北京市人民政府办公厅'],
		);
		assert.deepEqual(
			[documentFacts(document, 'en').docNumber, documentFacts(document, 'en').issuer],
			['Jing Zheng Ban Fa [2023] No. 23', "General Office of the Beijing Municipal People's Government"],
		);
	}
	assert.equal(documentFacts(liveData().document, 'en').written, '2023-10-24');
});
