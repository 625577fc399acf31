/** The little of citation-js (no bundled types) that src/citation/csl.ts uses. */
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		format(format: string, options?: Record<string, unknown>): string;
	}
	interface Register {
		add(name: string, value: string): void;
	}
	export const plugins: {
		config: {
			get(name: '@csl'): { styles: Register; locales: Register };
			get(name: '@bibtex'): { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
		};
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
