import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLibrary, LibraryError, type LibraryInput, type SourceArticle } from '../../src/lib/library.ts';
import type { Category } from '../../src/schemas/category.ts';

const category = (id: string, order: number): Category => ({
  id,
  order,
  icon: 'globe',
  name: { en: id, 'zh-cn': id },
  description: { en: id, 'zh-cn': id },
  channel: 'chat',
  scamWarning: false,
});

const article = (file: string, title: string, order = 100, extra: Partial<SourceArticle<string>['data']> = {}): SourceArticle<string> => ({
  file,
  data: { title, description: `${title}.`, order, keywords: [], untranslated: false, redirectFrom: [], draft: false, ...extra },
  entry: file,
});

const input = (articles: SourceArticle<string>[], overrides: Partial<LibraryInput<string>> = {}): LibraryInput<string> => ({
  locales: ['zh-cn', 'en'],
  categories: [category('payments', 2), category('signing-in', 1), category('security', 3)],
  articles,
  popular: [],
  includeDrafts: false,
  contentDir: 'content/',
  ...overrides,
});

test('categories come in their order with their articles ordered by order, then title', () => {
  const library = buildLibrary(
    input([
      article('en/payments/refund.mdx', 'Refund', 2),
      article('en/payments/pay.mdx', 'Pay', 1),
      article('en/payments/history.mdx', 'History', 2),
      article('en/signing-in/reset.mdx', 'Reset'),
    ]),
  );
  const groups = library.groups('en');
  assert.deepEqual(groups.map((g) => g.category.id), ['signing-in', 'payments']);
  assert.deepEqual(groups[1]!.articles.map((a) => a.slug), ['pay', 'history', 'refund']);
  assert.equal(library.groups('zh-cn').length, 0, 'a locale without articles has no groups');
});

test('the same path in two locales pairs the articles as translations', () => {
  const library = buildLibrary(input([article('en/payments/pay.mdx', 'Pay'), article('zh-cn/payments/pay.mdx', '付款')]));
  const translations = library.translations('payments/pay');
  assert.equal(translations.get('en')?.title, 'Pay');
  assert.equal(translations.get('zh-cn')?.title, '付款');
  assert.equal(library.article('zh-cn', 'payments/pay')?.locale, 'zh-cn');
  assert.equal(library.translations('payments/none').size, 0);
});

test('related articles are the nearest neighbours in the same category, never the article itself', () => {
  const library = buildLibrary(
    input(['a', 'b', 'c', 'd', 'e'].map((slug, i) => article(`en/payments/${slug}.mdx`, slug.toUpperCase(), i)).concat(article('en/security/z.mdx', 'Z'))),
  );
  const c = library.article('en', 'payments/c')!;
  assert.deepEqual(library.related(c, 3).map((a) => a.slug), ['d', 'b', 'e']);
  const e = library.article('en', 'payments/e')!;
  assert.deepEqual(library.related(e, 2).map((a) => a.slug), ['d', 'c']);
  assert.deepEqual(library.related(library.article('en', 'security/z')!, 3), []);
});

test('drafts are left out of a published build and kept in development', () => {
  const files = [article('en/payments/pay.mdx', 'Pay'), article('en/payments/wip.mdx', 'WIP', 1, { draft: true })];
  assert.equal(buildLibrary(input(files)).article('en', 'payments/wip'), undefined);
  assert.ok(buildLibrary(input(files, { includeDrafts: true })).article('en', 'payments/wip'));
});

test('popular articles keep the listed order', () => {
  const library = buildLibrary(
    input(
      [article('en/payments/pay.mdx', 'Pay'), article('zh-cn/payments/pay.mdx', '付款'), article('en/signing-in/reset.mdx', 'Reset'), article('zh-cn/signing-in/reset.mdx', '重置')],
      { popular: ['signing-in/reset', 'payments/pay'] },
    ),
  );
  assert.deepEqual(library.popular('zh-cn').map((a) => a.title), ['重置', '付款']);
});

test('an unknown category, an unknown locale and a misplaced file are all reported with file, field and fix', () => {
  assert.throws(
    () =>
      buildLibrary(
        input([article('en/billing/invoice.mdx', 'Invoice'), article('fr/payments/pay.mdx', 'Payer'), article('en/pay.mdx', 'Pay')], {
          popular: ['payments/missing'],
        }),
      ),
    (error: unknown) => {
      assert.ok(error instanceof LibraryError);
      const messages = error.problems.map((p) => p.message);
      assert.match(messages[0]!, /^content\/en\/billing\/invoice\.mdx: category: "billing" is not a category .* Fix: move the file into one of: signing-in, payments, security/);
      assert.match(messages[1]!, /^content\/fr\/payments\/pay\.mdx: locale: "fr" is not a configured locale/);
      assert.match(messages[2]!, /^content\/en\/pay\.mdx: path: /);
      assert.match(messages[3]!, /^content\/home\.yaml: popular: "payments\/missing" has no zh-cn article/);
      return true;
    },
  );
});
