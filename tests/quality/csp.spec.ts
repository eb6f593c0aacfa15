import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { colorSchemeScript } from '../../src/lib/color-scheme.ts';
import { cspHash, cspHeader, inlineScriptHashes } from '../../src/lib/csp.ts';
import { allPages, distDir, projectRoot, typicalPages } from './site.ts';

/**
 * The Content-Security-Policy, enforced: the server sends public/_headers (header CSP with
 * frame-ancestors) and every page carries Astro's <meta> CSP. Every page and a real search run
 * without a single violation report or console error; an injected script and framing are blocked.
 */

/** Records CSP violations and console errors from the first byte of every document. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction('__reportCsp', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(t: string): void }).__reportCsp(
        `CSP violation on ${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sample})`,
      );
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()} on ${new URL(page.url()).pathname}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`script error on ${new URL(page.url()).pathname}: ${e.message}`));
  return problems;
}

test('the published _headers sends the policy of src/lib/csp.ts, with the inline script hash', () => {
  const headers = readFileSync(join(projectRoot, 'dist/_headers'), 'utf8');
  const expected = cspHeader(inlineScriptHashes());
  const line = /^\s*Content-Security-Policy:\s*(.+)$/m.exec(headers)?.[1]?.trim();
  expect(line, 'the build writes the policy into dist/_headers (src/integrations/headers.ts)').toBe(expected);
});

test('every page carries the CSP meta with the same directives as the header', async () => {
  const header = cspHeader(inlineScriptHashes());
  const directive = (policy: string, name: string) =>
    policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));
  for (const path of allPages()) {
    const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
    expect(meta, `${path} has no CSP <meta>`).toBeTruthy();
    for (const name of ['default-src', 'object-src', 'base-uri', 'form-action']) {
      expect(directive(meta!, name), `${path}: ${name}`).toBe(directive(header, name));
    }
    expect(directive(meta!, 'script-src'), `${path}: script-src`).toContain(`'${cspHash(colorSchemeScript)}'`);
    expect(meta, `${path}: no 'unsafe-inline' anywhere`).not.toContain('unsafe-inline');
  }
});

test('every page loads under the enforced CSP without a violation or console error', async ({ page }) => {
  // Every built page: the time allowed grows with the library.
  test.setTimeout(Math.max(120_000, allPages().length * 2_000));
  const problems = await watch(page);
  for (const path of allPages()) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], `${path} is served with the CSP header`).toContain("frame-ancestors 'none'");
  }
  expect(problems).toEqual([]);
});

test('a search runs under the enforced CSP (Pagefind and its WebAssembly load) without a violation', async ({ page }) => {
  const problems = await watch(page);
  for (const { path } of typicalPages(['search'])) {
    await page.goto(path);
    await expect(page.locator('main ol li a').first()).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test('an injected inline script is blocked and reported', async ({ page }) => {
  const problems = await watch(page);
  await page.goto(typicalPages(['article'])[0]!.path);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
  });
  await expect.poll(() => problems.join('\n')).toContain('script-src');
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test('another page cannot frame the help center', async ({ page, request }) => {
  const article = typicalPages(['article'])[0]!.path;
  const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(await (await request.get(article)).text())?.[1];
  expect(title).toBeTruthy();
  await page.goto(typicalPages(['home'])[0]!.path);
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, article);
  await expect.poll(() => page.frames().length).toBe(2);
  const framed = page.frames().find((f) => f !== page.mainFrame())!;
  await framed.waitForLoadState();
  // Blocked by frame-ancestors (and X-Frame-Options), the frame shows Chromium's error page
  // ("… refused to connect"), never the article.
  const text = () => framed.evaluate(() => document.body?.innerText ?? '').catch(() => '');
  await expect.poll(text).not.toBe('');
  expect(await text()).not.toContain(title!);
});
