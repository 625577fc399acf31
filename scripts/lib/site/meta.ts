/**
 * Rules: the home page and every measure page carry Legislation JSON-LD that parses and whose `url` is the page's
 * canonical URL; every measure page's og:image (and the home page's) is a PNG of the build, 1200×630.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, localePath, measurePath } from '../../../src/lib/locale.ts';
import type { Problem } from '../problem.ts';
import type { Site, SitePage } from './site.ts';

/** The pages that must carry JSON-LD and a share card: both home pages and every measure page. */
export function metaPageUrls(measures: number): string[] {
	return LOCALES.flatMap((l) => [
		localePath(l, '/'),
		...Array.from({ length: measures }, (_, i) => measurePath(l, i + 1)),
	]);
}

export function checkJsonLd(pages: readonly SitePage[], urls: readonly string[]): Problem[] {
	const problems: Problem[] = [];
	for (const url of urls) {
		const page = pages.find((p) => p.url === url);
		if (!page) continue; // a missing page is the links rule's to report
		const add = (message: string, fix: string) => problems.push({ file: page.file, message, fix });
		const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
		const scripts = page.root.querySelectorAll('script[type="application/ld+json"]');
		const found = scripts.map((s) => {
			try {
				return JSON.parse(s.textContent) as Record<string, unknown>;
			} catch (error) {
				add(
					`its JSON-LD does not parse (${(error as Error).message})`,
					'build it with jsonLdScript() in src/lib/jsonld.ts',
				);
				return undefined;
			}
		});
		const legislation = found.find((d) => d?.['@type'] === 'Legislation');
		if (!legislation) {
			if (found.every((d) => d !== undefined))
				add('has no Legislation JSON-LD', 'src/routeData.ts adds it to the home page and every measure page');
			continue;
		}
		if (legislation['@context'] !== 'https://schema.org')
			add(`its JSON-LD @context is ${JSON.stringify(legislation['@context'])}`, 'use "https://schema.org"');
		if (legislation.url !== canonical)
			add(
				`its JSON-LD url ${JSON.stringify(legislation.url)} is not its canonical URL ${JSON.stringify(canonical)}`,
				'build the url with absoluteUrl() and the page path from src/lib/locale.ts',
			);
	}
	return problems;
}

/** Width and height of a PNG from its IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
	if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') return undefined;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function checkShareCards(
	site: Site,
	urls: readonly string[],
	origin: string,
	size = { width: 1200, height: 630 },
): Problem[] {
	const problems: Problem[] = [];
	for (const url of urls) {
		const page = site.pages.find((p) => p.url === url);
		if (!page) continue;
		const add = (message: string, fix: string) => problems.push({ file: page.file, message, fix });
		const image = page.root.querySelector('meta[property="og:image"]')?.getAttribute('content');
		if (!image) {
			add('has no og:image', 'src/routeData.ts adds the share card of the home page and every measure page');
			continue;
		}
		const target = new URL(image, origin);
		if (target.origin !== new URL(origin).origin || !site.files.has(target.pathname)) {
			add(`its og:image ${image} is not a file of the build`, 'generate it in src/pages/og/ (ogCardPath in locale.ts)');
			continue;
		}
		const found = pngSize(readFileSync(path.join(site.dist, target.pathname)));
		if (!found) add(`its og:image ${image} is not a PNG`, 'render the card with cardPng() (src/og/render.ts)');
		else if (found.width !== size.width || found.height !== size.height)
			add(
				`its og:image ${image} is ${found.width}×${found.height}, not ${size.width}×${size.height}`,
				'keep CARD_WIDTH and CARD_HEIGHT of src/lib/og-card.ts',
			);
	}
	return problems;
}
