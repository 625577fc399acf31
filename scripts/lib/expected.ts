/** What the snapshot, after the listed corrections, says the plan data must be. Computed once per context. */
import { extractDocument, extractMeasures, type ExtractedDocument } from '../../src/lib/extract.ts';
import type { MeasureFile } from '../../src/lib/schema.ts';
import { applyCorrections, parseSource, type SourcePlan, type SourceProblem } from '../../src/lib/source.ts';
import type { CheckContext } from './context.ts';

export interface Expected {
	correctionProblems: ReturnType<typeof applyCorrections>['problems'];
	parseProblems: SourceProblem[];
	source: SourcePlan;
	/** undefined when the snapshot could not be parsed into the plan's four parts. */
	document?: ExtractedDocument;
	measures: MeasureFile[];
}

const cache = new WeakMap<CheckContext, Expected>();

export function expected(ctx: CheckContext): Expected {
	const hit = cache.get(ctx);
	if (hit) return hit;
	const corrected = applyCorrections(ctx.snapshot, ctx.corrections);
	const { plan, problems } = parseSource(corrected.text);
	let document: ExtractedDocument | undefined;
	try {
		document = extractDocument(plan);
	} catch (error) {
		problems.push({ line: 0, message: (error as Error).message });
	}
	const value: Expected = {
		correctionProblems: corrected.problems,
		parseProblems: problems,
		source: plan,
		document,
		measures: extractMeasures(plan),
	};
	cache.set(ctx, value);
	return value;
}
