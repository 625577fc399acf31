import type { APIRoute } from 'astro';
import { citeResponse, measureCitePaths } from '../../../citation/files.ts';

export const getStaticPaths = measureCitePaths;
export const GET: APIRoute = ({ params }) => citeResponse('ris', Number(params.n));
