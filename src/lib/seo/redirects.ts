import { ContentError } from '../content-error.ts';
import { LibraryError } from '../library.ts';

/** An article's old addresses, as its frontmatter lists them. */
export interface RedirectSource {
  locale: string;
  /** `<category>/<slug>` of the article now. */
  key: string;
  /** File name for messages. */
  file: string;
  /** "old-slug" (same category) or "old-category/old-slug". */
  redirectFrom: readonly string[];
}

export interface Redirect {
  locale: string;
  /** Old `<category>/<slug>`. */
  from: string;
  /** Current `<category>/<slug>`. */
  to: string;
}

/**
 * Turns every article's `redirectFrom` into redirects in its own locale. An old address that a
 * page still uses, or that two articles claim, fails the build: one of them would silently lose.
 */
export function planRedirects(sources: readonly RedirectSource[], pageExists: (locale: string, key: string) => boolean): Redirect[] {
  const problems: ContentError[] = [];
  const claimed = new Map<string, RedirectSource>();
  const redirects: Redirect[] = [];
  for (const source of sources) {
    const category = source.key.split('/')[0];
    for (const old of source.redirectFrom) {
      const from = old.includes('/') ? old : `${category}/${old}`;
      const address = `/${source.locale}/${from}/`;
      if (from === source.key) {
        problems.push(new ContentError(source.file, 'redirectFrom', `"${old}" is this article's own address.`, `remove "${old}" from redirectFrom.`));
        continue;
      }
      if (pageExists(source.locale, from)) {
        problems.push(
          new ContentError(
            source.file,
            'redirectFrom',
            `"${old}" is the address of an existing page (${address}); a redirect there would hide it.`,
            `remove "${old}" from redirectFrom, or move or delete the page at ${address}.`,
          ),
        );
        continue;
      }
      const other = claimed.get(`${source.locale}/${from}`);
      if (other) {
        problems.push(
          new ContentError(
            source.file,
            'redirectFrom',
            `"${old}" (${address}) is also listed by ${other.file}.`,
            'keep the old address in only one article: the one that replaced it.',
          ),
        );
        continue;
      }
      claimed.set(`${source.locale}/${from}`, source);
      redirects.push({ locale: source.locale, from, to: source.key });
    }
  }
  if (problems.length) throw new LibraryError(problems);
  return redirects;
}

/**
 * A `_redirects` file (Netlify, Cloudflare Pages): one permanent redirect per line, then for
 * each locale folder (e.g. "/en/") a rule that answers an unknown address below it with that
 * locale's not-found page and status 404. Netlify applies such a rule only when no file
 * matches; Cloudflare Pages skips it with a warning (it allows no 404 rules) and finds the
 * nearest `404.html` instead, which the build writes per locale (src/integrations/seo.ts).
 */
export function redirectsFile(entries: readonly { from: string; to: string }[], localeFolders: readonly string[] = []): string {
  const moved = entries.map(({ from, to }) => `${from} ${to} 301\n`);
  const notFound = localeFolders.map((folder) => `${folder}* ${folder}404/ 404\n`);
  return [...moved, ...notFound].join('');
}
