import type { Fact } from '../facts.ts';
import type { Glossary } from './glossary.ts';
import type { Finding } from './finding.ts';
import { glossaryTerms } from './glossary.ts';
import { handTypedFacts } from './hand-typed-facts.ts';
import { proseLines, type ProseLine } from './prose-lines.ts';
import { halfWidthPunctuation } from './punctuation.ts';
import { informalAddress } from './register.ts';
import type { ArticleFile, ContentContext, Rule } from './rule.ts';

/** The house style as rules over an article's prose (title, description, body outside code). */
function proseRule(
  rule: Omit<Rule, 'article' | 'content'>,
  check: (file: string, locale: string, lines: readonly ProseLine[], context: ContentContext) => Finding[],
): Rule {
  return {
    ...rule,
    article(article: ArticleFile, context: ContentContext) {
      const locale = article.path.split('/')[0] ?? '';
      return check(article.file, locale, proseLines(article.source), context);
    },
  };
}

export const registerRule = proseRule(
  {
    name: 'register',
    summary: 'Chinese articles address the reader as 您, as Alipay and WeChat Pay do; 你 and 你的 are reported with the fix.',
    example: { bad: '你可以在设置里修改密码。', good: '您可以在设置里修改密码。', lang: 'text' },
  },
  (file, locale, lines) => informalAddress(file, locale, lines),
);

export const punctuationRule = proseRule(
  {
    name: 'punctuation',
    summary: 'Chinese prose uses full-width punctuation （，。：；？！）; half-width marks between Chinese characters are reported.',
    example: { bad: '请先登录,然后选择"提现".', good: '请先登录，然后选择“提现”。', lang: 'text' },
  },
  (file, locale, lines) => halfWidthPunctuation(file, locale, lines),
);

export const glossaryRule = proseRule(
  {
    name: 'glossary',
    summary: 'Titles, descriptions and bodies use the preferred terms of content/glossary.yaml (账户 not 帐户, 提现 not 取款, "sign in" not "log in"); keywords may hold the words customers type.',
    example: { bad: 'Log in to your account.', good: 'Sign in to your account.' },
  },
  (file, locale, lines, { data }) => glossaryTerms(file, locale, lines, (data.glossary ?? {}) as Glossary),
);

export const handTypedFactsRule = proseRule(
  {
    name: 'facts',
    summary: 'A time frame, fee, limit or amount that content/facts.yaml holds is quoted with <Fact id>, never typed by hand, so one change updates every article in every language.',
    example: { bad: 'Refunds take 3-5 business days.', good: 'Refunds take <Fact id="refund-completion" />.' },
  },
  (file, locale, lines, { data }) => handTypedFacts(file, locale, lines, (data.facts ?? []) as Fact[]),
);
