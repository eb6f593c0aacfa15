import type { APIRoute } from 'astro';
import { localePaths } from '../../../data/page.ts';
import { getSearchData } from '../../../data/search.ts';

export const getStaticPaths = localePaths;

/**
 * Synonyms, vocabulary and Traditional→Simplified table of one locale, fetched when a visitor
 * starts to search. The terms (every title and keyword) are served apart, in terms.json.
 */
export const GET: APIRoute = async ({ params }) => Response.json({ ...(await getSearchData(params.locale!)), terms: [] });
