/**
 * Citation formats through citation-js, from CSL-JSON items: the GB/T 7714-2015 reference (the CSL project's style,
 * vendored in src/citation/csl/ with the zh-CN locale), RIS, BibTeX and CSL-JSON. citation-js is configured once, here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';

/** A CSL-JSON item (the fields this site uses). */
export interface CslItem {
	id: string;
	type: 'regulation';
	title: string;
	number: string;
	author: { literal: string }[];
	issued: { 'date-parts': [[number, number, number]] };
	accessed: { 'date-parts': [[number, number, number]] };
	URL: string;
	language: string;
	section?: string;
	note?: string;
}

const GBT = 'gb-t-7714-2015-numeric';
const CSL_DIR = (root: string) => path.join(root, 'src', 'citation', 'csl');
let configured = false;
/** Registers the vendored style and locale (read relative to the working directory, like content/). */
function configure(root = process.cwd()): void {
	if (configured) return;
	const csl = plugins.config.get('@csl');
	csl.styles.add(
		GBT,
		readFileSync(path.join(CSL_DIR(root), 'china-national-standard-gb-t-7714-2015-numeric.csl'), 'utf8'),
	);
	csl.locales.add('zh-CN', readFileSync(path.join(CSL_DIR(root), 'locales-zh-CN.xml'), 'utf8'));
	const bibtex = plugins.config.get('@bibtex');
	// Keep the Chinese title and issuer as they are (biber and XeLaTeX read UTF-8), and use our ids as keys.
	bibtex.format.asciiOnly = false;
	bibtex.format.useIdAsLabel = true;
	configured = true;
}

/** `YYYY-MM-DD` as CSL date parts. */
export function dateParts(iso: string): { 'date-parts': [[number, number, number]] } {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) throw new Error(`dateParts: expected a date YYYY-MM-DD, got "${iso}"`);
	return { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] };
}

/** The GB/T 7714-2015 reference-list entry, without the list number ("[1] ") the style puts before it. */
export function gbt7714(item: CslItem): string {
	configure();
	const entry = new Cite(item).format('bibliography', { template: GBT, lang: 'zh-CN', format: 'text' }) as string;
	return entry.trim().replace(/^\[1\]\s*/, '');
}
/** RIS; dates as the RIS spec writes them, YYYY/MM/DD/ (citation-js leaves single-digit months and days unpadded). */
export function ris(item: CslItem): string {
	configure();
	return new Cite(item)
		.format('ris')
		.replace(
			/^(DA|Y1|Y2|PY) {2}- (\d{4})\/(\d{1,2})\/(\d{1,2})\//gm,
			(_: string, tag: string, y: string, m: string, d: string) =>
				`${tag}  - ${y}/${m.padStart(2, '0')}/${d.padStart(2, '0')}/`,
		);
}
export function bibtex(item: CslItem): string {
	configure();
	return new Cite(item).format('bibtex', { format: 'text' });
}
export function cslJson(item: CslItem): string {
	return JSON.stringify([item], null, 2) + '\n';
}
