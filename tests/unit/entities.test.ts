import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkEntities } from '../../scripts/lib/rules/entities.ts';
import { context, lines } from './helpers.ts';

test('entities: an altered evidence phrase names the measure and the relation', () => {
	const ctx = context();
	const relation = ctx.entities.relations[0]!;
	relation.evidence = relation.evidence.slice(0, -1) + '某';
	const found = lines(checkEntities(ctx));
	assert.equal(found.length, 1, found.join('\n'));
	assert.equal(
		found[0],
		`content/entities.yaml: ${relation.measure}: relation ${relation.source} ${relation.kind} ${relation.target}: evidence 「${relation.evidence}」 is not in the measure's Chinese text`,
	);
});

test('entities: evidence that does not name both ends, and unknown ids, are reported', () => {
	const ctx = context();
	const first = ctx.entities.relations[0]!;
	first.target = 'no-such-entity';
	// Quote, as some relation's evidence, a clause of its measure that names its source but not its target.
	const forms = (id: string) => {
		const t = ctx.glossary.find((g) => g.id === id)!;
		return [t.zh, ...t.aliases];
	};
	const clauses = (n: number) =>
		ctx.measures.find((m) => m.data.measure === n)!.data.sentences.flatMap((x) => x.zh.split(/[，。；]/u));
	const [relation, clause] = ctx.entities.relations.slice(1).flatMap((r) => {
		const c = clauses(r.measure).find(
			(c) => forms(r.source).some((f) => c.includes(f)) && !forms(r.target).some((f) => c.includes(f)),
		);
		return c ? [[r, c] as const] : [];
	})[0]!;
	relation.evidence = clause;
	const found = lines(checkEntities(ctx));
	assert.ok(
		found.some((l) => l.includes(`relation ${first.source} ${first.kind} no-such-entity: no entity no-such-entity`)),
		found.join('\n'),
	);
	assert.ok(
		found.some((l) =>
			l.includes(
				`relation ${relation.source} ${relation.kind} ${relation.target}: evidence 「${clause}」 does not name ${relation.target}`,
			),
		),
		found.join('\n'),
	);
});

test('entities: a missing mention is reported for the measure that names the entity', () => {
	const ctx = context();
	const removed = ctx.entities.mentions.splice(5, 1)[0]!;
	const found = lines(checkEntities(ctx));
	assert.ok(
		found.some(
			(l) =>
				l.startsWith(`content/entities.yaml: ${removed.measure}: names "${removed.entity}"`) &&
				l.includes('has no mention'),
		),
		found.join('\n'),
	);
});

test('entities: an id that is not a glossary term, and an entity named in no measure, are reported', () => {
	const ctx = context();
	const measureText = ctx.measures.map((m) => m.data.sentences.map((x) => x.zh).join('')).join('\n');
	const unnamed = ctx.glossary.find((t) => ![t.zh, ...t.aliases].some((f) => measureText.includes(f)))!;
	ctx.entities.entities.push({ id: 'invented-bank', type: 'institution' }, { id: unnamed.id, type: 'institution' });
	assert.deepEqual(lines(checkEntities(ctx)), [
		'content/entities.yaml: -: entity "invented-bank" is not a glossary term',
		`content/entities.yaml: -: entity "${unnamed.id}" is named in no measure`,
	]);
});
