import type { APIRoute } from 'astro';
import site from '../../site.config.ts';
import { getLibrary } from '../../data/library.ts';
import { getFallbacks } from '../../data/seo.ts';
import { knownArticles } from '../../lib/feedback/vote.ts';

// The articles a feedback vote may name: every article page, translated or fallback. The edge
// function (functions/api/feedback.ts) reads this file from the same deployment.
export const GET: APIRoute = async () => {
  const [library, fallbacks] = await Promise.all([getLibrary(), getFallbacks()]);
  const locales = site.locales.map((l) => l.code);
  const pages = [...locales.flatMap((code) => library.articles(code)), ...fallbacks];
  return new Response(JSON.stringify(knownArticles(locales, pages)), { headers: { 'Content-Type': 'application/json' } });
};
