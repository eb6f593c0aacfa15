import type { APIRoute } from 'astro';
import site from '../site.config.ts';
import { urls } from '../data/page.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { robotsTxt } from '../lib/seo/robots.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(site.url, urls.asset('sitemap-index.xml'))), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
