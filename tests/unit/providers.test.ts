/**
 * Who provides an offer (src/lib/providers.ts), on relations written here: the source of a providing relation of the
 * same measure and sentence whose evidence overlaps the offer's and whose target the offer's evidence names; never a
 * cooperation, a relation of another sentence, a source that is not a provider, or the offer itself serving a group.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { named, providersOf, type ProviderData } from '../../src/lib/providers.ts';
import type { EntityType, GlossaryTerm, Relation, RelationFamily, RelationKindDef } from '../../src/lib/schema.ts';

const term = (id: string, zh: string): GlossaryTerm => ({
	id,
	zh,
	aliases: [],
	en: id,
	enVariants: [],
	searchAliases: { zh: [], en: [] },
	keepChinese: false,
	category: 'institution',
	definition: { zh: zh, en: id },
	note: '',
});
const entities: [string, string, EntityType][] = [
	['bank', '银行机构', 'institution'],
	['bill-discounting', '供应链票据贴现', 'instrument'],
	['sci-tech', '科技创新型企业', 'enterprise'],
	['unit', '专营组织机构', 'institution'],
	['platform', '应收账款融资服务平台', 'platform'],
	['online', '政府采购合同线上融资', 'instrument'],
	['programme', '“补贷保”联动试点', 'programme'],
	['ip-loan', '知识产权质押贷款', 'instrument'],
	['equity-loan', '股权质押贷款', 'instrument'],
];
const relation = (r: Partial<Relation> & Pick<Relation, 'source' | 'kind' | 'target' | 'evidence'>): Relation => ({
	measure: 20,
	sentence: 's4',
	strength: 'encouraged',
	...r,
});
const kind = (id: string, family: RelationFamily): RelationKindDef => ({
	id,
	family,
	label: { zh: id, en: id },
	definition: { zh: id, en: id },
	reads: { zh: `{source} ${id} {target}`, en: `{source} ${id} {target}` },
});
const kinds = [kind('provides', 'offers'), kind('serves', 'offers'), kind('cooperates-with', 'joins')];
const data = (relations: Relation[]): ProviderData => ({
	relations,
	kinds,
	types: new Map(entities.map(([id, , type]) => [id, type])),
	terms: entities.map(([id, zh]) => term(id, zh)),
});
const offer = { sentence: 's4', evidence: '鼓励银行机构提供供应链票据贴现等融资服务' };

test('a bank that provides the offered product is its provider, also where the evidence names the bank', () => {
	const r = relation({ source: 'bank', kind: 'provides', target: 'bill-discounting', evidence: offer.evidence });
	assert.deepEqual(providersOf(20, offer, data([r, { ...r }])), ['bank']);
});

test('a relation of another measure or sentence, or whose evidence does not overlap the offer, gives no provider', () => {
	const r = relation({ source: 'bank', kind: 'provides', target: 'bill-discounting', evidence: offer.evidence });
	assert.deepEqual(providersOf(21, offer, data([r])), []);
	assert.deepEqual(providersOf(20, { ...offer, sentence: 's5' }, data([r])), []);
	assert.deepEqual(providersOf(20, offer, data([{ ...r, evidence: '供应链票据平台' }])), []);
});

test('cooperation, a source that is not a provider, or a target the offer does not name give no provider', () => {
	const evidence = offer.evidence;
	assert.deepEqual(
		providersOf(
			20,
			offer,
			data([
				relation({ source: 'bank', kind: 'cooperates-with', target: 'bill-discounting', evidence }),
				relation({ source: 'programme', kind: 'provides', target: 'bill-discounting', evidence }),
				relation({ source: 'platform', kind: 'provides', target: 'online', evidence }),
			]),
		),
		[],
	);
});

test('an offer that is the source serving a group names no provider: the unit is the offer, not its provider', () => {
	const unit = { sentence: 's2', evidence: '专注服务科技创新型企业的专营组织机构' };
	const r = relation({
		source: 'unit',
		kind: 'serves',
		target: 'sci-tech',
		sentence: 's2',
		evidence: `培育${unit.evidence}`,
	});
	assert.deepEqual(providersOf(20, unit, data([r])), []);
	// The same relation for an offer that names the group but not the unit: the unit provides it.
	assert.deepEqual(providersOf(20, { sentence: 's2', evidence: '服务科技创新型企业' }, data([r])), ['unit']);
});

test('a target named only through the relation’s declared ellipsis still counts', () => {
	const evidence = '知识产权和股权质押贷款';
	assert.deepEqual([...named(evidence, data([]).terms)], ['equity-loan']);
	const r = relation({
		source: 'bank',
		kind: 'provides',
		target: 'ip-loan',
		evidence: `鼓励银行机构开展${evidence}`,
		ellipsis: [{ phrase: evidence, names: '知识产权质押贷款' }],
	});
	assert.deepEqual(providersOf(20, { sentence: 's4', evidence }, data([r])), ['bank']);
});
