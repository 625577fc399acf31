/**
 * Rules on the plain-language explainers:
 * - every measure has an in-brief (`summary` in its page's frontmatter) in both languages, and a measure that offers
 *   enterprises nothing directly says who it asks to act (`whoActs`);
 * - every number an offer gives occurs in the measure's text in that language (the in-brief rule, in-briefs.ts,
 *   applies the same test to the in-briefs);
 * - every offer and audience tag names a sentence of its measure, and its evidence is verbatim in that sentence;
 * - an offer's status comes from a verb of that sentence listed for the status in content/facets.yaml; every status is
 *   defined there once, and a verb is listed under one status only (so the verb alone decides);
 * - every facet id is known, and every need and stage is used by at least one measure.
 */
import { measureFileName, relative } from '../../../src/data/read.ts';
import { OFFER_STATUSES, type Sentence } from '../../../src/lib/schema.ts';
import { sentenceById, sentenceId } from '../../../src/lib/locale.ts';
import type { CheckContext } from '../context.ts';
import type { Problem } from '../problem.ts';

/** The numbers a text states: digits with their decimal part and a following per cent sign (1%, 200, 2.5). */
export function numbersIn(text: string): string[] {
	return [...text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?\s*[%％]?/gu)].map((m) =>
		m[0].replace(/,/g, '').replace(/\s+/g, '').replace('％', '%'),
	);
}

/** Numbers of `claim` that `source` does not state. */
export function unstatedNumbers(claim: string, source: string): string[] {
	const stated = new Set(numbersIn(source));
	return [...new Set(numbersIn(claim))].filter((n) => !stated.has(n));
}

type Lang = 'zh' | 'en';
const joined = (sentences: readonly Sentence[], lang: Lang) =>
	sentences.map((s) => s[lang] ?? '').join(lang === 'zh' ? '' : ' ');

export function checkExplainers(ctx: CheckContext): Problem[] {
	const problems: Problem[] = [];
	const measures = new Map(ctx.measures.map((m) => [m.data.measure, m.data]));
	const explainers = new Map<number, (typeof ctx.explainers)[number]>();
	for (const e of ctx.explainers)
		if (explainers.has(e.data.measure))
			problems.push({
				file: e.file,
				measure: e.data.measure,
				message: `is a second explainer for this measure (the first is ${explainers.get(e.data.measure)!.file})`,
				fix: 'keep one explainer file per measure',
			});
		else explainers.set(e.data.measure, e);
	const known = {
		need: new Set(ctx.facets.facets.filter((f) => f.facet === 'need').map((f) => f.id)),
		stage: new Set(ctx.facets.facets.filter((f) => f.facet === 'stage').map((f) => f.id)),
		type: new Set(ctx.entities.entities.filter((e) => e.type === 'enterprise').map((e) => e.id)),
	};
	const verbs = new Map(ctx.facets.statuses.map((s) => [s.id, s.verbs]));
	const used = new Set<string>();
	const facetsFile = relative(ctx.paths.facets, ctx.paths.root);
	for (const status of OFFER_STATUSES) {
		const defined = ctx.facets.statuses.filter((s) => s.id === status).length;
		if (defined !== 1)
			problems.push({
				file: facetsFile,
				message: `status ${status} is defined ${defined} times under statuses`,
				fix: 'define each status once, with its name, what it means and its verbs',
			});
	}
	const statusOf = new Map<string, string>();
	for (const { id, verbs: list } of ctx.facets.statuses)
		for (const verb of list) {
			const first = statusOf.get(verb);
			if (first === undefined) statusOf.set(verb, id);
			else if (first !== id || list.indexOf(verb) !== list.lastIndexOf(verb))
				problems.push({
					file: facetsFile,
					message: `verb ${verb} is listed under ${first === id ? `${id} twice` : `both ${first} and ${id}`}`,
					fix: 'list each verb under one status: the one its offers have',
				});
		}

	for (const { file, data } of ctx.explainers) {
		const measure = measures.get(data.measure);
		if (!measure) {
			problems.push({
				file,
				measure: data.measure,
				message: 'is an explainer for a measure that does not exist',
				fix: 'set `measure:` to a measure number',
			});
			continue;
		}
		if (!file.endsWith(measureFileName(data.measure)))
			problems.push({
				file,
				measure: data.measure,
				message: `is measure ${data.measure}'s explainer but not named ${measureFileName(data.measure)}`,
				fix: `rename it to content/explainers/${measureFileName(data.measure)}`,
			});
		const sentence = (id: string) => sentenceById(measure.sentences, id);
		const ids = measure.sentences.map((_, i) => sentenceId(i)).join(', ');
		const grounded = (what: string, item: { sentence: string; evidence: string }) => {
			const s = sentence(item.sentence);
			if (!s)
				problems.push({
					file,
					measure: data.measure,
					message: `${what}: sentence ${item.sentence} does not exist`,
					fix: `use one of ${ids}`,
				});
			else if (!s.zh.includes(item.evidence))
				problems.push({
					file,
					measure: data.measure,
					message: `${what}: evidence "${item.evidence}" is not in sentence ${item.sentence}`,
					fix: 'copy the phrase verbatim from that sentence of content/plan/measures, or name the sentence that has it',
				});
			return s;
		};
		for (const offer of data.offers) {
			const what = `offer "${offer.zh}"`;
			const s = grounded(what, offer);
			if (s && !s.zh.includes(offer.verb))
				problems.push({
					file,
					measure: data.measure,
					message: `${what}: verb ${offer.verb} is not in sentence ${offer.sentence}`,
					fix: 'give the verb of that sentence that governs the offer',
				});
			if (!(verbs.get(offer.status) ?? []).includes(offer.verb)) {
				const listed = statusOf.get(offer.verb);
				problems.push({
					file,
					measure: data.measure,
					message: `${what}: verb ${offer.verb} is not a verb of status ${offer.status}`,
					fix: listed
						? `set status: ${listed} (${facetsFile} lists ${offer.verb} there), or name the verb that governs the offer`
						: `add ${offer.verb} to the verbs of the status it gives in ${facetsFile}, and set that status`,
				});
			}
			for (const lang of ['zh', 'en'] as const) {
				const missing = unstatedNumbers(offer[lang], joined(measure.sentences, lang));
				if (missing.length)
					problems.push({
						file,
						measure: data.measure,
						message: `${what}: ${lang} gives ${missing.join(', ')}, which the measure's ${lang} text does not state`,
						fix: 'state only numbers the measure gives',
					});
			}
		}
		for (const tag of data.audiences) {
			const what = `audience ${tag.facet}=${tag.id}`;
			grounded(what, tag);
			used.add(`${tag.facet}=${tag.id}`);
			if (!known[tag.facet].has(tag.id))
				problems.push({
					file,
					measure: data.measure,
					message: `${what} is not a known ${tag.facet}`,
					fix:
						tag.facet === 'type'
							? 'use the id of an enterprise entity in content/entities.yaml'
							: `use an id listed under facet ${tag.facet} in ${facetsFile}, or add it there`,
				});
		}
	}

	for (const { type, as } of ctx.facets.alsoCountsAs)
		for (const id of [type, ...as])
			if (!known.type.has(id))
				problems.push({
					file: facetsFile,
					message: `alsoCountsAs: ${id} is not an enterprise group`,
					fix: 'use ids of enterprise entities in content/entities.yaml',
				});

	for (const facet of ctx.facets.facets)
		if (!used.has(`${facet.facet}=${facet.id}`))
			problems.push({
				file: facetsFile,
				message: `${facet.facet} ${facet.id} is used by no measure`,
				fix: 'tag the measures that concern it in content/explainers, or remove it',
			});

	for (const n of measures.keys()) {
		const explainer = explainers.get(n);
		if (!explainer)
			problems.push({
				file: `content/explainers/${measureFileName(n)}`,
				measure: n,
				message: 'has no explainer (offers and audiences)',
				fix: 'add the file; `offers: []` and `audiences: []` when the measure offers nothing and concerns no group',
			});
		for (const lang of ['zh', 'en'] as const) {
			const page = ctx.pages.find((p) => p.locale === lang && p.slug === `measures/${n}`);
			if (!page) continue; // a missing page is reported by the page checks
			const { summary, whoActs } = page.frontmatter as { summary?: unknown; whoActs?: unknown };
			if (typeof summary !== 'string' || !summary.trim())
				problems.push({
					file: page.file,
					measure: n,
					message: 'has no in-brief',
					fix: 'add `summary:` to the frontmatter: 1–3 plain sentences on what changes, for whom',
				});
			if (explainer && explainer.data.offers.length === 0 && typeof whoActs !== 'string')
				problems.push({
					file: page.file,
					measure: n,
					message: 'offers enterprises nothing directly but does not say who it asks to act',
					fix: 'add `whoActs:` to the frontmatter: who the measure asks to act and how enterprises benefit',
				});
		}
	}
	return problems;
}
