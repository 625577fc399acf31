/**
 * Rule: measures are numbered 1…N without gap or duplicate, each file is named after its number, each measure sits
 * in the part and task group that the snapshot's headings give it, task groups run （一）…（N） in order, and the
 * sidebar lists the measures in numbering order.
 */
import { measureFileName, relative } from '../../../src/data/read.ts';
import { toNumeral } from '../../../src/lib/numerals.ts';
import { buildPlan } from '../../../src/lib/plan.ts';
import { buildSidebar, sidebarMeasureOrder } from '../../../src/lib/sidebar.ts';
import type { CheckContext } from '../context.ts';
import { expected } from '../expected.ts';
import type { Problem } from '../problem.ts';

const where = (part: string, group?: string) => `part ${part}${group ? ` task group （${group}）` : ''}`;

export function checkNumbering(ctx: CheckContext, strings: Parameters<typeof buildSidebar>[1]): Problem[] {
	const problems: Problem[] = [];
	const documentFile = relative(ctx.paths.document, ctx.paths.root);
	const seen = new Map<number, string>();
	for (const { file, data } of ctx.measures) {
		const n = data.measure;
		const name = file.split('/').at(-1);
		if (name !== measureFileName(n))
			problems.push({
				file,
				measure: n,
				message: `file name ${name} does not match its number`,
				fix: `rename it to ${measureFileName(n)} or correct "measure:"`,
			});
		const other = seen.get(n);
		if (other)
			problems.push({
				file,
				measure: n,
				message: `duplicates the number of ${other}`,
				fix: 'give each measure its own number',
			});
		seen.set(n, file);
	}
	const max = Math.max(0, ...seen.keys());
	for (let n = 1; n <= max; n++)
		if (!seen.has(n))
			problems.push({
				file: `content/plan/measures/${measureFileName(n)}`,
				measure: n,
				message: `is missing: numbers jump from ${n - 1} to ${n + 1}`,
				fix: 'restore the measure file (npm run extract writes missing ones)',
			});

	// Task groups: （一）…（N） in order, as the snapshot's headings list them.
	ctx.document.tasks.groups.forEach((g, i) => {
		if (g.id !== toNumeral(i + 1))
			problems.push({
				file: documentFile,
				message: `task group ${i + 1} is numbered （${g.id}）`,
				fix: `number it （${toNumeral(i + 1)}）: task groups run in order`,
			});
	});
	const tasksPart = expected(ctx).source.parts.find((p) => p.title === ctx.document.tasks.title.zh);
	const sourceGroups = tasksPart?.subparts.map((s) => s.numeral) ?? [];
	if (sourceGroups.join('') !== ctx.document.tasks.groups.map((g) => g.id).join(''))
		problems.push({
			file: documentFile,
			message: `task groups are （${ctx.document.tasks.groups.map((g) => g.id).join('）（')}）, the snapshot's headings give （${sourceGroups.join('）（')}）`,
			fix: 'list the task groups as the snapshot does',
		});

	// Placement: each measure in the part and group where the snapshot's headings put it.
	const placement = new Map(expected(ctx).measures.map((m) => [m.measure, m]));
	for (const { file, data } of ctx.measures) {
		const want = placement.get(data.measure);
		if (want && (want.part !== data.part || want.group !== data.group))
			problems.push({
				file,
				measure: data.measure,
				message: `is in ${where(data.part, data.group)}, but the snapshot puts it in ${where(want.part, want.group)}`,
				fix: `set part: ${want.part}${want.group ? ` and group: ${want.group}` : ' and remove group'}`,
			});
	}
	// Group order follows numbering: measure n+1 never sits in an earlier group than measure n.
	const sorted = [...ctx.measures].sort((a, b) => a.data.measure - b.data.measure);
	const rank = (m: (typeof sorted)[number]) => `${m.data.part}${m.data.group ?? ''}`;
	const order = [
		...ctx.document.tasks.groups.map((g) => `${ctx.document.tasks.part}${g.id}`),
		ctx.document.safeguards.part,
	];
	for (let i = 1; i < sorted.length; i++) {
		const prev = sorted[i - 1]!;
		const cur = sorted[i]!;
		if (order.indexOf(rank(cur)) < order.indexOf(rank(prev)))
			problems.push({
				file: cur.file,
				measure: cur.data.measure,
				message: `comes after measure ${prev.data.measure} but sits in an earlier group (${where(cur.data.part, cur.data.group)})`,
				fix: 'numbering must follow the order of the task groups',
			});
	}
	// The sidebar derives from the data; prove it lists measures in numbering order.
	const listed = sidebarMeasureOrder(
		buildSidebar(
			buildPlan(
				ctx.document,
				ctx.measures.map((m) => m.data),
			),
			strings,
		),
	);
	const numbers = [...seen.keys()].sort((a, b) => a - b);
	if (listed.join() !== numbers.join())
		problems.push({
			file: 'src/lib/sidebar.ts',
			message: `the sidebar lists measures ${listed.join(',')}, not in numbering order`,
			fix: 'fix buildSidebar so it follows the data',
		});
	return problems;
}
