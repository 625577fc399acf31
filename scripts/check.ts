/** `npm run check`: runs every content check without building; one line per problem; exit 1 on any. */
import { ContentError } from '../src/data/read.ts';
import { loadContext } from './lib/context.ts';
import { formatProblem } from './lib/problem.ts';
import { rules } from './lib/rules/index.ts';

let ctx;
try {
	ctx = loadContext(process.cwd());
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(`check: ${error.message}`);
	process.exit(1);
}
let failures = 0;
for (const rule of rules) {
	const problems = rule.run(ctx);
	failures += problems.length;
	for (const p of problems) console.error(formatProblem(p));
	console.log(`check ${rule.name}: ${problems.length ? `${problems.length} problem(s)` : 'ok'}`);
}
console.log(`check: ${ctx.measures.length} measures, ${ctx.pages.length} pages, ${failures} problem(s)`);
process.exit(failures ? 1 : 0);
