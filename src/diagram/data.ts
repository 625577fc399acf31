/** The site's graph and its flow, built once per build, and the layout of a flow view. */
import { getEntities, getEntityData } from '../lib/entities.ts';
import type { Locale } from '../lib/labels.ts';
import { getPlan } from '../lib/plan.ts';
import { estimateTextWidth } from './layout.ts';
import { layoutLayers, type LayeredLayout } from './layered.ts';
import { buildFlow, buildGraph, type Flow, type Graph } from './model.ts';

let graph: Graph | undefined;
export function getGraph(): Graph {
	graph ??= buildGraph(getPlan(), getEntities(), getEntityData());
	return graph;
}

/**
 * Widths of the two pre-rendered variants of a flow view, so labels keep their 12 px: the page's text column on wide
 * screens (720 px, 692 px at 1024 px), and phones (390 px less the page's margins). CSS shows the one that fits.
 */
export const FLOW_WIDTH = { wide: 680, narrow: 358 } as const;

let flow: Flow | undefined;
/** Who does what for whom: every relation the text states. */
export function getFlow(): Flow {
	flow ??= buildFlow(getGraph());
	return flow;
}

/** A flow view laid out in a locale and variant (pure; cheap enough to run per component). */
export function layoutFlow(view: Flow, locale: Locale, width: number): LayeredLayout {
	return layoutLayers(view, {
		width,
		label: (n) => n.name[locale],
		textWidth: (t) => estimateTextWidth(t),
	});
}
