import type { APIRoute } from 'astro';
import { citeResponse, measureCitePaths } from '../../../lib/citation-files.ts';

export const getStaticPaths = measureCitePaths;
export const GET: APIRoute = ({ params }) => citeResponse('json', Number(params.n));
