import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleScore } from '../../src/lib/feedback/report.ts';
import { edgeDist, edgeState, movedArticle } from './site.ts';
import site from '../../src/site.config.ts';
import { useTranslations } from '../../src/i18n/index.ts';

/**
 * The built site served by Cloudflare Pages' runtime (wrangler pages dev, see serve.ts): what
 * a deployment answers, and the feedback function with its D1 database.
 */
// One worker runs these in file order (playwright.edge.config.ts): "junk" checks that nothing was
// stored before the vote test stores one.

const revalidate = 'public, max-age=0, must-revalidate';
const immutable = 'public, max-age=31536000, immutable';

/** Collects Content-Security-Policy violations from the first byte of every document. */
async function cspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(t: string): void }).__cspViolation(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  return violations;
}

function feedbackReport(): ArticleScore[] {
  const out = execFileSync(process.execPath, ['scripts/feedback-report.ts', '--persist-to', edgeState, '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as ArticleScore[];
}

test('pages answer 200 with HSTS, the CSP header and caching that revalidates', async ({ request }) => {
  const policy = /^\s*Content-Security-Policy:\s*(.+)$/m.exec(readFileSync(join(edgeDist, '_headers'), 'utf8'))![1]!.trim();
  for (const path of ['/', '/en/', '/zh-cn/', '/en/payments/request-refund/', '/zh-cn/search/']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['strict-transport-security'], path).toBe('max-age=31536000');
    expect(headers['content-security-policy'], path).toBe(policy);
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['cache-control'], path).toBe(revalidate);
  }
});

for (const { code: locale, lang } of site.locales) {
  const title = useTranslations(locale)('notfound.title');
  test(`an unknown ${locale} address answers 404 with the ${locale} not-found page`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(response?.headers()['strict-transport-security']).toBe('max-age=31536000');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
}

test('hashed assets are cached for a year as immutable; Pagefind entry files revalidate', async ({ page, request }) => {
  await page.goto('/en/');
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect(stylesheet).toMatch(/^\/_astro\//);
  const fragment = readdirSync(join(edgeDist, 'pagefind/fragment'))[0];
  const meta = readdirSync(join(edgeDist, 'pagefind')).find((f) => f.endsWith('.pf_meta'));
  for (const path of [stylesheet!, `/pagefind/fragment/${fragment}`, `/pagefind/${meta}`]) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe(immutable);
  }
  for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe(revalidate);
  }
});

test("an article's old address answers 301 to where it lives now", async ({ request }) => {
  const response = await request.get(movedArticle.from, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe(movedArticle.to);
});

test('a search finds the article without a CSP violation', async ({ page }) => {
  const violations = await cspViolations(page);
  await page.goto('/en/search/?q=reset%20password');
  // Pagefind fetches and compiles its WebAssembly and index first: slow on a busy CI machine.
  await expect(page.locator('main ol.search-results__list > li').first().getByRole('link').first()).toHaveAttribute(
    'href',
    '/en/signing-in/reset-password/',
    { timeout: 30_000 },
  );
  expect(violations).toEqual([]);
});

test('junk is refused with 400 (or 405, 403, 413) and nothing is stored', async ({ request }) => {
  const post = (data: string, headers: Record<string, string> = {}) => request.post('/api/feedback', { data, headers: { 'Content-Type': 'text/plain', ...headers } });
  const vote = { article: 'signing-in/reset-password', locale: 'en', vote: 'no', reason: 'unclear' };
  const junk: [string, RegExp][] = [
    ['not json', /not JSON/],
    ['[1,2]', /not a JSON object/],
    [JSON.stringify({ ...vote, article: 'signing-in/no-such-article' }), /article must be/],
    [JSON.stringify({ ...vote, article: '../../etc/passwd' }), /article must be/],
    [JSON.stringify({ ...vote, locale: 'fr' }), /locale must be one of zh-cn, en/],
    [JSON.stringify({ ...vote, vote: 'maybe' }), /vote must be "yes" or "no"/],
    [JSON.stringify({ ...vote, reason: 'I am angry' }), /reason must be null or one of/],
    [JSON.stringify({ ...vote, email: 'reader@okpay.example' }), /Unknown field\(s\): email/],
  ];
  for (const [body, error] of junk) {
    const response = await post(body);
    expect(response.status(), body).toBe(400);
    expect((await response.json()).error, body).toMatch(error);
  }
  expect((await post(JSON.stringify({ ...vote, reason: 'x'.repeat(600) }))).status()).toBe(413);
  expect((await request.get('/api/feedback')).status()).toBe(405);
  expect((await post(JSON.stringify(vote), { Origin: 'https://evil.example' })).status()).toBe(403);
  expect(feedbackReport()).toEqual([]);
});

test('"No" asks why and points to the recommended channel; the vote is stored and counted by feedback:report', async ({ page }) => {
  const violations = await cspViolations(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/en/payments/request-refund/');
  // The widget's own script is small (other enhancements load their own files beside it).
  const widgetScript = scripts.find((url) => /\/_astro\/ArticleFeedback\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(url));
  expect(widgetScript, 'the widget loads its script').toBeTruthy();
  expect((await (await page.request.get(widgetScript!)).body()).length).toBeLessThan(1500);
  const widget = page.getByRole('region', { name: 'Was this article helpful?' });
  await widget.getByRole('button', { name: 'No' }).click();
  await expect(widget.getByRole('group', { name: 'What was the problem?' })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Yes' })).toBeHidden();
  await expect(widget.getByRole('link', { name: 'Email' })).toHaveAttribute('href', '/en/contact/#channel-email');
  await widget.getByRole('radio', { name: 'Wrong or out of date' }).check();
  const stored = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/feedback');
  await widget.getByRole('button', { name: 'Send' }).click();
  await expect(widget.getByText('Thank you for your feedback.')).toBeVisible();
  expect((await stored).status()).toBe(204);
  expect(await page.context().cookies()).toEqual([]);
  expect(violations).toEqual([]);
  expect(feedbackReport()).toEqual([
    { locale: 'en', article: 'payments/request-refund', votes: 1, no: 1, noShare: 1, reasons: [{ reason: 'wrong', votes: 1 }] },
  ]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the widget is not shown, so no button is left that does nothing', async ({ page }) => {
    await page.goto('/zh-cn/signing-in/reset-password/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-feedback]'), 'the widget is built, hidden until its script shows it').toHaveCount(1);
    await expect(page.getByRole('heading', { name: '这篇文章对您有帮助吗？' })).toBeHidden();
    await expect(page.getByRole('button', { name: '有帮助' })).toHaveCount(0);
  });
});

test('a burst of requests from one client is slowed down with 429', async ({ request }) => {
  const statuses: number[] = [];
  for (let i = 0; i < 25; i++) statuses.push((await request.post('/api/feedback', { data: '{}' })).status());
  expect(statuses).toContain(429);
  expect(statuses.filter((s) => s !== 400 && s !== 429)).toEqual([]);
});
