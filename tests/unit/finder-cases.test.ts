/**
 * The finder on the real tags (content/explainers), for each selection the explainers review
 * (../shared/reviews/explainers.md, M13–M19, L31 and §3) found hiding measures the need concerns under the old rule,
 * where a chosen stage or group excluded measures tagged only for other stages or groups. The expected lists were
 * written by hand from the tags of each measure's explainer and the rule in src/lib/finder.ts: the measures that
 * concern the need, those naming the enterprise's stage or group (or a broader group) first, then general ones, then
 * those naming only other stages or groups; within a band, more needs and the own group first, then by number.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alsoCountsAs, explainerOf, finderMeasure } from '../../src/lib/explainers.ts';
import { emptySelection, rank, type Selection } from '../../src/lib/finder.ts';
import { liveData } from './helpers.ts';

const data = liveData();
const measures = Array.from({ length: 41 }, (_, i) => finderMeasure(explainerOf(data.explainers, i + 1)));
const find = (s: Partial<Selection>) => rank(measures, { ...emptySelection(), ...s }, alsoCountsAs(data.facets));
const numbers = (s: Partial<Selection>) => find(s).map((m) => m.number);
const bands = (s: Partial<Selection>) => find(s).map((m) => `${m.number}:${m.fit}`);

test('M13: listing + growth stage lists M33 (it names only the pre-listing stage), after the general ones', () => {
	assert.deepEqual(bands({ need: ['listing'], stage: ['growth'] }), [
		'13:general',
		'14:general',
		'31:general',
		'39:general',
		'12:other',
		'33:other',
	]);
	assert.deepEqual(find({ need: ['listing'], stage: ['growth'] }).at(-1)!.other, { stage: ['pre-listing'], type: [] });
});

test('M13: listing + private enterprise lists all six listing measures, not only M39', () => {
	assert.deepEqual(bands({ need: ['listing'], type: ['private-enterprise'] }), [
		'12:other',
		'13:other',
		'14:other',
		'31:other',
		'33:other',
		'39:other', // names SMEs (中小企业发展资金)
	]);
});

test('M14: listing + growth + SRDI lists the BSE measure (12), the SRDI board first', () => {
	assert.deepEqual(bands({ need: ['listing'], stage: ['growth'], type: ['srdi'] }), [
		'14:fits', // names 专精特新 itself
		'12:fits', // innovative SMEs, a broader group an SRDI firm belongs to
		'13:fits',
		'31:fits', // sci-tech innovative enterprises, also broader
		'33:fits',
		'39:fits', // SMEs, also broader
	]);
});

test('M14, §3: a high-tech firm asking about listing gets six measures, not only 31, 33 and 39', () => {
	assert.deepEqual(bands({ need: ['listing'], type: ['high-tech-enterprise'] }), [
		'31:fits',
		'33:fits',
		'12:other',
		'13:other',
		'14:other',
		'39:other',
	]);
});

test('M15: the New Third Board measure (13) is listed for high-tech and private enterprises and SMEs', () => {
	for (const type of ['high-tech-enterprise', 'private-enterprise', 'msme'])
		assert.ok(numbers({ need: ['listing'], type: [type] }).includes(13), type);
});

test('M16: green finance + SME, and + private enterprise, list the green bonds measure (29)', () => {
	assert.deepEqual(bands({ need: ['green'], type: ['msme'] }), ['29:other']);
	assert.deepEqual(bands({ need: ['green'], type: ['private-enterprise'] }), ['29:other']);
});

test('M17: equity + seed, + mature and + pre-listing all list M5 (its stage tags come from one sentence)', () => {
	assert.deepEqual(bands({ need: ['equity'], stage: ['seed'] }), [
		'4:fits',
		'11:fits',
		'9:general',
		'10:general',
		'13:general',
		'14:general',
		'5:other',
	]);
	assert.deepEqual(numbers({ need: ['equity'], stage: ['mature'] }), [4, 9, 10, 13, 14, 5, 11]);
	assert.deepEqual(numbers({ need: ['equity'], stage: ['pre-listing'] }), [9, 10, 13, 14, 4, 5, 11]);
});

test('M18: credit information + growth, and + mature, list M34 and M33', () => {
	assert.deepEqual(bands({ need: ['credit-info'], stage: ['growth'] }), [
		'24:general',
		'30:general',
		'33:other',
		'34:other',
	]);
	assert.deepEqual(numbers({ need: ['credit-info'], stage: ['mature'] }), [24, 30, 33, 34]);
});

test('M19: IP + high-tech, + private enterprise and + SME list M22', () => {
	assert.deepEqual(bands({ need: ['ip'], type: ['high-tech-enterprise'] }), [
		'1:fits', // names high-tech enterprises itself, and sci-tech ones
		'21:fits',
		'33:fits',
		'23:general',
		'27:general',
		'22:other',
	]);
	assert.deepEqual(numbers({ need: ['ip'], type: ['msme'] }), [23, 27, 1, 21, 22, 33]);
	assert.ok(numbers({ need: ['ip'], type: ['private-enterprise'] }).includes(22));
});

test('L31: bonds + SME lists the four bond measures', () => {
	assert.deepEqual(numbers({ need: ['bonds'], type: ['msme'] }), [14, 15, 29, 31]);
});

test('credit + guarantee for an SRDI firm: the first-loan subsidy (19) among the best fits, the general IP one (23) after all fits', () => {
	assert.deepEqual(
		find({ need: ['credit', 'guarantee'], type: ['srdi'] }).map((m) => [m.number, m.fit, m.score]),
		[
			[4, 'fits', 17], // both needs (16) and sci-tech enterprises, a broader group (1)
			[17, 'fits', 17],
			[19, 'fits', 17], // SMEs
			[30, 'fits', 17],
			[39, 'fits', 17], // SMEs (中小企业发展资金)
			[1, 'fits', 14], // credit (8), 专精特新 itself (4), innovative SMEs and sci-tech enterprises (1 + 1)
			[2, 'fits', 9],
			[3, 'fits', 9],
			[8, 'fits', 9],
			[9, 'fits', 9],
			[18, 'fits', 9],
			[20, 'fits', 9],
			[33, 'fits', 9],
			[23, 'general', 16],
			[6, 'general', 8],
			[7, 'general', 8],
		],
	);
});
