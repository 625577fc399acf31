import assert from 'node:assert/strict';
import { test } from 'node:test';
import { because } from '../../src/finder/client.ts';
import { emptySelection, parseSelection, rank, toQuery, type FinderMeasure } from '../../src/lib/finder.ts';

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

test('a chosen group or stage ranks and never hides: general measures next, those for other groups or stages last', () => {
	const general = [...measures, { number: 6, need: ['credit'], stage: [], type: [] }];
	const credit = rank(general, select({ need: ['credit'], type: ['private'] }));
	assert.deepEqual(
		credit.map((m) => [m.number, m.fit]),
		[
			[6, 'general'], // names no group: concerns every enterprise
			[4, 'other'], // for sci-tech firms, 19 for SMEs: still listed, as they concern the need
			[19, 'other'],
		],
	);
	assert.deepEqual(credit[1]!.other, { stage: [], type: ['sci-tech'] });
	assert.deepEqual(
		rank(general, select({ need: ['credit'], stage: ['mature'] })).map((m) => [m.number, m.fit]),
		[
			[6, 'general'],
			[19, 'general'], // names no stage
			[4, 'other'], // names the seed and growth stages
		],
	);
	// A measure that fits by group but names other stages is in the first band, and says which stages it names.
	const seed = rank(measures, select({ need: ['credit'], stage: ['mature'], type: ['sci-tech'] }));
	assert.deepEqual(
		seed.map((m) => [m.number, m.fit, m.score]),
		[
			[4, 'fits', 12], // a need (8) and the group itself (4)
			[19, 'other', 8], // names SMEs, not sci-tech firms
		],
	);
	assert.deepEqual(seed[0]!.other, { stage: ['seed', 'growth'], type: [] });
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

test('nothing is listed only when no measure concerns the chosen need, or none names the chosen stage or group', () => {
	assert.deepEqual(rank(measures, select({ need: ['bonds'], stage: ['seed'] })), []);
	assert.deepEqual(rank(measures, select({ stage: ['mature'], type: ['private'] })), []);
});

test('each card says why it is listed: what it matched, general, or that the text names other stages or groups', () => {
	const messages = {
		because: { need: 'N', stage: 'S', type: 'T', broader: 'B', general: 'G', other: 'O' },
		separator: '; ',
	};
	const general = [...measures, { number: 6, need: ['credit'], stage: [], type: [] }];
	const why = (s: Partial<ReturnType<typeof emptySelection>>) =>
		rank(general, select(s), alsoCountsAs).map((m) => `${m.number} ${because(m, messages)}`);
	assert.deepEqual(why({ need: ['credit'], stage: ['seed'], type: ['srdi'] }), [
		'4 N; S; B', // names the seed stage, and sci-tech firms, a broader group of SRDI firms
		'19 N; B', // SMEs, a broader group
		'6 N; G',
	]);
	assert.deepEqual(why({ need: ['credit'], stage: ['mature'], type: ['private'] }), ['6 N; G', '4 N; O', '19 N; O']);
});
