/**
 * The quote checker's behaviour: show the form, fill it from ?q=, and answer: load the sentence list and the
 * traditional → simplified converter on first use (both lazily, in parallel), check the quote (match.ts) and show
 * the verdict, the sentence linked, the difference word by word (<del>/<ins>), the official text and its citation.
 */
import type { Locale } from '../lib/labels.ts';
import { localePath } from '../lib/locale.ts';
import type { PlanSentence } from '../lib/sentences.ts';
import type { Index, Match, Result } from './match.ts';
import type { ToSimplified } from './normalize.ts';

type Cited = PlanSentence & { cite: Record<Locale, string> };
type Messages = Record<string, string>;

let loaded:
	Promise<{ index: Index; toSimplified: ToSimplified; check: typeof import('./match.ts').checkQuote }> | undefined;
/** The sentence list and the converter, fetched once. */
function load(url: string) {
	loaded ??= Promise.all([
		fetch(url).then((r) => {
			if (!r.ok) throw new Error(`${url}: ${r.status}`);
			return r.json() as Promise<Cited[]>;
		}),
		import('opencc-js/t2cn'),
		import('./match.ts'),
	]).then(([sentences, opencc, match]) => ({
		check: match.checkQuote,
		index: match.buildIndex(sentences),
		toSimplified: opencc.Converter({ from: 'tw', to: 'cn' }),
	}));
	return loaded;
}

function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<Record<'className' | 'lang' | 'href' | 'textContent', string>> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	Object.assign(node, props);
	node.append(...children);
	return node;
}

function render(body: HTMLElement, result: Result, locale: Locale, t: Messages) {
	const link = (m: Match) => {
		const first = m.sentences[0] as Cited;
		return el(
			'a',
			{ href: `${localePath(locale, first.path)}#${first.anchor}` },
			...m.sentences.map((s) => (s as Cited).cite[locale]).join(' + '),
		);
	};
	const match = result.best;
	body.replaceChildren(el('p', { className: 'verify-verdict' }, el('strong', {}, t[`verify.${result.verdict}`] ?? '')));
	if (!match) return;
	body.append(el('p', { className: 'verify-place' }, link(match)));
	if (match.sentences.length > 1) body.append(el('p', {}, t['verify.spans'] ?? ''));
	if (result.lang === 'en') body.append(el('p', { className: 'verify-english' }, t['verify.english'] ?? ''));
	if (match.diff) {
		const diff = el('p', { className: 'verify-diff', lang: result.lang === 'zh' ? 'zh-CN' : 'en' });
		for (const part of match.diff) {
			if (part.kind === 'same') diff.append(part.text);
			else {
				const mark = el(part.kind === 'removed' ? 'del' : 'ins', {}, part.text);
				mark.title = t[part.kind === 'removed' ? 'verify.removed' : 'verify.added'] ?? '';
				diff.append(mark);
			}
		}
		body.append(
			el('h3', {}, t['verify.difference'] ?? ''),
			diff,
			el('p', { className: 'verify-legend' }, t['verify.legend'] ?? ''),
		);
	}
	body.append(
		el('h3', {}, t['verify.official'] ?? ''),
		el('blockquote', { lang: 'zh-CN' }, el('p', {}, match.sentences.map((s) => s.zh).join(''))),
	);
	const english = match.sentences
		.map((s) => s.en ?? '')
		.join(' ')
		.trim();
	if (english)
		body.append(el('h3', {}, t['verify.translation'] ?? ''), el('blockquote', { lang: 'en' }, el('p', {}, english)));
	body.append(
		el('h3', {}, t['verify.citation.label'] ?? ''),
		el('p', { className: 'verify-citation' }, match.sentences.map((s) => (s as Cited).cite[locale]).join('；')),
	);
	if (result.others.length)
		body.append(
			el('h3', {}, t['verify.others'] ?? ''),
			el('ul', {}, ...result.others.map((m) => el('li', {}, link(m)))),
		);
}

export function enhanceVerify(root: HTMLElement): void {
	const form = root.querySelector<HTMLFormElement>('[data-verify-form]');
	const textarea = form?.querySelector('textarea');
	const status = root.querySelector<HTMLElement>('[data-verify-status]');
	const results = root.querySelector<HTMLElement>('#verify-results');
	const body = root.querySelector<HTMLElement>('[data-verify-body]');
	if (!form || !textarea || !status || !results || !body) return;
	const t = JSON.parse(root.dataset.messages ?? '{}') as Messages;
	const locale: Locale = root.dataset.locale === 'en' ? 'en' : 'zh';
	root.querySelector<HTMLElement>('[data-verify-nojs]')!.hidden = true;
	form.hidden = false;
	// Enter types a new line; Ctrl+Enter (⌘+Enter) submits, as in most text boxes that send.
	textarea.addEventListener('keydown', (e) => {
		if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
			e.preventDefault();
			form.requestSubmit();
		}
	});
	const q = new URLSearchParams(location.search).get('q') ?? '';
	textarea.value = q;
	if (!q.trim()) return;
	status.textContent = t['verify.loading'] ?? '';
	load(root.dataset.sentences!)
		.then(({ index, toSimplified, check }) => {
			const result = check(index, q, toSimplified);
			status.textContent = '';
			if (!result) return;
			// Read out the verdict; it is shown in the results.
			status.textContent = t[`verify.${result.verdict}`] ?? '';
			status.classList.add('sr-only');
			render(body, result, locale, t);
			results.dataset.verdict = result.verdict;
			results.hidden = false;
		})
		.catch(() => {
			status.textContent = t['verify.failed'] ?? '';
		});
}
