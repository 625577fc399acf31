/** Rule: every correction applies exactly once, and the corrected snapshot parses with nothing left over. */
import { relative } from '../../../src/data/read.ts';
import type { CheckContext } from '../context.ts';
import { expected } from '../expected.ts';
import type { Problem } from '../problem.ts';

export function checkCorrections(ctx: CheckContext): Problem[] {
	const { correctionProblems, parseProblems } = expected(ctx);
	const correctionsFile = relative(ctx.paths.corrections, ctx.paths.root);
	const snapshotFile = relative(ctx.paths.snapshot, ctx.paths.root);
	return [
		...correctionProblems.map(({ correction, message }) => ({
			file: correctionsFile,
			message: `correction "${correction.id}" (${correction.where}): ${message}`,
			fix: 'copy the snapshot text exactly from content/source/plan.zh.txt',
		})),
		...parseProblems.map(({ line, message }) => ({
			file: `${snapshotFile}:${line}`,
			message: 'after corrections, ' + message,
			fix: 'add or fix an entry in content/corrections.yaml; never edit the snapshot',
		})),
	];
}
