import type { APIRoute } from 'astro';
import site from '../../site.config.ts';
import { localized, useTranslations } from '../../i18n/index.ts';
import { getNotices } from '../../data/guides.ts';
import { localeConfig, localePaths, urls } from '../../data/page.ts';
import { atomFeed } from '../../lib/notices/atom.ts';
import { formatNoticeTime } from '../../lib/notices/notices.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export const getStaticPaths = localePaths;

/** /<locale>/notices.xml: the service notices as an Atom feed, for readers who subscribe. */
export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale!;
  const t = useTranslations(locale);
  const { lang } = localeConfig(locale);
  const notices = await getNotices();
  const time = (date: Date) => formatNoticeTime(date, lang, 'UTC');
  const body = atomFeed({
    locale,
    lang,
    title: t('notices.feedTitle'),
    feedUrl: absoluteUrl(site.url, urls.noticesFeed(locale)),
    pageUrl: absoluteUrl(site.url, urls.home(locale)),
    siteUrl: site.url,
    author: localized(site.name, locale),
    notices,
    summary: (n) => t('notices.summary', { period: t('notices.period', { start: time(n.start), end: time(n.end) }), body: localized(n.body, locale) }),
    // A fixed date keeps the empty feed byte-identical between builds.
    emptyUpdated: new Date('2026-01-01T00:00:00Z'),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
