import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptySelection, nearest, parseSelection, rank, toQuery, type FinderMeasure } from '../../src/lib/finder.ts';

/** Four measures: a guarantee one for innovative SMEs, a first loan for all SMEs, an umbrella one, a listing one. */
const measures: FinderMeasure[] = [
	{ number: 18, need: ['guarantee'], stage: [], type: ['innovative-sme', 'technology-based-sme'] },
	{ number: 19, need: ['credit', 'guarantee'], stage: [], type: ['msme'] },
	{ number: 4, need: ['credit', 'equity'], stage: ['seed', 'growth'], type: ['sci-tech'] },
	{ number: 12, need: ['listing'], stage: ['pre-listing'], type: ['innovative-sme'] },
];
const alsoCountsAs = new Map([
	['srdi', ['innovative-sme', 'msme', 'sci-tech']],
	['innovative-sme', ['msme', 'sci-tech']],
]);
const select = (s: Partial<ReturnType<typeof emptySelection>>) => ({ ...emptySelection(), ...s });

test('credit + guarantee for an SRDI firm: needs filter, groups rank (own group above broader ones)', () => {
	const result = rank(measures, select({ need: ['credit', 'guarantee'], type: ['srdi'] }), alsoCountsAs);
	assert.deepEqual(
		result.map((m) => [m.number, m.score]),
		[
			[19, 17], // two needs (8 + 8) and a broader group, msme (1)
			[4, 9], // one need (8) and a broader group, sci-tech (1)
			[18, 9], // the same score as 4: ties go by measure number
		],
	);
	assert.deepEqual(result[0]!.matched, { need: ['credit', 'guarantee'], stage: [], type: [], broader: ['msme'] });
});

test('a measure that names the group itself ranks above one for a broader group', () => {
	const result = rank(measures, select({ need: ['guarantee'], type: ['innovative-sme'] }), alsoCountsAs);
	assert.deepEqual(
		result.map((m) => [m.number, m.score]),
		[
			[18, 12], // a need (8) and the group itself (4)
			[19, 9], // a need (8) and a broader group, msme (1)
		],
	);
});

test('a chosen group or stage leaves out measures tagged only for other groups or stages, not general ones', () => {
	const general = [...measures, { number: 6, need: ['credit'], stage: [], type: [] }];
	assert.deepEqual(
		rank(general, select({ need: ['credit'], type: ['private'] })).map((m) => m.number),
		[6], // 19 is for SMEs, 4 for sci-tech firms; 6 names no group
	);
	assert.deepEqual(
		rank(general, select({ need: ['credit'], stage: ['mature'] })).map((m) => m.number),
		[6, 19], // 4 is for the seed and growth stages
	);
});

test('without a need, stages and groups narrow the list', () => {
	assert.deepEqual(
		rank(measures, select({ stage: ['pre-listing'] })).map((m) => m.number),
		[12],
	);
	assert.deepEqual(
		rank(measures, select({ type: ['srdi'] }), alsoCountsAs).map((m) => m.number),
		[4, 12, 18, 19],
	);
	assert.deepEqual(rank(measures, emptySelection()), []);
});

test('the URL holds the selection in a stable order and drops unknown values', () => {
	const known = { need: ['credit', 'guarantee'], stage: ['seed'], type: ['srdi'] };
	const s = parseSelection('?type=srdi&need=guarantee&need=credit&need=credit&need=loans&stage=late', known);
	assert.deepEqual(s, { need: ['guarantee', 'credit'], stage: [], type: ['srdi'] });
	assert.equal(toQuery(s), '?need=credit&need=guarantee&type=srdi');
	assert.equal(toQuery(emptySelection()), '');
});

test('no result: the nearest selection leaves out the value that blocks the most', () => {
	const none = select({ need: ['bonds'], stage: ['seed'] });
	assert.deepEqual(rank(measures, none), []);
	assert.deepEqual(nearest(measures, none), { need: [], stage: ['seed'], type: [] });
	assert.equal(nearest(measures, select({ need: ['bonds'] })), undefined);
	// A group is left out before a need: credit without the group matches 19 and 4.
	assert.deepEqual(nearest(measures, select({ need: ['credit'], type: ['private'] })), {
		need: ['credit'],
		stage: [],
		type: [],
	});
});
