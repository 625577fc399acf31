import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutLayers, orderLayers, type LayeredLayout } from '../../src/diagram/layered.ts';
import { estimateTextWidth } from '../../src/diagram/layout.ts';
import { buildFlow, flowFor, flowOfMeasures, type Flow, type Graph } from '../../src/diagram/model.ts';
import { edgePath } from '../../src/diagram/paths.ts';
import { liveData } from './helpers.ts';

const node = (id: string, type: Graph['nodes'][number]['type'], zh: string): Graph['nodes'][number] => ({
	id,
	type,
	name: { zh, en: id },
	aliases: [],
	groups: [],
});
/** Two providers, two instruments, two beneficiaries; ids in an order the barycentres should change. */
const graph: Graph = {
	nodes: [
		{ ...node('measure-1', 'measure', '一'), measure: 1 },
		node('bank', 'institution', '银行'),
		node('fund', 'fund', '基金'),
		node('loan', 'instrument', '贷款'),
		node('bond', 'instrument', '债券'),
		node('b-sme', 'enterprise', '企业'),
		node('a-talent', 'talent', '人才'),
		node('idle', 'market', '市场'),
	],
	edges: [
		{ source: 'measure-1', target: 'bank', kind: 'mentions', measure: 1, sentence: 's1', evidence: '银行' },
		{ source: 'measure-1', target: 'idle', kind: 'mentions', measure: 1, sentence: 's1', evidence: '市场' },
		{ source: 'measure-3', target: 'bank', kind: 'mentions', measure: 3, sentence: 's1', evidence: '银行' },
		...(
			[
				['bank', 'provides', 'loan', 1, 'encouraged'],
				['loan', 'serves', 'b-sme', 1, 'in-place'],
				['fund', 'supports', 'a-talent', 2, 'studied'],
				['b-sme', 'issues', 'bond', 3, 'in-place'],
				['bank', 'cooperates-with', 'fund', 2, 'encouraged'],
			] as const
		).map(([source, kind, target, measure, strength]) => ({
			source,
			target,
			kind,
			measure,
			sentence: 's1',
			evidence: `${source} ${target}`,
			strength,
		})),
	],
};
const flow = buildFlow(graph);
const ids = (f: Flow) => [f.nodes.map((n) => n.id), f.edges.map((e) => e.id)];
const options = {
	width: 600,
	label: (n: Flow['nodes'][number]) => n.name.zh,
	textWidth: (t: string) => estimateTextWidth(t),
};

test('flow model: relations only, directed, with strength; nodes that take part, with their layer and measures', () => {
	assert.deepEqual(
		flow.nodes.map((n) => [n.id, n.layer, n.measures]),
		[
			['bank', 0, [1, 3]],
			['fund', 0, []],
			['loan', 1, []],
			['bond', 1, []],
			['b-sme', 2, []],
			['a-talent', 2, []],
		],
	);
	assert.deepEqual(
		flow.edges.map((e) => `${e.id} ${e.source}→${e.target} ${e.kind} ${e.strength} m${e.measure}`),
		[
			'r1 bank→loan provides encouraged m1',
			'r2 loan→b-sme serves in-place m1',
			'r3 fund→a-talent supports studied m2',
			'r4 b-sme→bond issues in-place m3',
			'r5 bank→fund cooperates-with encouraged m2',
		],
	);
});

test('beneficiary view: its relations and who provides what reaches it; task-group view: its measures only', () => {
	assert.deepEqual(ids(flowFor(flow, 'b-sme')), [
		['bank', 'loan', 'bond', 'b-sme'],
		['r1', 'r2', 'r4'],
	]);
	assert.deepEqual(ids(flowFor(flow, 'a-talent')), [['fund', 'a-talent'], ['r3']]);
	assert.throws(() => flowFor(flow, 'idle'), /takes part in no relation/);
	assert.deepEqual(ids(flowOfMeasures(flow, [2])), [
		['bank', 'fund', 'a-talent'],
		['r3', 'r5'],
	]);
});

test('layer order: barycentres of neighbours in other layers, whatever order the nodes come in', () => {
	const expected = [
		['bank', 'fund'],
		['loan', 'bond'],
		['b-sme', 'a-talent'],
	];
	assert.deepEqual(orderLayers(flow), expected);
	assert.deepEqual(orderLayers({ ...flow, nodes: [...flow.nodes].reverse() }), expected);
});

test('layered layout of the fixture: bands top to bottom, rows spread across the width, edge ends', () => {
	const layout = layoutLayers(flow, options);
	assert.deepEqual(layoutLayers(flow, options), layout, 'deterministic');
	assert.deepEqual(layout.bands, [
		{ layer: 0, y: 8, height: 49 },
		{ layer: 1, y: 121, height: 49 },
		{ layer: 2, y: 234, height: 49 },
	]);
	assert.equal(layout.height, 291);
	assert.deepEqual(
		layout.nodes.map((b) => [b.id, b.x, b.y, b.width, b.height]),
		[
			['bank', 176, 32, 40, 25],
			['fund', 384, 32, 40, 25],
			['loan', 176, 145, 40, 25],
			['bond', 384, 145, 40, 25],
			['b-sme', 176, 258, 40, 25],
			['a-talent', 384, 258, 40, 25],
		],
	);
	assert.deepEqual(layout.edges, [
		{ id: 'r1', from: [196, 57], to: [196, 145], direction: 'down' },
		{ id: 'r2', from: [196, 170], to: [196, 258], direction: 'down' },
		{ id: 'r3', from: [404, 57], to: [404, 258], direction: 'down' },
		{ id: 'r4', from: [196, 258], to: [404, 170], direction: 'up' },
		{ id: 'r5', from: [196, 57], to: [404, 57], direction: 'same' },
	]);
	assert.equal(edgePath(layout.edges[0]!), 'M196,57C196,101 196,101 196,145');
	assert.equal(edgePath(layout.edges[4]!), 'M196,57C196,75 404,75 404,57');
});

test('a layer too wide for one row is dealt into rows that keep its order; labels wrap, never cut', () => {
	const layout = layoutLayers(flow, { ...options, width: 70 });
	const at = (id: string) => layout.nodes.find((b) => b.id === id)!;
	assert.deepEqual(at('bank').lines, ['银', '行']);
	assert.ok(at('bank').y < at('fund').y, 'fund goes to a second row');
	assert.equal(at('bank').x, at('fund').x);
	within(layout);
});

/** Every node inside the figure, and no two overlap. */
function within(layout: LayeredLayout) {
	for (const b of layout.nodes)
		assert.ok(
			b.x >= 0 && b.y >= 0 && b.x + b.width <= layout.width && b.y + b.height <= layout.height,
			`${b.id} is outside`,
		);
	for (const [i, a] of layout.nodes.entries())
		for (const b of layout.nodes.slice(i + 1))
			assert.ok(
				a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y,
				`${a.id} overlaps ${b.id}`,
			);
}

test('layered layout of the real data, both languages and widths: every node once, inside, no overlaps', () => {
	const live = liveData();
	const real = live.flow;
	assert.equal(real.edges.length, live.entitiesFile.relations.length);
	for (const locale of ['zh', 'en'] as const)
		for (const width of [680, 358]) {
			const layout = layoutLayers(real, { ...options, width, label: (n) => n.name[locale] });
			assert.deepEqual(layout.nodes.map((b) => b.id).sort(), real.nodes.map((n) => n.id).sort());
			within(layout);
		}
});
