import { spawnSync } from 'node:child_process';
import site from '../site.config.ts';
import { localized } from '../i18n/index.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { gitLogArgs, lastUpdated, parseGitLog } from '../lib/seo/git-dates.ts';
import { untranslatedFallbacks, type Fallback } from '../lib/seo/fallbacks.ts';
import { planRedirects, type Redirect } from '../lib/seo/redirects.ts';
import type { OrganizationInput } from '../lib/seo/json-ld.ts';
import { getLibrary, type ArticleEntry, type HelpArticle } from './library.ts';
import { urls } from './page.ts';

/** The default link-preview image (public/og-default.png, made by scripts/make-og-image.ts). */
export const defaultImage = { path: urls.asset('og-default.png'), width: 1200, height: 630 };
const logo = urls.asset('logo.png');

/** OKPay as publisher and Organization; the contact page adds its contact points. */
export function organization(locale: string): OrganizationInput {
  return { name: localized(site.name, locale), url: absoluteUrl(site.url, urls.home(locale)), logo: absoluteUrl(site.url, logo) };
}

let committed: Map<string, Date> | undefined;

/**
 * Last commit date of every content file, from one `git log` over the content folder, read once
 * per build. Without git or outside a repository (a temporary content copy) it is empty, and
 * articles without `updated` simply show no date.
 */
function commitDates(): Map<string, Date> {
  if (!committed) {
    const run = spawnSync('git', ['-C', site.contentDir, ...gitLogArgs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    committed = run.status === 0 ? parseGitLog(run.stdout) : new Map();
  }
  return committed;
}

/**
 * The article's path inside the content folder, e.g. "en/signing-in/reset-password.mdx"; for a
 * generated article (zh-hk, zh-tw), its source's, the file an editor changes.
 */
export function sourceFile(article: HelpArticle): string {
  return `${article.convertedFrom ?? article.locale}/${article.key}${article.file.endsWith('.md') ? '.md' : '.mdx'}`;
}

export function articleUpdated(article: HelpArticle): Date | undefined {
  return lastUpdated(article.updated, commitDates().get(sourceFile(article)));
}

/** "Edit this page" target, or undefined when EDIT_URL is empty. */
export function editUrl(article: HelpArticle): string | undefined {
  return site.editUrl ? new URL(sourceFile(article), site.editUrl).href : undefined;
}

let fallbacks: Promise<Fallback<ArticleEntry>[]> | undefined;

/** Pages that show an untranslated original in a locale without a translation. */
export function getFallbacks(): Promise<Fallback<ArticleEntry>[]> {
  fallbacks ??= getLibrary().then((library) =>
    untranslatedFallbacks(library, site.locales.map((l) => l.code), site.defaultLocale),
  );
  return fallbacks;
}

let redirects: Promise<Redirect[]> | undefined;

/** Old article addresses (frontmatter `redirectFrom`) and where they lead now. */
export function getRedirects(): Promise<Redirect[]> {
  redirects ??= Promise.all([getLibrary(), getFallbacks()]).then(([library, fallbackPages]) => {
    const fallbackIds = new Set(fallbackPages.map((f) => `${f.locale}/${f.key}`));
    return planRedirects(
      site.locales.flatMap(({ code }) => library.articles(code)),
      (locale, key) => Boolean(library.article(locale, key)) || fallbackIds.has(`${locale}/${key}`),
    );
  });
  return redirects;
}
