/** content/renderings.yaml names only glossary terms and known sources, and adds only renderings the glossary lacks. */
import { relative } from '../../../src/data/read.ts';
import { renderingProblems } from '../../../src/lib/renderings.ts';
import type { CheckContext } from '../context.ts';
import type { Problem } from '../problem.ts';

export function checkRenderings(ctx: CheckContext): Problem[] {
	const file = relative(ctx.paths.renderings, ctx.paths.root);
	return renderingProblems(ctx.data.renderings, ctx.glossary).map((p) => ({ file, ...p }));
}
