import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildGraph } from '../../src/diagram/model.ts';
import { joinEntities, resolveEntities } from '../../src/lib/entities.ts';
import { graphJson, measuresCsv, measuresJson, toCsv } from '../../src/lib/open-data.ts';
import { buildPlan } from '../../src/lib/plan.ts';
import { context } from './helpers.ts';

const ctx = context();
const plan = buildPlan(
	ctx.document,
	ctx.measures.map((m) => m.data),
);
const data = resolveEntities(
	ctx.entities,
	ctx.glossary,
	ctx.measures.map((m) => m.data),
);

test('toCsv quotes every field, doubles quotes and keeps line breaks inside fields', () => {
	assert.equal(
		toCsv([
			['a', 'say "hi"', null, 3],
			['x\ny', '', '中文', 0],
		]),
		'\uFEFF"a","say ""hi""","","3"\r\n"x\ny","","中文","0"\r\n',
	);
});

test('measures.json carries every sentence with its anchor id, both languages and both URLs', () => {
	const { measures } = measuresJson(plan, data, 'https://example.org');
	assert.equal(measures.length, plan.measures.length);
	const m18 = measures[17]!;
	assert.equal(m18.number, 18);
	assert.equal(m18.text.zh, m18.sentences.map((s) => s.zh).join(''));
	assert.deepEqual(
		m18.sentences.map((s) => s.id),
		m18.sentences.map((_, i) => `s${i + 1}`),
	);
	assert.deepEqual(m18.url, { zh: 'https://example.org/measures/18/', en: 'https://example.org/en/measures/18/' });
	assert.ok(m18.entities.length > 0);
	const csv = measuresCsv(measures);
	assert.equal(csv.split('\r\n').length, measures.length + 2);
});

test('graph.json has the documented fields and every edge keeps its evidence', () => {
	const graph = graphJson(buildGraph(plan, joinEntities(ctx.entities, ctx.glossary), data));
	const node = graph.nodes.find((n) => n.id === 'beijing-stock-exchange')!;
	assert.deepEqual(Object.keys(node).sort(), ['aliases', 'id', 'name', 'type']);
	assert.ok(node.aliases.includes('北交所'));
	assert.ok(graph.edges.every((e) => e.evidence && e.measure));
});
