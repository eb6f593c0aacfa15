import type { Contact } from '../contact/contact.ts';
import { labelHasCase } from '../contact/mention.ts';
import { supportIds } from '../contact/support.ts';
import { error, type Finding } from './finding.ts';
import { findLinks } from './links.ts';
import { withoutInlineCode } from './prose-lines.ts';
import type { ArticleFile, Rule } from './rule.ts';

/** Where a sentence starts: line start, after a list marker or table pipe, or after . ! ? */
const sentenceStart = /(?:^\s*(?:[-*+]\s+|\d+[.)]\s+)?|\|\s*|[.!?]["”’)]?\s+)$/;
const tagAt = (channel: string) => new RegExp(`<ContactChannel\\b[^>]*?\\bchannel=["']${channel}["'][^>]*>`, 'g');

/**
 * The help box must offer every channel the text sends the reader to, and support ids must be
 * real channels. In languages with case, a mention that starts a sentence says so (`start`),
 * so it renders "Live chat is…" rather than "live chat is…".
 */
export const supportRule: Rule = {
  name: 'support',
  summary:
    'The "Still need help?" box offers every channel the text sends the reader to: list them in `support:` (ids in contact.yaml), most fitting first. In English, a channel mention that starts a sentence takes `start`, so its label is capitalized.',
  example: {
    bad: '---\ntitle: Example\ndescription: An English article that holds one example of CONTRIBUTING.md.\nuntranslated: true\nsupport: [fax]\n---\n\nSend the screenshots by <ContactChannel channel="email" />.\n',
    good: '---\ntitle: Example\ndescription: An English article that holds one example of CONTRIBUTING.md.\nuntranslated: true\nsupport: [email]\n---\n\nSend the screenshots by <ContactChannel channel="email" />.\n',
  },
  article(article, { data, input }) {
    const contact = data.contact;
    const [locale = '', categoryId] = article.path.split('/');
    const category = data.categories?.find((c) => c.id === categoryId);
    if (!contact || !category || !article.data || !article.tree) return [];
    const known = contact.channels.map((c) => c.id);
    const support = article.data.support;
    const offered = supportIds(support, category);
    const supportLine = article.frontmatter?.lineOf(['support']) ?? 1;
    const listed = support ? `[${support.join(', ')}]` : `the category's channel (${category.channel})`;
    const findings: Finding[] = (support ?? [])
      .filter((id) => !known.includes(id))
      .map((id) => error(article.file, supportLine, 'support', `"${id}" is not a channel in ${input.contentDir}contact.yaml.`, `use one of ${known.join(', ')}.`));
    const mentioned = new Set<string>();
    for (const link of findLinks(article.tree)) {
      if (link.kind !== 'ContactChannel' || !known.includes(link.target) || offered.includes(link.target) || mentioned.has(link.target)) continue;
      mentioned.add(link.target);
      findings.push(
        error(
          article.file,
          link.line,
          'support',
          `the text sends the reader to ${link.written}, but the "Still need help?" box offers only ${listed}.`,
          `add it to the frontmatter, e.g. support: [${[...offered.filter((id) => known.includes(id)), link.target].join(', ')}], most fitting channel first; or change the text.`,
        ),
      );
    }
    return [...findings, ...sentenceStarts(article, locale, contact)];
  },
};

function sentenceStarts(article: ArticleFile, locale: string, contact: Contact): Finding[] {
  const findings: Finding[] = [];
  // Once per article, not per line: labelHasCase's locale-aware case mapping was 2 s of CPU
  // per 1,000 article pages when it ran for every line and channel.
  const cased = contact.channels.filter((channel) => {
    const label = channel.label[locale];
    return label && labelHasCase(label, locale);
  });
  if (!cased.length) return findings;
  for (const line of article.source.body) {
    if (line.code) continue;
    const text = withoutInlineCode(line.text);
    for (const channel of cased) {
      for (const m of text.matchAll(tagAt(channel.id))) {
        if (/\bstart\b/.test(m[0]) || !sentenceStart.test(text.slice(0, m.index))) continue;
        findings.push(
          error(article.file, line.number, 'ContactChannel', `${m[0]} starts a sentence, so its label would be written in lower case.`, `write <ContactChannel channel="${channel.id}" start /> there.`),
        );
      }
    }
  }
  return findings;
}
