/** robots.txt: everything may be crawled; the sitemap index is named by its absolute URL. */
export function robotsTxt(sitemapIndexUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapIndexUrl}\n`;
}
