import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GlossaryTerm } from '../../src/lib/schema.ts';
import { markFirstUses, termsIn } from '../../src/lib/terms.ts';

const term = (id: string, zh: string, en: string, aliases: string[] = [], enVariants: string[] = []): GlossaryTerm => ({
	id,
	zh,
	en,
	aliases,
	searchAliases: { zh: [], en: [] },
	enVariants,
	keepChinese: false,
	category: 'concept',
	definition: { zh: '释义', en: 'definition' },
	note: 'test',
});
const guarantee = term('financing-guarantee', '融资担保', 'financing guarantee');
const fund = term('guarantee-fund', '政府性融资担保基金', 'government financing guarantee fund');
const bse = term('bse', '北京证券交易所', 'Beijing Stock Exchange', ['北交所'], ['BSE']);
const bond = term('bond', '债券', 'bond');

test('termsIn finds terms by any of their forms, per language', () => {
	assert.deepEqual(
		termsIn('支持北交所发展', [bse, bond], 'zh').map((t) => t.id),
		['bse'],
	);
	assert.deepEqual(
		termsIn('listing on the BSE', [bse, bond], 'en').map((t) => t.id),
		['bse'],
	);
});

test('markFirstUses marks only the first use, longest match first, and loses no character', () => {
	const sentences = ['用好政府性融资担保基金，引导融资担保机构。', '融资担保费率降至1%以下。'];
	const marked = markFirstUses(sentences, [guarantee, fund], 'zh');
	assert.deepEqual(
		marked.map((s) => s.map((seg) => seg.text).join('')),
		sentences,
	);
	const firsts = marked
		.flat()
		.filter((s) => s.term)
		.map((s) => `${s.term!.id}:${s.text}`);
	assert.deepEqual(firsts, ['guarantee-fund:政府性融资担保基金', 'financing-guarantee:融资担保']);
	assert.equal(
		marked[1]!.some((s) => s.term),
		false,
	);
});

test('markFirstUses respects English word boundaries and aliases', () => {
	const marked = markFirstUses(['Issue bonds on the BSE.', 'A bond.'], [bond, bse], 'en');
	const firsts = marked
		.flat()
		.filter((s) => s.term)
		.map((s) => s.text);
	assert.deepEqual(firsts, ['BSE', 'bond']);
});
