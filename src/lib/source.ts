/**
 * Reads the scraped snapshot of the official page: applies the listed corrections, then parses the text into
 * the document's structure (metadata, notice, parts, sub-parts, measures). Pure: strings in, structure out.
 */
import type { Correction } from './schema.ts';
import { normalizeWhitespace } from './text.ts';

export interface SourceParagraph {
	text: string;
	/** 1-based line of the corrected snapshot where the paragraph starts. */
	line: number;
}
export interface SourceMeasure extends SourceParagraph {
	number: number;
	/** The measure's text without its "N." prefix. */
	body: string;
}
export interface SourceSubpart {
	numeral: string;
	title: string;
	line: number;
	paragraphs: SourceParagraph[];
	measures: SourceMeasure[];
}
export interface SourcePart {
	numeral: string;
	title: string;
	line: number;
	paragraphs: SourceParagraph[];
	measures: SourceMeasure[];
	subparts: SourceSubpart[];
}
export interface SourcePlan {
	metadata: Record<string, string>;
	notice: { title: string; paragraphs: SourceParagraph[] };
	plan: { title: string; preamble: SourceParagraph[] };
	parts: SourcePart[];
}
export interface SourceProblem {
	line: number;
	message: string;
}

/** Occurrences of `needle` in `haystack`. */
function count(haystack: string, needle: string): number {
	let n = 0;
	for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
	return n;
}

/**
 * Applies each correction (a literal replacement) to the snapshot. A correction whose snapshot text does not occur
 * exactly once is reported: it would otherwise apply silently in the wrong place or not at all.
 */
export function applyCorrections(
	snapshot: string,
	corrections: readonly Correction[],
): { text: string; problems: { correction: Correction; message: string }[] } {
	const problems: { correction: Correction; message: string }[] = [];
	let text = snapshot;
	for (const correction of corrections) {
		const found = count(text, correction.snapshot);
		if (found !== 1) {
			problems.push({
				correction,
				message: `its snapshot text occurs ${found} times (expected exactly once): quote the snapshot exactly, with enough context to be unique`,
			});
			continue;
		}
		text = text.replace(correction.snapshot, () => correction.document);
	}
	return { text, problems };
}

const HEADING = /^#+\s*(.*)$/u;
const METADATA = /^\[(.+?)\]\s*(.*)$/u;
const PART = /^([一二三四五六七八九十]+)、(.+)$/u;
const SUBPART = /^（([一二三四五六七八九十]+)）(.+)$/u;
const HALF_WIDTH_SUBPART = /^\(([一二三四五六七八九十]+)\)\s*(.+)$/u;
const MEASURE = /^(\d+)\.(.+)$/u;

/** Paragraphs separated by blank lines, white space normalised, with their starting line. */
export function paragraphs(text: string): SourceParagraph[] {
	const result: SourceParagraph[] = [];
	const lines = text.split('\n');
	let buffer: string[] = [];
	let start = 0;
	lines.forEach((line, i) => {
		if (line.trim() === '') {
			if (buffer.length) result.push({ text: normalizeWhitespace(buffer.join('\n')), line: start + 1 });
			buffer = [];
		} else {
			if (!buffer.length) start = i;
			buffer.push(line);
		}
	});
	if (buffer.length) result.push({ text: normalizeWhitespace(buffer.join('\n')), line: start + 1 });
	return result;
}

/**
 * Parses the corrected snapshot. Heading levels (#…#####) carry no meaning in the scrape, so a heading is
 * classified by its words alone: 一、… is a part, （一）… a sub-part; the first heading is the notice's title and
 * the second the plan's. Every paragraph must land somewhere: anything unrecognised is a problem.
 */
export function parseSource(text: string): { plan: SourcePlan; problems: SourceProblem[] } {
	const problems: SourceProblem[] = [];
	const plan: SourcePlan = {
		metadata: {},
		notice: { title: '', paragraphs: [] },
		plan: { title: '', preamble: [] },
		parts: [],
	};
	let headings = 0;
	let part: SourcePart | undefined;
	let subpart: SourceSubpart | undefined;

	for (const paragraph of paragraphs(text)) {
		const heading = HEADING.exec(paragraph.text);
		if (heading) {
			const words = heading[1] ?? '';
			headings++;
			const partMatch = PART.exec(words);
			const subMatch = SUBPART.exec(words);
			if (headings === 1) plan.notice.title = words;
			else if (headings === 2) plan.plan.title = words;
			else if (partMatch) {
				part = {
					numeral: partMatch[1]!,
					title: partMatch[2]!,
					line: paragraph.line,
					paragraphs: [],
					measures: [],
					subparts: [],
				};
				subpart = undefined;
				plan.parts.push(part);
			} else if (subMatch && part) {
				subpart = { numeral: subMatch[1]!, title: subMatch[2]!, line: paragraph.line, paragraphs: [], measures: [] };
				part.subparts.push(subpart);
			} else if (HALF_WIDTH_SUBPART.test(words)) {
				problems.push({
					line: paragraph.line,
					message: `heading "${words}" uses half-width parentheses: add a heading-punctuation correction that gives the document's （…）`,
				});
			} else {
				problems.push({
					line: paragraph.line,
					message: `heading "${words}" is neither a part (一、…) nor a sub-part (（一）…): correct it or list it as site chrome`,
				});
			}
			continue;
		}
		if (headings === 0) {
			const meta = METADATA.exec(paragraph.text);
			if (meta) plan.metadata[meta[1]!] = meta[2]!;
			else
				problems.push({
					line: paragraph.line,
					message: `"${paragraph.text.slice(0, 30)}" before the notice is not a metadata line: list it as site chrome in the corrections`,
				});
			continue;
		}
		if (headings === 1) {
			plan.notice.paragraphs.push(paragraph);
			continue;
		}
		if (!part) {
			plan.plan.preamble.push(paragraph);
			continue;
		}
		const measure = MEASURE.exec(paragraph.text);
		const holder = subpart ?? part;
		if (measure) holder.measures.push({ ...paragraph, number: Number(measure[1]), body: measure[2]! });
		else if (holder.measures.length) {
			problems.push({
				line: paragraph.line,
				message: `paragraph "${paragraph.text.slice(0, 20)}…" follows measure ${holder.measures.at(-1)!.number} but has no number: if it is the measure's continuation, add a correction joining them`,
			});
		} else holder.paragraphs.push(paragraph);
	}
	return { plan, problems };
}

/** All measures of the parsed source in document order, with the part and sub-part that hold them. */
export function sourceMeasures(
	plan: SourcePlan,
): { measure: SourceMeasure; part: SourcePart; subpart?: SourceSubpart }[] {
	return plan.parts
		.flatMap((part) => [
			...part.measures.map((measure) => ({ measure, part })),
			...part.subparts.flatMap((subpart) => subpart.measures.map((measure) => ({ measure, part, subpart }))),
		])
		.sort((a, b) => a.measure.line - b.measure.line);
}
