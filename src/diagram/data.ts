/** The site's graph and its layout per language, built once per build. */
import { getEntities, getEntityData } from '../lib/entities.ts';
import type { Locale } from '../lib/labels.ts';
import { getPlan } from '../lib/plan.ts';
import { estimateTextWidth, layoutGraph, type Layout } from './layout.ts';
import { buildGraph, type Graph } from './model.ts';

export const DIAGRAM_WIDTH = 1200;

let graph: Graph | undefined;
export function getGraph(): Graph {
	graph ??= buildGraph(getPlan(), getEntities(), getEntityData());
	return graph;
}

const layouts = new Map<Locale, Layout>();
export function getLayout(locale: Locale): Layout {
	let layout = layouts.get(locale);
	if (!layout) {
		layout = layoutGraph(getGraph(), {
			width: DIAGRAM_WIDTH,
			label: (n) => (n.type === 'measure' ? String(n.measure) : n.name[locale]),
			textWidth: (t) => estimateTextWidth(t),
		});
		layouts.set(locale, layout);
	}
	return layout;
}

/** The entity anchor in the text version of the diagram. */
