import type { Category } from '../../schemas/category.ts';
import type { Contact } from '../../schemas/contact.ts';
import type { Library } from '../library.ts';
import { labelHasCase } from '../contact/mention.ts';
import { supportIds } from '../contact/support.ts';
import { error, type Finding } from './finding.ts';
import type { CheckedArticle } from './index.ts';
import { findLinks } from './links.ts';
import { withoutInlineCode } from './source.ts';

/** Where a sentence starts: line start, after a list marker or table pipe, or after . ! ? */
const sentenceStart = /(?:^\s*(?:[-*+]\s+|\d+[.)]\s+)?|\|\s*|[.!?]["”’)]?\s+)$/;
const tagAt = (channel: string) => new RegExp(`<ContactChannel\\b[^>]*?\\bchannel=["']${channel}["'][^>]*>`, 'g');

/**
 * The help box must offer every channel the text sends the reader to, and support ids must be
 * real channels. In languages with case, a mention that starts a sentence says so (`start`),
 * so it renders "Live chat is…" rather than "live chat is…".
 */
export function supportChecks(
  library: Library<CheckedArticle>,
  locales: readonly string[],
  categories: readonly Category[],
  contact: Contact | undefined,
  contentDir: string,
): Finding[] {
  if (!contact) return [];
  const known = contact.channels.map((c) => c.id);
  const findings: Finding[] = categories
    .filter((c) => !known.includes(c.channel))
    .map((c) => error(`${contentDir}categories.yaml`, 1, `${c.id}.channel`, `"${c.channel}" is not a channel in contact.yaml.`, `use one of ${known.join(', ')}.`));
  for (const locale of locales) {
    for (const article of library.articles(locale)) {
      if (!article.entry.valid) continue;
      const category = categories.find((c) => c.id === article.category);
      if (!category) continue;
      const offered = supportIds(article.support, category);
      const supportLine = article.entry.frontmatter.lineOf(['support']);
      const listed = article.support ? `[${article.support.join(', ')}]` : `the category's channel (${category.channel})`;
      for (const id of (article.support ?? []).filter((id) => !known.includes(id))) {
        findings.push(error(article.file, supportLine, 'support', `"${id}" is not a channel in contact.yaml.`, `use one of ${known.join(', ')}.`));
      }
      const mentioned = new Set<string>();
      for (const link of findLinks(article.entry.source.body)) {
        if (link.kind !== 'ContactChannel' || !known.includes(link.target) || mentioned.has(link.target)) continue;
        if (!offered.includes(link.target)) {
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
      }
      findings.push(...sentenceStarts(article, contact));
    }
  }
  return findings;
}

function sentenceStarts(article: ReturnType<Library<CheckedArticle>['articles']>[number], contact: Contact): Finding[] {
  const findings: Finding[] = [];
  for (const line of article.entry.source.body) {
    if (line.code) continue;
    const text = withoutInlineCode(line.text);
    for (const channel of contact.channels) {
      const label = channel.label[article.locale];
      if (!label || !labelHasCase(label, article.locale)) continue;
      for (const m of text.matchAll(tagAt(channel.id))) {
        if (/\bstart\b/.test(m[0]) || !sentenceStart.test(text.slice(0, m.index))) continue;
        findings.push(
          error(
            article.file,
            line.number,
            'ContactChannel',
            `${m[0]} starts a sentence, so its label would be written in lower case.`,
            `write <ContactChannel channel="${channel.id}" start /> there.`,
          ),
        );
      }
    }
  }
  return findings;
}
