import { test } from 'node:test';
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { splitArticle } from '../../src/lib/content-checks/source.ts';
import { articleHeadings, headingText } from '../../src/lib/content-checks/headings.ts';
import { findLinks, resolveSiteLink } from '../../src/lib/content-checks/links.ts';
import { parseLocatedYaml } from '../../src/lib/content-checks/yaml.ts';
import { parseArticleTree, type TreeNode } from '../../src/lib/content-checks/mdx.ts';
import { isOlder, renderTranslationTable } from '../../src/lib/content-checks/translations.ts';
import { planNewArticle } from '../../src/lib/content-checks/scaffold.ts';
import { formatFinding, error } from '../../src/lib/content-checks/finding.ts';

const body = (markdown: string) => splitArticle(`---\ntitle: x\n---\n${markdown}`).body;

test('a finding reads file:line: field: problem Fix: fix', () => {
  assert.equal(formatFinding(error('content/en/a/b.mdx', 3, 'title', 'is empty.', 'write it.')), 'content/en/a/b.mdx:3: title: is empty. Fix: write it.');
});

test('frontmatter is split off with true line numbers, and fenced code is marked', () => {
  const source = splitArticle('---\ntitle: A\n---\n\n```md\n# not a heading\n```\n# Heading\n');
  assert.equal(source.frontmatter, 'title: A');
  assert.deepEqual(source.body.map((l) => [l.number, l.code]), [[4, false], [5, true], [6, true], [7, true], [8, false], [9, false]]);
  assert.equal(splitArticle('no frontmatter').frontmatter, undefined);
});

test('heading ids follow Astro: github-slugger over the rendered text, repeats numbered', () => {
  const headings = articleHeadings(body('## 1. Wrong password\n\n## No reset email?\n\n## 重置密码的步骤\n\n## Use **the** [app](/x/) and `code` ##\n\n## FAQ\n\n## FAQ\n\n```\n## in code\n```'));
  assert.deepEqual(headings.map((h) => h.slug), ['1-wrong-password', 'no-reset-email', '重置密码的步骤', 'use-the-app-and-code', 'faq', 'faq-1']);
  assert.deepEqual(headings.map((h) => h.line), [4, 6, 8, 10, 12, 14]);
  assert.equal(headingText('Call <ContactChannel channel="phone" /> \\*now\\*'), 'Call  *now*');
});

const tree = (markdown: string): TreeNode => {
  const parsed = parseArticleTree(`---\ntitle: x\n---\n${markdown}`, 'mdx');
  assert.ok('tree' in parsed);
  return parsed.tree;
};

test('links are found in ArticleLinks (even over two lines), Markdown links and reference definitions, never in code or images', () => {
  const links = findLinks(tree('<ArticleLink to="a/b#c" /> [x](/en/a/b/ "t") ![img](/i.png)\n`[no](/no/)` <ArticleLink\n  to="d/e" />\n\n[ref]: /en/a/\n\n```\n[no](/no/)\n```'));
  assert.deepEqual(
    links.map((l) => [l.line, l.kind, l.target]),
    [[4, 'ArticleLink', 'a/b#c'], [4, 'url', '/en/a/b/'], [5, 'ArticleLink', 'd/e'], [8, 'url', '/en/a/']],
  );
});

test('check:content parses with the very Sätteri that @astrojs/mdx compiles articles with', () => {
  const mdxProcessor = createRequire(fileURLToPath(import.meta.resolve('@astrojs/markdown-satteri')));
  const theirs = realpathSync(mdxProcessor.resolve('satteri'));
  const ours = realpathSync(fileURLToPath(import.meta.resolve('satteri')));
  assert.equal(ours, theirs);
});

test('the article tree is the MDX parser\'s: a syntax error names line and column', () => {
  assert.deepEqual(parseArticleTree('---\ntitle: x\n---\n\n<Steps>\n\n1. a\n', 'mdx'), {
    error: { line: 5, column: 1, message: 'Expected a closing tag for `<Steps>` (5:1)' },
  });
  assert.ok('tree' in parseArticleTree('a { b', 'md'), 'Markdown has no expressions to break');
});

test('site URLs resolve to articles, categories and pages; other sites and files are left alone', () => {
  const site = { url: 'https://help.okpay.example', base: '/', locales: ['zh-cn', 'en'] };
  const from = { locale: 'en', key: 'payments/pay' };
  assert.deepEqual(resolveSiteLink('/en/payments/refund/#when', from, site), { kind: 'article', locale: 'en', key: 'payments/refund', anchor: 'when' });
  assert.deepEqual(resolveSiteLink('../refund/', from, site), { kind: 'article', locale: 'en', key: 'payments/refund', anchor: undefined });
  assert.deepEqual(resolveSiteLink('#steps', from, site), { kind: 'article', locale: 'en', key: 'payments/pay', anchor: 'steps' });
  assert.deepEqual(resolveSiteLink('https://help.okpay.example/zh-cn/security/', from, site), { kind: 'category', locale: 'zh-cn', category: 'security' });
  assert.deepEqual(resolveSiteLink('/en/contact/#channel-email', from, site), { kind: 'page' });
  assert.deepEqual(resolveSiteLink('https://www.okpay.example/', from, site), { kind: 'elsewhere' });
  assert.deepEqual(resolveSiteLink('mailto:help@okpay.example', from, site), { kind: 'elsewhere' });
  assert.deepEqual(resolveSiteLink('/pagefind/pagefind.js', from, site), { kind: 'elsewhere' });
  assert.equal(resolveSiteLink('/fr/payments/', from, site).kind, 'unknown');
  assert.equal(resolveSiteLink('/en/a/b/c/', from, site).kind, 'unknown');
});

test('under a base path, site URLs are read after the base', () => {
  const site = { url: 'https://okpay.example', base: '/help/', locales: ['en'] };
  const from = { locale: 'en', key: 'payments/pay' };
  assert.deepEqual(resolveSiteLink('/help/en/payments/refund/', from, site), { kind: 'article', locale: 'en', key: 'payments/refund', anchor: undefined });
  assert.deepEqual(resolveSiteLink('/en/payments/refund/', from, site), { kind: 'elsewhere' });
});

test('YAML positions point at the field, or its parent when the field is missing', () => {
  const yaml = parseLocatedYaml('title: A\nkeywords:\n  - a\n  - b\nname:\n  en: x', 2, 1);
  assert.equal(yaml.lineOf(['title']), 2);
  assert.equal(yaml.lineOf(['keywords', 1]), 5);
  assert.equal(yaml.lineOf(['name', 'zh-cn']), 6);
  assert.equal(yaml.lineOf(['description']), 1);
  assert.deepEqual(yaml.positionOf(['keywords', 1]), { line: 5, column: 5 });
});

test('a YAML syntax error points at what opened the problem, not where the parser gave up', () => {
  const at = (text: string) => parseLocatedYaml(text, 2).syntaxErrors.map((e) => [e.line, e.column]);
  assert.deepEqual(at('title: [a'), [[2, 8]]);
  assert.deepEqual(at('title: "Unclosed\ndescription: x\norder: 1\n'), [[2, 8]]);
  assert.deepEqual(at('title: ok\ndescription: \'it\'s\'\n'), [[3, 18]]);
  assert.deepEqual(at('title: a: b\n'), [[2, 8]]);
});

test('a translation is outdated only when both dates exist and it is the older day', () => {
  const day = (d: string) => ({ updated: new Date(d) });
  assert.equal(isOlder(day('2026-10-01'), day('2026-11-01')), true);
  assert.equal(isOlder(day('2026-11-01'), day('2026-11-01')), false);
  assert.equal(isOlder({ updated: undefined }, day('2026-11-01')), false);
});

test('the translation table aligns columns and totals each state per locale', () => {
  const table = renderTranslationTable(
    [
      { key: 'a/one', source: {} as never, states: new Map([['zh-cn', 'source'], ['en', 'outdated']]) },
      { key: 'a/two', source: {} as never, states: new Map([['zh-cn', 'source'], ['en', 'missing']]) },
    ],
    ['zh-cn', 'en'],
  );
  assert.deepEqual(table.split('\n'), [
    'article         zh-cn   en',
    '--------------  ------  --------',
    'a/one           source  outdated',
    'a/two           source  MISSING',
    '--------------  ------  --------',
    'total source    2       0',
    'total outdated  0       1',
    'total MISSING   0       1',
  ]);
});

test('planning a new article refuses bad targets and writes one file per locale', () => {
  const context = { locales: ['zh-cn', 'en'], categories: ['payments'], exists: (p: string) => p === 'en/payments/taken.mdx', today: '2026-11-02' };
  assert.deepEqual(planNewArticle('payments', context), { error: '"payments" is not <category>/<slug>. Example: npm run new -- signing-in/reset-password' });
  assert.match((planNewArticle('billing/x', context) as { error: string }).error, /^"billing" is not a category/);
  assert.match((planNewArticle('payments/taken', context) as { error: string }).error, /^en\/payments\/taken\.mdx already exist/);
  const plan = planNewArticle('/payments/new-one.mdx', context);
  assert.ok('files' in plan);
  assert.deepEqual(plan.files.map((f) => f.path), ['zh-cn/payments/new-one.mdx', 'en/payments/new-one.mdx']);
  assert.match(plan.files[0]!.text, /^---\ntitle: "TODO: New one"\n[\s\S]*updated: 2026-11-02\n/);
});
