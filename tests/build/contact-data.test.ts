import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser.ts';
import { buildWithContent, cleanUp, type BuildResult } from './build-site.ts';

type Yaml = Record<string, any>;

/** Builds with content/contact.yaml changed by `edit`; `check` sees the result, then it is removed. */
function buildWithContact(edit: (contact: Yaml) => void, check: (result: BuildResult) => void, env: Record<string, string> = {}) {
  const result = buildWithContent((content) => {
    const file = join(content, 'contact.yaml');
    const contact = parse(readFileSync(file, 'utf8')) as Yaml;
    edit(contact);
    writeFileSync(file, stringify(contact));
  }, env);
  try {
    check(result);
  } finally {
    cleanUp(result);
  }
}

const channel = (contact: Yaml, id: string): Yaml => contact.channels.find((c: Yaml) => c.id === id);

const failsWith = (...patterns: RegExp[]) => (result: BuildResult) => {
  assert.notEqual(result.status, 0, 'the build must fail');
  assert.match(result.output, /contact → contact\.yaml data does not match collection schema/);
  assert.match(result.output, /Location:\s+\S+\/content\/contact\.yaml/);
  for (const pattern of patterns) assert.match(result.output, pattern);
};

test('a malformed phone number fails the build, naming the field and the E.164 fix', () => {
  buildWithContact(
    (contact) => (channel(contact, 'phone').phones[0].number = '020 7946 0321'),
    failsWith(/channels\.2\.phones\.0\.number: number is not a valid E\.164 phone number: write "\+", the country code/),
  );
});

test('a non-https URL fails the build', () => {
  buildWithContact(
    (contact) => (channel(contact, 'chat').url = 'http://okpay.example/chat'),
    failsWith(/channels\.0\.url: The channel url must be a full https:\/\/ address/),
  );
});

test('an unknown region fails the build and lists the known ones', () => {
  buildWithContact(
    (contact) => (channel(contact, 'phone').phones[0].region = 'france'),
    failsWith(/channels\.2\.phones\.0\.region: channel "phone": unknown region "france": use one of mainland-china, hong-kong, taiwan, singapore, uk, north-america, australia, or add it under regions\./),
  );
});

test('an unknown time zone fails the build', () => {
  buildWithContact(
    (contact) => (contact.regions[0].timeZone = 'Europe/Londn'),
    failsWith(/regions\.0\.timeZone: timeZone is not a known IANA time zone: write one like "Europe\/London"/),
  );
});

test('overlapping hours fail the build', () => {
  buildWithContact(
    (contact) =>
      channel(contact, 'phone').availability[6].hours.push({ days: ['fri'], open: '19:00', close: '21:00' }),
    failsWith(/channel "phone", region "australia": the fri shift from 08:00 overlaps the fri shift from 19:00/),
  );
});

test('inverted hours fail the build with the overnight fix', () => {
  buildWithContact(
    (contact) => (channel(contact, 'phone').availability[6].hours[1] = { days: ['sat'], open: '17:00', close: '09:00' }),
    failsWith(/close "09:00" is not after open "17:00" \(sat\): swap them, or write close: "09:00 next day"/),
  );
});

test('a channel without a label in every locale fails the build', () => {
  buildWithContact(
    (contact) => delete channel(contact, 'email').label.en,
    failsWith(/channels\.1\.label\.en: Missing the en channel label: add a "en:" line\./),
  );
});

test('a category recommending a channel that does not exist fails the build', () => {
  const result = buildWithContent((content) => {
    const file = join(content, 'categories.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('channel: email', 'channel: fax'));
  });
  try {
    assert.notEqual(result.status, 0, 'the build must fail');
    assert.match(result.output, /categories\.yaml: payments\.channel: "fax" is not a channel in contact\.yaml\. Fix: use one of chat, email, phone, social, upload, help-center\./);
  } finally {
    cleanUp(result);
  }
});

test('a production build refuses placeholder contact data and lists every placeholder', () => {
  buildWithContact(
    () => {},
    failsWith(
      /channels\.0\.url: "https:\/\/okpay\.example\/chat" is a placeholder \(a reserved example domain\); a production build \(OKPAY_PRODUCTION=1\) refuses it/,
      /channels\.2\.phones\.0\.number: "\+864000000000" is a placeholder \(Mainland China placeholder, no fiction range there\)/,
      /channels\.2\.phones\.4\.number: "\+442079460321" is a placeholder \(UK Ofcom drama range\)/,
      /channels\.2\.phones\.5\.number: "\+12025550147" is a placeholder \(North American 555-0100 to 555-0199 fiction range\)/,
      /channels\.1\.emails\.0: "support@okpay\.example" is a placeholder/,
      /channels\.3\.social\.1\.url: "https:\/\/x\.example\/okpay_support" is a placeholder/,
      /channels\.5\.webDomains\.0: "help\.okpay\.example" is a placeholder/,
    ),
    { OKPAY_PRODUCTION: '1' },
  );
});

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
      writeFileSync(join(folder, 'fake-support.mdx'), '---\ntitle: Recognize fake support\ndescription: Official support never asks for your password.\n---\n\nBody.\n');
    }
  });
  try {
    assert.equal(result.status, 0, result.output);
    const page = (path: string) => readFileSync(join(result.outDir, path, 'index.html'), 'utf8');
    const notice = /OKPay support never asks for your password, verification codes or remote access to your device/;
    assert.match(page('en/security'), notice);
    assert.match(page('en/security/fake-support'), notice);
    assert.match(page('zh-cn/security/fake-support'), /OKPay 客服绝不会索要你的密码、验证码/);
    // Security problems are urgent: the help box recommends the phone hotline.
    assert.match(page('en/security/fake-support'), /href="\/en\/contact\/#channel-phone" data-recommended-channel="phone"/);
    assert.doesNotMatch(page('en/payments/request-refund'), notice);
  } finally {
    cleanUp(result);
  }
});
