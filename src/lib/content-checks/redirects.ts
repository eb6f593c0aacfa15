import { LibraryError } from '../library.ts';
import { untranslatedFallbacks } from '../seo/fallbacks.ts';
import { planRedirects } from '../seo/redirects.ts';
import { error } from './finding.ts';
import type { Rule } from './rule.ts';

/** The site's own redirect planner, so an old address that would hide a page is refused here too. */
export const redirectsRule: Rule = {
  name: 'redirects',
  summary:
    'redirectFrom lists only addresses no page uses any more, each claimed by one article: a redirect over a live page would hide it.',
  example: { bad: '# en/payments/request-refund.mdx\nredirectFrom: [pay-with-okpay]', good: '# en/payments/request-refund.mdx\nredirectFrom: [get-money-back]', lang: 'yaml' },
  content({ library, input }) {
    if (!library) return [];
    const locales = input.site.locales.map((l) => l.code);
    const fallbacks = new Set(untranslatedFallbacks(library, locales, input.site.defaultLocale).map((f) => `${f.locale}/${f.key}`));
    const articles = locales.flatMap((code) => library.articles(code)).filter((a) => a.entry.data);
    try {
      planRedirects(articles, (locale, key) => Boolean(library.article(locale, key)) || fallbacks.has(`${locale}/${key}`));
      return [];
    } catch (e) {
      if (!(e instanceof LibraryError)) throw e;
      const lineOf = (file: string) => articles.find((a) => a.file === file)?.entry.frontmatter?.lineOf(['redirectFrom']) ?? 1;
      return e.problems.map((p) => error(p.file, lineOf(p.file), p.field, p.problem, p.fix));
    }
  },
};
