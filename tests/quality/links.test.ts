import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import site from '../../src/site.config.ts';
import { builtHtmlFiles, distDir, pathOfFile, sitemapPaths, urls } from './site.ts';
import { cssUrls, pageAnchors, pageLinks } from './html-links.ts';

/**
 * No broken internal link, anchor or asset anywhere in the built site. Reads dist/ directly
 * (no server), so it is instant, and it checks fragments (#heading-id) against the target
 * page's ids. Absolute links to the production origin (canonical, hreflang) count as internal.
 */

const origin = new URL(site.url).origin;
const local = 'http://local.invalid';

/** The dist/ file a site path resolves to, as the static host would serve it. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(urls.root())) return undefined;
  const rel = decodeURIComponent(pathname.slice(urls.root().length));
  const direct = join(distDir, rel);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(distDir, rel, 'index.html');
  return existsSync(index) ? index : undefined;
}

const anchorsCache = new Map<string, Set<string>>();
function anchorsOf(file: string): Set<string> {
  let anchors = anchorsCache.get(file);
  if (!anchors) anchorsCache.set(file, (anchors = pageAnchors(readFileSync(file, 'utf8'))));
  return anchors;
}

interface Broken {
  page: string;
  link: string;
  why: string;
}

let outbound = 0;

function check(pagePath: string, raw: string, where: string, navigates: boolean): Broken | undefined {
  if (/^(mailto|tel|sms|data|javascript):/i.test(raw)) return undefined;
  const resolved = new URL(raw, local + pagePath);
  const internal = resolved.origin === local || resolved.origin === origin;
  if (!internal && navigates) {
    // A link to another site is the reader's choice (edit links, the company site); this
    // offline check cannot reach it, and the build does not own it.
    outbound++;
    return undefined;
  }
  if (!internal) return { page: pagePath, link: raw, why: `${where} loads a file from another site (${resolved.origin}); pages make no third-party requests` };
  if (raw.startsWith('#') && raw.length > 1) {
    const target = fileFor(pagePath)!;
    const id = decodeURIComponent(raw.slice(1));
    return anchorsOf(target).has(id) ? undefined : { page: pagePath, link: raw, why: `${where}: no element with id "${id}" on this page` };
  }
  const file = fileFor(resolved.pathname);
  if (!file) return { page: pagePath, link: raw, why: `${where}: ${resolved.pathname} is not in dist/ (no file, no index.html)` };
  if (file.endsWith('index.html') && !resolved.pathname.endsWith('/')) {
    return { page: pagePath, link: raw, why: `${where}: missing trailing slash (the site uses trailingSlash: "always"), costs a redirect` };
  }
  if (resolved.hash.length > 1) {
    const id = decodeURIComponent(resolved.hash.slice(1));
    if (!anchorsOf(file).has(id)) return { page: pagePath, link: raw, why: `${where}: ${resolved.pathname} has no element with id "${id}"` };
  }
  return undefined;
}

test('every internal link, anchor and asset of every built page resolves', () => {
  const broken: Broken[] = [];
  const stylesheets = new Set<string>();
  let checked = 0;
  for (const file of builtHtmlFiles()) {
    const pagePath = pathOfFile(file);
    for (const link of pageLinks(readFileSync(file, 'utf8'))) {
      checked++;
      const navigates = (link.tag === 'a' || link.tag === 'area' || link.tag === 'form') || (link.tag === 'link' && link.attribute === 'href' && /\b(canonical|alternate)\b/.test(link.rel ?? ''));
      const problem = check(pagePath, link.url, `<${link.tag} ${link.attribute}>`, navigates);
      if (problem) broken.push(problem);
      else if (link.tag === 'link' && /\.css(\?|$)/.test(link.url)) stylesheets.add(new URL(link.url, local + pagePath).pathname);
    }
  }
  for (const sheet of stylesheets) {
    for (const url of cssUrls(readFileSync(fileFor(sheet)!, 'utf8'))) {
      checked++;
      const problem = check(sheet, url, 'CSS url()', false);
      if (problem) broken.push(problem);
    }
  }
  console.log(`links: ${checked} links and assets on ${builtHtmlFiles().length} pages checked, ${broken.length} broken; ${outbound} links to other sites not followed`);
  assert.deepEqual(broken, [], `Broken links:\n${broken.map((b) => `  ${b.page}: ${b.link} — ${b.why}`).join('\n')}`);
});

test('every page in the sitemap was built', () => {
  const missing = sitemapPaths().filter((p) => !fileFor(p));
  assert.deepEqual(missing, [], `The sitemap lists pages that dist/ lacks:\n  ${missing.join('\n  ')}`);
});

test('every page that offers search has one search landmark, so a screen reader lists one', () => {
  const repeated = builtHtmlFiles()
    .map((file) => ({ path: pathOfFile(file), count: readFileSync(file, 'utf8').match(/role="search"|<search[\s>]/g)?.length ?? 0 }))
    .filter(({ count }) => count > 1)
    .map(({ path, count }) => `${path}: ${count} search landmarks`);
  assert.deepEqual(repeated, []);
});
