/** Pagefind's search options, shared by the site (Starlight's `pagefind` config) and the query suite. */
export const PAGEFIND_OPTIONS = {
	ranking: {
		metaWeights: { title: 5, number: 10, numberTail: 1, titleAka: 5, brief: 3, aka: 3 },
	},
};
