import { siteData } from '../../data/site-data.ts';
import type { APIRoute } from 'astro';
import { entities, header, json, relations, types } from '../../endpoints/open-data.ts';
import { relationsJson } from '../../lib/open-data.ts';

export const GET: APIRoute = () =>
	json(relationsJson(relations(), header(), siteData().relationKinds, entities(), types()));
