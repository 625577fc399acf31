import type { APIRoute } from 'astro';
import { categories, header, json, terms } from '../../endpoints/open-data.ts';
import { glossaryJson } from '../../lib/open-data.ts';

export const GET: APIRoute = () => json(glossaryJson(terms(), header(), categories()));
