/** content/renderings.yaml names only glossary terms and known sources, and adds only renderings the glossary lacks. */
import { readRenderings, relative } from '../../../src/lib/content.ts';
import { renderingProblems } from '../../../src/lib/renderings.ts';
import type { CheckContext } from '../context.ts';
import type { Problem } from '../problem.ts';

export function checkRenderings(ctx: CheckContext): Problem[] {
	const file = relative(ctx.paths.renderings, ctx.paths.root);
	return renderingProblems(readRenderings(ctx.paths), ctx.glossary).map((p) => ({ file, ...p }));
}
