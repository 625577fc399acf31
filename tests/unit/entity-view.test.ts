/** The entity page's grouping on a hand-made fixture: by direction, then kind (file order of kinds), then strength. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityView, relationCount } from '../../src/lib/entity-view.ts';
import type { Relation, RelationKindDef } from '../../src/lib/schema.ts';

const kind = (id: string): RelationKindDef => ({
	id,
	label: { zh: id, en: id },
	family: 'offers',
	definition: { zh: id, en: id },
	reads: { zh: '{source}—{target}', en: '{source} — {target}' },
});
const KINDS = [kind('provides'), kind('serves'), kind('supports')];
const rel = (
	source: string,
	kind: string,
	target: string,
	measure: number,
	strength: Relation['strength'],
): Relation => ({
	source,
	kind,
	target,
	measure,
	sentence: 's1',
	strength,
	evidence: `${source}${kind}${target}`,
});
const RELATIONS = [
	rel('bank', 'serves', 'sme', 3, 'studied'),
	rel('bank', 'provides', 'loan', 1, 'encouraged'),
	rel('bank', 'serves', 'sme', 1, 'in-place'),
	rel('bank', 'provides', 'bond', 2, 'encouraged'),
	rel('fund', 'supports', 'bank', 5, 'in-place'),
	rel('fund', 'supports', 'sme', 6, 'in-place'),
];
const MENTIONS = [
	{ measure: 5, entity: 'bank', sentence: 's1', evidence: 'x' },
	{ measure: 1, entity: 'bank', sentence: 's2', evidence: 'x' },
	{ measure: 1, entity: 'bank', sentence: 's1', evidence: 'x' },
	{ measure: 2, entity: 'loan', sentence: 's1', evidence: 'x' },
];

test('an entity with relations both ways: as source by kind then strength, then as target; its measures ascending', () => {
	const view = entityView('bank', { relations: RELATIONS, mentions: MENTIONS }, KINDS);
	assert.deepEqual(view, {
		id: 'bank',
		directions: [
			{
				direction: 'source',
				kinds: [
					{
						kind: 'provides',
						strengths: [{ strength: 'encouraged', relations: [RELATIONS[1], RELATIONS[3]] }],
					},
					{
						kind: 'serves',
						strengths: [
							{ strength: 'in-place', relations: [RELATIONS[2]] },
							{ strength: 'studied', relations: [RELATIONS[0]] },
						],
					},
				],
			},
			{
				direction: 'target',
				kinds: [{ kind: 'supports', strengths: [{ strength: 'in-place', relations: [RELATIONS[4]] }] }],
			},
		],
		measures: [1, 5],
	});
	assert.equal(relationCount(view), 5);
	assert.equal(relationCount(view, 'source'), 4);
	assert.equal(relationCount(view, 'target'), 1);
});

test('an entity only on the receiving end has no source section; one with no relation has none at all', () => {
	assert.deepEqual(
		entityView('sme', { relations: RELATIONS, mentions: [] }, KINDS).directions.map((d) => d.direction),
		['target'],
	);
	assert.deepEqual(entityView('loan', { relations: [], mentions: MENTIONS }, KINDS), {
		id: 'loan',
		directions: [],
		measures: [2],
	});
});

test('a relation of a kind that is not defined is an error that says where kinds live', () => {
	assert.throws(
		() => entityView('bank', { relations: [rel('bank', 'owns', 'x', 1, 'in-place')], mentions: [] }, KINDS),
		/relation kind "owns" is not in content\/relation-kinds.yaml/,
	);
});
