/** Shared data for the browser tests: the plan as the site reads it, so expectations derive from the content. */
import { getPlan, getMeasure } from '../../src/lib/plan.ts';

export const plan = getPlan();
export const measure = (n: number) => getMeasure(plan, n);
export const fullText = (n: number) =>
	measure(n)
		.sentences.map((s) => s.zh)
		.join('');
