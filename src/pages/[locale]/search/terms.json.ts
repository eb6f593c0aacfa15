import type { APIRoute } from 'astro';
import { localePaths } from '../../../data/page.ts';
import { getSearchData } from '../../../data/search.ts';

export const getStaticPaths = localePaths;

/** Titles and keywords of one locale, for close-term suggestions; fetched only when a Chinese query finds nothing. */
export const GET: APIRoute = async ({ params }) => Response.json((await getSearchData(params.locale!)).terms);
