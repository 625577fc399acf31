/** The open data files: the graph and the measures, as JSON and CSV. Pure functions of the plan data. */
import type { Graph } from '../diagram/model.ts';
import type { EntityData } from './entities.ts';
import type { Plan } from './plan.ts';
import { absoluteUrl, measurePath, sentenceId } from './locale.ts';

export const LICENCE = {
	text: 'The official Chinese text is a government document, not subject to copyright (Copyright Law of the PRC, art. 5); it is authoritative. The English translation, summaries and data structure are unofficial and licensed CC BY 4.0.',
	url: 'https://creativecommons.org/licenses/by/4.0/',
};

export function graphJson(graph: Graph) {
	return {
		licence: LICENCE,
		nodes: graph.nodes.map((n) => ({
			id: n.id,
			type: n.type,
			name: n.name,
			aliases: n.aliases,
			...(n.measure ? { measure: n.measure } : {}),
		})),
		edges: graph.edges.map((e) => ({
			source: e.source,
			target: e.target,
			kind: e.kind,
			measure: e.measure,
			sentence: e.sentence,
			evidence: e.evidence,
			...(e.strength ? { strength: e.strength } : {}),
		})),
	};
}

export interface MeasureRecordOut {
	number: number;
	part: string;
	group: string | null;
	title: { zh: string; en: string | null };
	text: { zh: string; en: string | null };
	sentences: { id: string; zh: string; en: string | null }[];
	url: { zh: string; en: string };
	entities: string[];
}

export function measuresJson(
	plan: Plan,
	entities: EntityData,
	origin: string,
): { licence: typeof LICENCE; measures: MeasureRecordOut[] } {
	return {
		licence: LICENCE,
		measures: plan.measures.map((m) => {
			const translated = m.sentences.every((s) => s.en);
			return {
				number: m.number,
				part: m.part,
				group: m.group ?? null,
				title: { zh: m.title.zh, en: m.title.en ?? null },
				text: {
					zh: m.sentences.map((s) => s.zh).join(''),
					en: translated ? m.sentences.map((s) => s.en).join(' ') : null,
				},
				sentences: m.sentences.map((s, i) => ({ id: sentenceId(i), zh: s.zh, en: s.en ?? null })),
				url: {
					zh: absoluteUrl(measurePath('zh', m.number), origin),
					en: absoluteUrl(measurePath('en', m.number), origin),
				},
				entities: [...new Set(entities.mentions.filter((x) => x.measure === m.number).map((x) => x.entity))],
			};
		}),
	};
}

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends; UTF-8 with BOM so spreadsheets read Chinese. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
	const field = (v: string | number | null) => `"${String(v ?? '').replaceAll('"', '""')}"`;
	return '\uFEFF' + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export function measuresCsv(records: readonly MeasureRecordOut[]): string {
	return toCsv([
		[
			'number',
			'part',
			'group',
			'title_zh',
			'title_en',
			'text_zh',
			'text_en',
			'sentence_count',
			'url_zh',
			'url_en',
			'entities',
		],
		...records.map((r) => [
			r.number,
			r.part,
			r.group,
			r.title.zh,
			r.title.en,
			r.text.zh,
			r.text.en,
			r.sentences.length,
			r.url.zh,
			r.url.en,
			r.entities.join(' '),
		]),
	]);
}
