import type { APIRoute } from 'astro';
import { json, measures } from '../../endpoints/open-data.ts';

export const GET: APIRoute = () => json(measures());
