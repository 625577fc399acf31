import type { APIRoute } from 'astro';
import { entities, header, json, relations, types } from '../../lib/open-data-files.ts';
import { relationsJson } from '../../lib/open-data.ts';
import { getRelationKinds } from '../../lib/relation-kinds.ts';

export const GET: APIRoute = () => json(relationsJson(relations(), header(), getRelationKinds(), entities(), types()));
