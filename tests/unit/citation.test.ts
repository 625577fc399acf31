/**
 * Citations of measure 18, sentence 3, in each style, on the Chinese and the English page, and the measure's RIS,
 * BibTeX and CSL-JSON files. Every expected string is written by hand from the style's rules:
 * - 公文: 《标题》（文号）, then the place as the text numbers it (三、（三）18.) and 第3句;
 * - GB/T 7714-2015 (4.1/4.6, 8.x): 主要责任者. 题名: 其他题名信息[A/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 * - Bluebook-like: Issuer, English Title [Chinese title], No., pinpoint (Date) (what the text is), URL.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cslItem, measureCitations, sentenceCitations } from '../../src/lib/citation.ts';
import { bibtex, cslJson, ris } from '../../src/lib/csl.ts';
import { getMeasure, getPlan } from '../../src/lib/plan.ts';

const options = { origin: 'https://example.org', accessed: '2026-01-15' };
const TITLE = '北京市中关村国家自主创新示范区建设科创金融改革试验区实施方案';
const TITLE_EN =
	'Implementation Plan for Building the Sci-Tech Finance Reform Pilot Zone in the Zhongguancun National Independent Innovation Demonstration Zone, Beijing';
const ISSUER_EN = "General Office of the Beijing Municipal People's Government";

const GONGWEN =
	'《北京市中关村国家自主创新示范区建设科创金融改革试验区实施方案》（京政办发〔2023〕23号）三、（三）18.第3句';
const GBT =
	'北京市人民政府办公厅. 北京市中关村国家自主创新示范区建设科创金融改革试验区实施方案: 京政办发〔2023〕23号[A/OL]. ' +
	'(2023-10-27)[2026-01-15]. https://example.org/measures/18/#s3.';

test('measure 18, sentence 3, on the Chinese page: the Chinese styles and the English style cite the Chinese text', () => {
	assert.deepEqual(sentenceCitations(18, 3, 'zh', options), {
		gongwen: GONGWEN,
		gbt: GBT,
		english:
			`${ISSUER_EN}, ${TITLE_EN} [${TITLE}], Jing Zheng Ban Fa [2023] No. 23, pt. III(3), measure 18, sentence 3 ` +
			'(Oct. 24, 2023) (in Chinese), https://example.org/measures/18/#s3.',
	});
});

test('measure 18, sentence 3, on the English page: the English style cites our translation and its permalink', () => {
	assert.deepEqual(sentenceCitations(18, 3, 'en', options), {
		gongwen: GONGWEN,
		gbt: GBT,
		english:
			`${ISSUER_EN}, ${TITLE_EN} [${TITLE}], Jing Zheng Ban Fa [2023] No. 23, pt. III(3), measure 18, sentence 3 ` +
			'(Oct. 24, 2023) (unofficial translation; the Chinese text prevails), https://example.org/en/measures/18/#s3.',
	});
});

test('a measure of part 四 has no task group in its place', () => {
	const c = measureCitations(38, 'en', options);
	assert.equal(
		c.gongwen,
		'《北京市中关村国家自主创新示范区建设科创金融改革试验区实施方案》（京政办发〔2023〕23号）四、38.',
	);
	assert.ok(c.english.includes('Jing Zheng Ban Fa [2023] No. 23, pt. IV, measure 38 (Oct. 24, 2023)'));
});

test('a sentence that does not exist is an error', () => {
	assert.throws(() => sentenceCitations(18, 5, 'zh', options), /measure 18 has sentences 1–4, got 5/);
	assert.throws(() => sentenceCitations(18, 0, 'zh', options), /got 0/);
});

const item = () => cslItem(getPlan(), getMeasure(getPlan(), 18), options);

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
			section: '三、（三）18.',
			note: '京政办发〔2023〕23号，三、（三）18.',
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
		['N1', '京政办发〔2023〕23号，三、（三）18.'],
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
		note: '京政办发〔2023〕23号，三、（三）18.',
		title: TITLE,
		url: 'https://example.org/measures/18/',
		howpublished: 'https://example.org/measures/18/',
	});
});
