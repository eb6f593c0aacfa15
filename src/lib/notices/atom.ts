import type { NoticeData } from './notices.ts';

/**
 * The Atom feed (RFC 4287) of service notices for one locale, newest first. Each entry's
 * `updated` is its start, so a reader sees it when it begins; its id never changes.
 */
export interface AtomFeedInput {
  locale: string;
  /** BCP 47 language of the texts, e.g. zh-CN. */
  lang: string;
  title: string;
  /** Absolute URLs. */
  feedUrl: string;
  pageUrl: string;
  siteUrl: string;
  author: string;
  notices: readonly NoticeData[];
  /** An entry's text: its time window and body in the feed's language. */
  summary: (notice: NoticeData) => string;
  /** When there is no notice at all (a feed must still say when it last changed). */
  emptyUpdated: Date;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export function atomFeed(input: AtomFeedInput): string {
  const notices = [...input.notices].sort((a, b) => b.start.getTime() - a.start.getTime() || a.id.localeCompare(b.id));
  const updated = notices[0]?.start ?? input.emptyUpdated;
  const host = new URL(input.siteUrl).hostname;
  const entries = notices.map((n) => {
    const title = n.title[input.locale] ?? '';
    return [
      '  <entry>',
      `    <id>tag:${host},2026:notice:${n.id}</id>`,
      `    <title>${escapeXml(title)}</title>`,
      `    <updated>${n.start.toISOString()}</updated>`,
      `    <published>${n.start.toISOString()}</published>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(input.pageUrl)}"/>`,
      `    <category term="${n.severity}"/>`,
      `    <summary>${escapeXml(input.summary(n))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(input.lang)}">`,
    `  <id>${escapeXml(input.feedUrl)}</id>`,
    `  <title>${escapeXml(input.title)}</title>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>${escapeXml(input.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.pageUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
