/** Pagefind's search options, shared by the site (Starlight's `pagefind` config) and the query suite. */
export const PAGEFIND_OPTIONS = {
	ranking: {},
} as const;
