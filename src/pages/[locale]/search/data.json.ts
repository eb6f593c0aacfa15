import type { APIRoute } from 'astro';
import { localePaths } from '../../../data/page.ts';
import { getSearchData } from '../../../data/search.ts';

export const getStaticPaths = localePaths;

/** Synonyms, vocabulary and Traditional→Simplified table of one locale, fetched when a visitor starts to search. */
export const GET: APIRoute = async ({ params }) => Response.json(await getSearchData(params.locale!));
