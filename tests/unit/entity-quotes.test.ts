/** An entity page's quotes: every sentence that names the entity, the name marked, a longer name not mistaken. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityQuotes, markUses } from '../../src/lib/entity-quotes.ts';
import type { GlossaryTerm } from '../../src/lib/schema.ts';

const term = (id: string, zh: string, en: string, aliases: string[] = []): GlossaryTerm => ({
	id,
	zh,
	aliases,
	en,
	enVariants: [],
	searchAliases: { zh: [], en: [] },
	keepChinese: false,
	category: 'institution',
	definition: { zh, en },
	note: 'fixture',
});
const terms = [
	term('bank', '银行', 'bank'),
	term('banking-institution', '银行机构', 'banking institution'),
	term('bse', '北京证券交易所', 'Beijing Stock Exchange', ['北交所']),
];

test('markUses marks each use of the entity by name or alias, not inside a longer name, and keeps the text', () => {
	const text = '支持银行机构与银行合作，发挥北交所作用，北京证券交易所服务企业。';
	const bank = markUses(text, terms, 'bank', 'zh');
	assert.equal(bank.map((s) => s.text).join(''), text);
	assert.deepEqual(
		bank.filter((s) => s.mark).map((s) => s.text),
		['银行'],
	);
	assert.deepEqual(
		markUses(text, terms, 'bse', 'zh')
			.filter((s) => s.mark)
			.map((s) => s.text),
		['北交所', '北京证券交易所'],
	);
	// English: whole words, any case; an elided phrase counts for its entity.
	assert.deepEqual(
		markUses('Banking institutions and the bank; banks.', terms, 'banking-institution', 'en')
			.filter((s) => s.mark)
			.map((s) => s.text),
		['Banking institutions'],
	);
	assert.deepEqual(markUses('政府性融资担保、再担保机构', [], 'x', 'zh', ['政府性融资担保、再担保机构']), [
		{ text: '政府性融资担保、再担保机构', mark: true },
	]);
});

test('entityQuotes: by measure, only the sentences whose Chinese names the entity, English beside on en pages', () => {
	const measures = [
		{
			measure: 1,
			sentences: [{ zh: '银行机构开展业务。', en: 'Banking institutions do business.' }, { zh: '其他。' }],
		},
		{ measure: 2, sentences: [{ zh: '无关。', en: 'Unrelated.' }] },
		{ measure: 3, sentences: [{ zh: '其他。' }, { zh: '支持银行机构。' }] },
	];
	const quotes = entityQuotes('banking-institution', measures, terms, [], 'en');
	assert.deepEqual(
		quotes.map((q) => [q.measure, q.quotes.map((x) => x.sentence)]),
		[
			[1, ['s1']],
			[3, ['s2']],
		],
	);
	assert.deepEqual(quotes[0]!.quotes[0]!.en, [{ text: 'Banking institutions', mark: true }, { text: ' do business.' }]);
	assert.equal(quotes[1]!.quotes[0]!.en, undefined, 'untranslated: the Chinese alone');
	assert.equal(entityQuotes('banking-institution', measures, terms, [], 'zh')[0]!.quotes[0]!.en, undefined);
});
