import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitArticle } from '../../src/lib/content-checks/source.ts';
import { proseLines } from '../../src/lib/content-checks/prose-lines.ts';
import { informalAddress } from '../../src/lib/content-checks/register.ts';
import { halfWidthPunctuation } from '../../src/lib/content-checks/punctuation.ts';
import { glossaryTerms } from '../../src/lib/content-checks/glossary.ts';
import { handTypedFacts } from '../../src/lib/content-checks/hand-typed-facts.ts';
import { formatFinding } from '../../src/lib/content-checks/finding.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { factSchema } from '../../src/schemas/facts.ts';
import { check, fixtureFiles, projectRoot } from './fixtures.ts';

const locales = ['zh-cn', 'en'];
const article = (frontmatter: string, body: string) => proseLines(splitArticle(`---\n${frontmatter}\n---\n${body}`));
const lines = (body: string) => article('title: T', body);
const messages = (findings: ReturnType<typeof informalAddress>) => findings.map(formatFinding);
const at = (findings: ReturnType<typeof informalAddress>) => findings.map((f) => `${f.line}:${f.field}`);

test('prose lines keep title, description and body text, without keywords, code, URLs or tag attributes', () => {
  const prose = article(
    'title: 如何提现\ndescription: "提现到银行卡。"\nkeywords: [取款, 你的钱]',
    '请看<ArticleLink to="a/b" />,`你,好`\n```\n你好,世界\n```\n[交易记录](/zh-cn/a/b/) https://okpay.example/你 help@okpay.example',
  );
  assert.deepEqual(
    prose.map((l) => [l.number, l.field, l.text]),
    [[2, 'title', '如何提现'], [3, 'description', '提现到银行卡。'], [6, 'body', '请看,     '], [10, 'body', '[交易记录]    ']],
  );
});

test('你 and 你的 in a Chinese article are errors whose fix is 您; English articles and 迷你 are left alone', () => {
  const prose = article('title: 你的账户', '登录你的账户后,请你确认。\n迷你版 App。');
  assert.deepEqual(messages(informalAddress('content/zh-cn/a/b.mdx', 'zh-cn', prose)), [
    'content/zh-cn/a/b.mdx:2: title: "你的" addresses the reader informally (“你的账户”). Fix: write "您的": Chinese copy addresses the reader as 您 throughout.',
    'content/zh-cn/a/b.mdx:4: body: "你的" addresses the reader informally (“登录你的账户后,请”). Fix: write "您的": Chinese copy addresses the reader as 您 throughout.',
    'content/zh-cn/a/b.mdx:4: body: "你" addresses the reader informally (“账户后,请你确认。”). Fix: write "您": Chinese copy addresses the reader as 您 throughout.',
  ]);
  assert.deepEqual(informalAddress('content/en/a/b.mdx', 'en', lines('你好')), []);
});

test('half-width punctuation next to Chinese text is reported with the full-width mark', () => {
  const findings = halfWidthPunctuation('content/zh-cn/a/b.mdx', 'zh-cn', lines('选择 OKPay,核对金额.\n输入法(IME)设置:好吗?是!\n稍等...'));
  assert.deepEqual(
    findings.map((f) => `${f.line} ${f.problem.split(' in ')[0]} → ${f.fix.split('"')[1]}`),
    [
      '4 half-width "," → ，',
      '4 half-width "." → 。',
      '5 half-width "(" → （',
      '5 half-width ")" → ）',
      '5 half-width ":" → ：',
      '5 half-width "?" → ？',
      '5 half-width "!" → ！',
      '6 half-width "..." → ……',
    ],
  );
});

test('half-width punctuation in Latin text, numbers, links and code inside a Chinese article is fine', () => {
  const body = '金额 3.5 美元，10:30 开始，例如 e.g. 这样，okpay.example 上。\n`a,b` 和 [链接](/zh-cn/a/b/) 以及 <Fact id="x" /> ![图](/i.png)\nUse Wi-Fi, then retry.';
  assert.deepEqual(halfWidthPunctuation('content/zh-cn/a/b.mdx', 'zh-cn', lines(body)), []);
  assert.deepEqual(halfWidthPunctuation('content/en/a/b.mdx', 'en', lines('中文,English')), []);
});

const glossary = glossarySchema(locales).parse({
  'zh-cn': [{ avoid: '帐户', prefer: '账户' }, { avoid: ['取款', '提款'], prefer: '提现' }],
  en: [{ avoid: ['log in', 'login'], prefer: 'sign in', why: 'the product says "Sign in"' }],
});

test('an avoided glossary term is reported with the preferred one; keywords may hold it', () => {
  const zh = article('title: 如何取款\nkeywords: [取款, 帐户]', '在帐户里提现。');
  assert.deepEqual(messages(glossaryTerms('content/zh-cn/a/b.mdx', 'zh-cn', zh, glossary)), [
    'content/zh-cn/a/b.mdx:2: title: "取款" is not the term this help center uses (“如何取款”). Fix: write "提现"; content/glossary.yaml lists the preferred terms.',
    'content/zh-cn/a/b.mdx:5: body: "帐户" is not the term this help center uses (“在帐户里提现。”). Fix: write "账户"; content/glossary.yaml lists the preferred terms.',
  ]);
  const en = lines('Log in to OKPay. Your login page. A blogin or log-inner is not a term.');
  assert.deepEqual(at(glossaryTerms('content/en/a/b.mdx', 'en', en, glossary)), ['4:body', '4:body']);
  assert.match(glossaryTerms('content/en/a/b.mdx', 'en', en, glossary)[0]!.fix, /^write "sign in" \(the product says "Sign in"\)/);
});

test('the glossary schema names the locale lists and the fields an entry needs', () => {
  const result = glossarySchema(locales).safeParse({ fr: [], en: [{ avoid: 'log in' }] });
  assert.deepEqual(
    result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    ['en.0.prefer: prefer is the term to write instead, e.g. 账户 or "sign in".', ': The glossary has one list per locale: zh-cn, en; remove or rename fr.'],
  );
});

const facts = factSchema(locales).array().parse([
  { id: 'refund-completion', value: '3-5', unit: 'business-days', text: { 'zh-cn': '3 到 5 个工作日', en: '3-5 business days' } },
  { id: 'email-reply', value: '48', unit: 'hours', text: { 'zh-cn': '48 小时', en: '48 hours' } },
  { id: 'chat-reply', value: 'a few', unit: 'minutes', text: { 'zh-cn': '几分钟', en: 'a few minutes' } },
]);

test('a fact typed by hand in the body is an error whose fix is the <Fact> component, in any common spelling', () => {
  const en = lines('Refunds take 3 to 5 business days.\nWe reply within 48 hours, or <Fact id="email-reply" />.\nWait a few minutes; 148 hours; 4.8 hours.');
  assert.deepEqual(messages(handTypedFacts('content/en/a/b.mdx', 'en', en, facts)), [
    'content/en/a/b.mdx:4: body: "3 to 5 business days" is typed by hand, but it is the fact "refund-completion" (“take 3 to 5 business days.”). Fix: write <Fact id="refund-completion" />, so a change in content/facts.yaml updates this article too.',
    'content/en/a/b.mdx:5: body: "48 hours" is typed by hand, but it is the fact "email-reply" (“thin 48 hours, or”). Fix: write <Fact id="email-reply" />, so a change in content/facts.yaml updates this article too.',
  ]);
  const zh = lines('退款需要 3-5 个工作日，或 3至5工作日，回复在 48 小时内。');
  assert.deepEqual(handTypedFacts('content/zh-cn/a/b.mdx', 'zh-cn', zh, facts).map((f) => f.problem.split('"')[1]), ['3-5 个工作日', '3至5工作日', '48 小时']);
});

test('a fact in the title or description is a warning, since frontmatter cannot hold <Fact>', () => {
  const findings = handTypedFacts('content/en/a/b.mdx', 'en', article('title: T\ndescription: We reply within 48 hours.', ''), facts);
  assert.deepEqual(findings.map((f) => [f.severity, f.line, f.field]), [['warning', 3, 'description']]);
});

test('check:content runs the style rules on every article and reports broken style data', () => {
  const files = fixtureFiles('_valid');
  files.set('zh-cn/payments/pay.mdx', files.get('zh-cn/payments/pay.mdx')!.replace('核对金额', '核对你的金额'));
  files.set('glossary.yaml', 'en:\n  - avoid: log in\n');
  const report = check(files).findings.map(formatFinding);
  assert.ok(report.some((m) => m.startsWith('content/zh-cn/payments/pay.mdx:3: description: "你的" addresses the reader informally')), report.join('\n'));
  assert.ok(report.some((m) => m === 'content/glossary.yaml:2:5: en.prefer: is missing. Fix: prefer is the term to write instead, e.g. 账户 or "sign in".'), report.join('\n'));
});

test('the shipped glossary and facts are valid and name only configured locales', () => {
  const read = (name: string) => parse(readFileSync(`${projectRoot}content/${name}`, 'utf8'));
  assert.ok(glossarySchema(locales).parse(read('glossary.yaml'))['zh-cn']!.some((e) => e.avoid.includes('取款')));
  assert.ok(factSchema(locales).array().parse(read('facts.yaml')).length > 0);
});
