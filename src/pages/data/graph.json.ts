import type { APIRoute } from 'astro';
import { getGraph } from '../../diagram/data.ts';
import { header, json, types } from '../../lib/open-data-files.ts';
import { graphJson } from '../../lib/open-data.ts';
import { getRelationKinds } from '../../lib/relation-kinds.ts';

export const GET: APIRoute = () => json(graphJson(getGraph(), header(), getRelationKinds(), types()));
