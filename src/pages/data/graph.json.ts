import { siteData } from '../../data/site-data.ts';
import type { APIRoute } from 'astro';
import { header, json, types } from '../../endpoints/open-data.ts';
import { graphJson } from '../../lib/open-data.ts';

export const GET: APIRoute = () => json(graphJson(siteData().graph, header(), siteData().relationKinds, types()));
