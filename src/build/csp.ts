/**
 * Hashes for Starlight's `<script is:inline>` blocks (theme, sidebar state, search shortcut hint). Astro's CSP hashes
 * the scripts it bundles but not inline ones, so without these the browser blocks them on every page. They are
 * computed from Starlight's own component sources, so they follow upgrades; an inline script from anywhere else
 * stays unhashed and `npm run check:site` reports it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const INLINE_SCRIPT = /<script is:inline[^>]*>([\s\S]*?)<\/script>/g;

export function inlineScriptHashes(source: string): `sha256-${string}`[] {
	return [...source.matchAll(INLINE_SCRIPT)].map(
		(m) => `sha256-${createHash('sha256').update(m[1]!).digest('base64')}` as const,
	);
}

/** The hashes of every inline script of Starlight's components, read from node_modules under `root`. */
export function starlightInlineScriptHashes(root = process.cwd()): `sha256-${string}`[] {
	const dir = path.join(root, 'node_modules', '@astrojs', 'starlight', 'dist', 'components');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.astro'))
		.flatMap((name) => inlineScriptHashes(readFileSync(path.join(dir, name), 'utf8')));
}
