/**
 * Sentence handles (the only sentence code that ships). A handle is a link to its sentence (it works without
 * JavaScript); with JavaScript, activating it opens a small menu that copies the sentence's link or one of its
 * citations, with a visible confirmation that is also announced, and leads to the same sentence on the full text (from
 * a text's own page) or on its own page (from the full text). And a copy of a selection gets the plan's words
 * only (src/sentences/copy.ts).
 */
import { format } from '../lib/labels.ts';
import { sentenceId } from '../lib/locale.ts';
import { copiedText, type CopyRoot } from './copy.ts';

interface Citation {
	/** The style's name, as the menu shows it ("GB/T 7714-2015"). */
	label: string;
	text: string;
}

export function enhanceSentences(menu: HTMLElement, locale: 'zh' | 'en'): void {
	const status = document.querySelector<HTMLElement>('[data-sentence-status]');
	const list = menu.querySelector<HTMLElement>('[data-sentence-actions]');
	const title = menu.querySelector<HTMLElement>('[data-sentence-title]');
	const labels = JSON.parse(menu.dataset.labels ?? '{}') as Record<string, string>;
	if (!status || !list || !title) return;
	let opener: HTMLAnchorElement | null = null;

	const close = (refocus: boolean) => {
		menu.hidden = true;
		if (refocus) opener?.focus();
		opener = null;
	};

	async function copy(text: string, done: string) {
		try {
			await navigator.clipboard.writeText(text);
			status!.textContent = done;
		} catch {
			status!.textContent = labels.failed ?? '';
		}
		setTimeout(() => (status!.textContent = ''), 4000);
		const handle = opener;
		close(true);
		handle?.classList.add('is-copied');
		setTimeout(() => handle?.classList.remove('is-copied'), 1600);
	}

	function open(handle: HTMLAnchorElement) {
		opener = handle;
		const url = new URL(handle.getAttribute('href')!, location.href).href;
		const citations = JSON.parse(handle.dataset.citations ?? '[]') as Citation[];
		const n = handle.textContent?.trim() ?? '';
		title!.textContent = handle.getAttribute('aria-label') ?? '';
		const items = [
			{ label: labels.copyLink ?? '', text: url, done: format(labels.copiedLink ?? '', { n }) },
			...citations.map((c) => ({
				label: format(labels.copyCitation ?? '', { style: c.label }),
				text: c.text,
				done: format(labels.copiedCitation ?? '', { n, style: c.label }),
			})),
		];
		// The same sentence elsewhere: in the full text (its text names its prefix there), or on its own page.
		const full = handle.closest<HTMLElement>('[data-full-path]');
		const links = [
			...(full && n
				? [
						{
							label: labels.showInFull ?? '',
							href: `${full.dataset.fullPath}#${sentenceId(Number(n) - 1, full.dataset.fullPrefix)}`,
						},
					]
				: []),
			...(new URL(url).pathname !== location.pathname ? [{ label: labels.openHome ?? '', href: url }] : []),
		];
		list!.replaceChildren(
			...items.map((item) => {
				const li = document.createElement('li');
				const button = document.createElement('button');
				button.type = 'button';
				button.textContent = item.label;
				button.addEventListener('click', () => copy(item.text, item.done));
				li.append(button);
				return li;
			}),
			...links.map((link) => {
				const li = document.createElement('li');
				const a = document.createElement('a');
				a.href = link.href;
				a.textContent = link.label;
				li.append(a);
				return li;
			}),
		);
		const box = handle.getBoundingClientRect();
		menu.hidden = false;
		const width = menu.offsetWidth;
		menu.style.top = `${window.scrollY + box.bottom + 4}px`;
		menu.style.left = `${Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + innerWidth - width - 8))}px`;
		list!.querySelector<HTMLElement>('button, a')?.focus();
	}

	document.addEventListener('click', (event) => {
		const target = event.target as Element;
		const handle = target.closest<HTMLAnchorElement>('.sentence-link');
		if (handle) {
			event.preventDefault();
			if (opener === handle) close(true);
			else open(handle);
		} else if (!menu.hidden && !menu.contains(target)) close(false);
	});
	menu.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') close(true);
	});
	menu.addEventListener('focusout', (event) => {
		if (!menu.hidden && !menu.contains(event.relatedTarget as Node | null)) close(false);
	});

	document.addEventListener('copy', (event) => {
		const selection = document.getSelection();
		if (!selection || selection.isCollapsed || !event.clipboardData) return;
		const range = selection.getRangeAt(0);
		const ancestor = range.commonAncestorContainer;
		const element = ancestor instanceof Element ? ancestor : ancestor.parentElement;
		if (!element?.closest('.plan-text')) return;
		const fragment = range.cloneContents() as unknown as CopyRoot;
		event.clipboardData.setData('text/plain', copiedText(fragment, locale));
		event.preventDefault();
	});
}
