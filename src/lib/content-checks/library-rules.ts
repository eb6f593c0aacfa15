import type { Article } from '../library.ts';
import { error, type Finding } from './finding.ts';
import type { ArticleFile, Rule } from './rule.ts';

type LibraryArticle = Article<ArticleFile>;

/** Articles an editor wrote; a generated one (zh-hk from zh-cn) is checked as its source. */
const written = (articles: LibraryArticle[]) => articles.filter((a) => !a.convertedFrom);

/** Each article that shares a name with another one, reported on both so either can be renamed. */
function duplicates(articles: LibraryArticle[], name: (a: LibraryArticle) => string, report: (a: LibraryArticle, other: LibraryArticle) => Finding): Finding[] {
  const byName = Map.groupBy(articles.filter((a) => a.entry.data), name);
  return [...byName.values()].flatMap((group) => group.flatMap((a) => group.filter((b) => b !== a).map((b) => report(a, b))));
}

export const uniqueSlugRule: Rule = {
  name: 'unique-slug',
  summary: 'A slug (file name) names one article per locale, even across categories, so links and translations are never ambiguous.',
  example: { bad: 'content/en/account/fees.mdx\ncontent/en/payments/fees.mdx', good: 'content/en/account/account-fees.mdx\ncontent/en/payments/payment-fees.mdx', lang: 'text' },
  content({ library, input }) {
    if (!library) return [];
    return input.site.locales.flatMap(({ code }) =>
      duplicates(written(library.articles(code)), (a) => a.slug, (a, other) =>
        error(a.file, 1, 'slug', `"${a.slug}" is also the slug of ${other.file}.`, 'rename one of the files: a slug names one article per locale, so links and translations are never ambiguous.'),
      ),
    );
  },
};

export const uniqueTitleRule: Rule = {
  name: 'unique-title',
  summary: 'Two articles of a locale never share a title, so readers can tell them apart in lists and search results.',
  example: { bad: 'title: Fees   # in two English articles', good: 'title: Payment fees\n# and\ntitle: Withdrawal fees', lang: 'yaml' },
  content({ library, input }) {
    if (!library) return [];
    return input.site.locales.flatMap(({ code }) =>
      duplicates(written(library.articles(code)), (a) => a.title.toLocaleLowerCase(), (a, other) =>
        error(a.file, a.entry.frontmatter?.lineOf(['title']) ?? 1, 'title', `"${a.title}" is also the title of ${other.file}.`, 'give each article its own title, so readers can tell them apart in lists and search results.'),
      ),
    );
  },
};

export const descriptionLengthRule: Rule = {
  name: 'description-length',
  summary: 'A description is one sentence whose length fits its locale (descriptionLength in src/site.config.ts): search results cut longer ones off.',
  example: { bad: 'description: Refunds.', good: 'description: Ask the merchant for a refund first; if they do not answer within 7 days, open a dispute.', lang: 'yaml' },
  content({ library, input }) {
    if (!library) return [];
    return input.site.locales.flatMap(({ code, descriptionLength: range }) =>
      written(library.articles(code)).flatMap((article) => {
        if (!article.entry.data) return [];
        const length = [...article.description].length;
        if (length >= range.min && length <= range.max) return [];
        return [
          error(
            article.file,
            article.entry.frontmatter?.lineOf(['description']) ?? 1,
            'description',
            `is ${length} characters; ${code} descriptions are ${range.min}-${range.max}.`,
            length < range.min
              ? 'write one full sentence that answers the question; search results show it under the title.'
              : 'shorten it to one sentence that answers the question; search engines cut longer ones off.',
          ),
        ];
      }),
    );
  },
};
