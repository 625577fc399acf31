/** Shared data for the browser tests: the content as the site reads it (the one loader), to derive expectations. */
import { loadSiteData } from '../../src/data/load.ts';
import { getMeasure } from '../../src/lib/plan.ts';

export const data = loadSiteData(process.cwd());
export const plan = data.plan;
export const measure = (n: number) => getMeasure(plan, n);
export const fullText = (n: number) =>
	measure(n)
		.sentences.map((s) => s.zh)
		.join('');
