/** The layout of a flow view (the graph and the flow are built once by src/data/load.ts). */
import type { Locale } from '../lib/labels.ts';
import { estimateTextWidth } from './layout.ts';
import { layoutLayers, type LayeredLayout } from './layered.ts';
import type { Flow } from './model.ts';

/**
 * Widths of the two pre-rendered variants of a flow view, so labels keep their 12 px: the page's text column on wide
 * screens (720 px, 692 px at 1024 px), and phones (390 px less the page's margins). CSS shows the one that fits.
 */
export const FLOW_WIDTH = { wide: 680, narrow: 358 } as const;

/** A flow view laid out in a locale and variant (pure; cheap enough to run per component). */
export function layoutFlow(view: Flow, locale: Locale, width: number): LayeredLayout {
	return layoutLayers(view, {
		width,
		label: (n) => n.name[locale],
		textWidth: (t) => estimateTextWidth(t),
	});
}
