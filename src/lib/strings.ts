/** The UI strings of both languages, read from Starlight's i18n files (for code that runs outside Astro). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Strings } from './labels.ts';

export function readStrings(root = process.cwd()): { zh: Strings; en: Strings } {
	const read = (name: string) =>
		JSON.parse(readFileSync(path.join(root, 'src', 'content', 'i18n', name), 'utf8')) as Strings;
	return { zh: read('zh-CN.json'), en: read('en.json') };
}
