/** The little of citation-js (no bundled types) that src/lib/csl.ts uses. */
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		format(format: string, options?: Record<string, unknown>): string;
	}
	export const plugins: {
		config: { get(name: string): Record<string, any> };
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
