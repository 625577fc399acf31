/** The glossary as the site uses it: the measures that use each term, derived from the text. */
import type { Plan } from './plan.ts';
import type { GlossaryTerm } from './schema.ts';
import { termsIn } from './terms.ts';

/** Measure numbers whose Chinese text uses the term (by any of its Chinese forms). */
export function measuresUsing(plan: Plan, term: GlossaryTerm): number[] {
	return plan.measures
		.filter((m) => termsIn(m.sentences.map((s) => s.zh).join(''), [term], 'zh').length > 0)
		.map((m) => m.number);
}
