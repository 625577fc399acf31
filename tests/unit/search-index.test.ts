import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chineseNumber } from '../../src/lib/numerals.ts';
import { glossaryTermSchema } from '../../src/lib/schema.ts';
import { chineseNumberWords, measureNumberForms, queryWords, termSynonyms } from '../../src/lib/search-index.ts';

test('chineseNumber writes 1–99 as in 第十九条', () => {
	const cases: [number, string][] = [
		[1, '一'],
		[9, '九'],
		[10, '十'],
		[11, '十一'],
		[19, '十九'],
		[20, '二十'],
		[27, '二十七'],
		[41, '四十一'],
		[99, '九十九'],
	];
	for (const [n, numeral] of cases) assert.equal(chineseNumber(n), numeral, String(n));
	assert.throws(() => chineseNumber(0), /expected a whole number 1–99, got 0/);
	assert.throws(() => chineseNumber(100), /got 100/);
	assert.throws(() => chineseNumber(2.5), /got 2.5/);
});

test('measureNumberForms gives every form readers type, in both languages', () => {
	assert.deepEqual(measureNumberForms(9, 'zh'), ['第9项', '第九项', '第9条', '第九条', 'Measure 9', 'M9', '9']);
	assert.deepEqual(measureNumberForms(41, 'zh').slice(0, 4), ['第41项', '第四十一项', '第41条', '第四十一条']);
	assert.deepEqual(measureNumberForms(27, 'en'), [
		'Measure 27',
		'M27',
		'第27项',
		'第二十七项',
		'第27条',
		'第二十七条',
		'27',
	]);
});

test('chineseNumberWords: each number form is answered by exact words of its own measure only', () => {
	const words = chineseNumberWords(41);
	const wordsOf = (n: number) => new Set([...words.get(n)!.exact, ...words.get(n)!.tailed]);
	// Measure 38's numeral form no longer hands 十八 to the query 第十八项; its own query still reaches it by prefix.
	assert.ok(!wordsOf(38).has('十八'));
	assert.deepEqual(words.get(38)!.tailed, ['第三38', '十八38', '十八条38']);
	assert.deepEqual(words.get(18)!.tailed, []);
	for (let n = 1; n <= 41; n++)
		for (const form of measureNumberForms(n, 'zh')) {
			const query = queryWords(form);
			const exact = (m: number) => query.every((q) => wordsOf(m).has(q));
			const reaches = (m: number) => query.every((q) => [...wordsOf(m)].some((w) => w.startsWith(q)));
			assert.ok(reaches(n), `${form} does not reach measure ${n}`);
			for (let m = 1; m <= 41; m++) if (m !== n) assert.ok(!exact(m), `${form} is answered exactly by measure ${m}`);
		}
});

const term = (fields: Record<string, unknown>) =>
	glossaryTermSchema.parse({
		category: 'concept',
		definition: { zh: '定义', en: 'definition' },
		note: 'note',
		...fields,
	});
const GLOSSARY = [
	term({ id: 'bse', zh: '北京证券交易所', aliases: ['北交所'], en: 'Beijing Stock Exchange', enVariants: ['BSE'] }),
	term({
		id: 'pboc',
		zh: '中国人民银行',
		en: "People's Bank of China",
		enVariants: ['PBOC'],
		searchAliases: { zh: ['央行'], en: ['central bank'] },
	}),
	term({ id: 'loan', zh: '贷款', en: 'loan' }),
];

test('termSynonyms adds the names of the terms a measure uses that its text lacks', () => {
	const zh = '推动一批企业在北交所上市。依托中国人民银行征信中心开展工作。';
	assert.deepEqual(termSynonyms(zh, zh, GLOSSARY, 'zh'), ['北京证券交易所', '央行']);
	const en = "Push enterprises to list on the Beijing Stock Exchange (BSE), with the People's Bank of China.";
	assert.deepEqual(termSynonyms(zh, en, GLOSSARY, 'en'), ['PBOC', 'central bank']);
});

test('termSynonyms finds terms in the Chinese text only, and adds nothing for a text without terms', () => {
	assert.deepEqual(termSynonyms('加强组织领导。', 'loan BSE', GLOSSARY, 'en'), []);
});

test('the glossary schema defaults searchAliases to empty lists', () => {
	assert.deepEqual(term({ id: 'x', zh: '甲', en: 'x' }).searchAliases, { zh: [], en: [] });
});
