import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser.ts';
import { buildWithContent, cleanUp } from './build-site.ts';

// What contact.yaml may hold is checked by the content rules (tests/content/contact-data.test.ts);
// these builds prove what the built pages do with it.

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

test('with FEEDBACK_ENDPOINT set, a vote is sent there with sendBeacon, without cookies or personal data', async () => {
  const endpoint = 'https://feedback.okpay.example/votes';
  const result = buildWithContent(() => {}, { FEEDBACK_ENDPOINT: endpoint });
  const server = createServer((request, response) => {
    const path = join(result.outDir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = existsSync(join(path, 'index.html')) ? join(path, 'index.html') : path;
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    assert.equal(result.status, 0, result.output);
    assert.match(readFileSync(join(result.outDir, '_headers'), 'utf8'), /connect-src 'self' https:\/\/feedback\.okpay\.example;/, 'the header policy lets votes out too');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const page = await browser.newPage();
    const beacons: { body: string; cookie: string | undefined }[] = [];
    await page.route(`${endpoint}**`, async (route) => {
      beacons.push({ body: route.request().postData() ?? '', cookie: await route.request().headerValue('cookie') ?? undefined });
      await route.fulfill({ status: 204 });
    });
    await page.goto(`http://127.0.0.1:${port}/en/payments/request-refund/`);
    await page.getByRole('button', { name: 'Yes' }).click();
    await page.getByText('Thank you for your feedback.').waitFor();
    for (let i = 0; i < 50 && beacons.length === 0; i++) await page.waitForTimeout(100);
    assert.equal(beacons.length, 1, 'exactly one vote is sent');
    assert.deepEqual(JSON.parse(beacons[0]!.body), { article: 'payments/request-refund', locale: 'en', vote: 'yes', reason: null });
    assert.equal(beacons[0]!.cookie, undefined);
  } finally {
    await browser.close();
    server.close();
    cleanUp(result);
  }
});

test('the security category page and its articles show the anti-scam notice; other categories do not', () => {
  const result = buildWithContent((content) => {
    for (const locale of ['en', 'zh-cn']) {
      const folder = join(content, locale, 'security');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'fake-support.mdx'), '---\ntitle: Recognize fake support\ndescription: Official OKPay support never asks for your password or your verification codes.\n---\n\nBody.\n');
    }
  });
  try {
    assert.equal(result.status, 0, result.output);
    const page = (path: string) => readFileSync(join(result.outDir, path, 'index.html'), 'utf8');
    const notice = /OKPay support never asks for your password, verification codes or remote access to your device/;
    assert.match(page('en/security'), notice);
    assert.match(page('en/security/fake-support'), notice);
    assert.match(page('zh-cn/security/fake-support'), /OKPay 客服绝不会索要您的密码、验证码/);
    // Security problems are urgent: the help box recommends the phone hotline.
    assert.match(page('en/security/fake-support'), /href="\/en\/contact\/#channel-phone" data-recommended-channel="phone"/);
    assert.doesNotMatch(page('en/payments/request-refund'), notice);
  } finally {
    cleanUp(result);
  }
});
