import type { APIRoute } from 'astro';
import { json, measures } from '../../lib/open-data-files.ts';

export const GET: APIRoute = async () => json(await measures());
