/** One failed check: where, which measure, what is wrong and what to do. Printed as one line. */
export interface Problem {
	file: string;
	measure?: number;
	message: string;
	fix: string;
}

export function formatProblem(p: Problem): string {
	return `${p.file}: ${p.measure !== undefined ? `measure ${p.measure}: ` : ''}${p.message} → ${p.fix}`;
}
