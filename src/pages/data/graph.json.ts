import type { APIRoute } from 'astro';
import { getGraph } from '../../diagram/data.ts';
import { graphJson } from '../../lib/open-data.ts';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(graphJson(getGraph()), null, 1), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
