/**
 * What a page makes the browser load up front: its HTML, its stylesheets (not print-only ones), and its scripts —
 * inline ones, external ones and everything those import statically. Sizes raw and gzip. Pure over a file reader.
 */
import { gzipSync } from 'node:zlib';

export interface Size {
	raw: number;
	gzip: number;
}
export interface PageWeight {
	html: Size;
	css: Size;
	js: Size;
	files: string[];
}

export const sizeOf = (text: string | Buffer): Size => ({
	raw: Buffer.byteLength(text),
	gzip: gzipSync(text, { level: 9 }).length,
});
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Size = { raw: 0, gzip: 0 };

/** Static imports of a JS module (not dynamic `import()`), resolved against its URL path. */
export function staticImports(code: string, from: string): string[] {
	const specifiers = [
		...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g),
		...code.matchAll(/\bexport\s*[\w*{}\s,$]*from\s*["']([^"']+)["']/g),
	].map((m) => m[1]!);
	return specifiers
		.filter((s) => s.startsWith('.') || s.startsWith('/'))
		.map((s) => new URL(s, `http://x${from}`).pathname);
}

export function pageWeight(html: string, read: (urlPath: string) => string): PageWeight {
	const files = new Set<string>();
	let css = ZERO;
	let js = ZERO;
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		if (!/rel="?stylesheet/.test(tag) || /media="print"/.test(tag)) continue;
		const href = /href="([^"]+)"/.exec(tag)?.[1];
		if (href && !files.has(href)) {
			files.add(href);
			css = add(css, sizeOf(read(href)));
		}
	}
	for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css = add(css, sizeOf(m[1]!));
	const queue: string[] = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = /src="([^"]+)"/.exec(m[1]!)?.[1];
		if (src) queue.push(src);
		else if (!/type="application\/(ld\+)?json"/.test(m[1]!)) {
			js = add(js, sizeOf(m[2]!));
			queue.push(...staticImports(m[2]!, '/'));
		}
	}
	while (queue.length) {
		const path = queue.shift()!;
		if (files.has(path)) continue;
		files.add(path);
		const code = read(path);
		js = add(js, sizeOf(code));
		queue.push(...staticImports(code, path));
	}
	return { html: sizeOf(html), css, js, files: [...files] };
}
