import type { APIRoute } from 'astro';
import site from '../../../site.config.ts';
import { getSearchData } from '../../../data/search.ts';
import { buildPinyinTable } from '../../../lib/search/pinyin-table.ts';
import { usesPinyin } from '../../../lib/search/pinyin.ts';

/** Chinese locales only: fetched when a Latin query finds nothing there. */
export const getStaticPaths = () => site.locales.filter((l) => usesPinyin(l.code)).map((l) => ({ params: { locale: l.code } }));

/** Pinyin → the locale's own Chinese words, read when a query typed in pinyin finds nothing as typed. */
export const GET: APIRoute = async ({ params }) => Response.json(buildPinyinTable((await getSearchData(params.locale!)).words));
