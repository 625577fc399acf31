/** The layout of a flow view (the graph and the flow are built once by src/data/load.ts), cached: d3-dag's simplex
 * layout of the full view takes about a second. */
import type { Locale } from '../lib/labels.ts';
import { layoutDag, type DagLayout } from './dag.ts';
import { estimateTextWidth } from './layout.ts';
import type { Flow } from './model.ts';

const layouts = new Map<string, DagLayout>();
/** A flow view laid out in a locale: the same view (same nodes and edges) is laid out once per build. */
export function layoutFlow(view: Flow, locale: Locale): DagLayout {
	const key = `${locale} ${view.nodes.map((n) => n.id).join(',')} ${view.edges.map((e) => e.id).join(',')}`;
	let layout = layouts.get(key);
	if (!layout) {
		layout = layoutDag(view, { label: (n) => n.name[locale], textWidth: (t) => estimateTextWidth(t) });
		layouts.set(key, layout);
	}
	return layout;
}
