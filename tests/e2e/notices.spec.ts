import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { parse } from 'yaml';
import site from '../../src/site.config.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { noticesSchema } from '../../src/schemas/notice.ts';
import { withGeneratedLocales } from '../../src/data/conversion.ts';

/**
 * Service notices against a fixed clock: shown inside their window and not outside it, hidden
 * at their end without a reload, and posted at run time through notices.json. The notices are
 * read from content/notices.yaml, so the test follows whatever the editors schedule.
 */

const root = new URL('../../', import.meta.url).pathname;
const urls = createUrls(site.base);
const notices = noticesSchema(site.locales.map((l) => l.code)).parse(withGeneratedLocales(parse(readFileSync(join(root, site.contentDir, 'notices.yaml'), 'utf8'))));
const minute = 60_000;

// Several page loads per test.
test.describe.configure({ timeout: 120_000 });

const categoryNotice = notices.find((n) => n.categories.length > 0);
const channelNotice = notices.find((n) => n.channels.length > 0 && n.categories.length === 0);

const shown = (page: Page, id: string) => page.locator(`[data-notice="${id}"]`);

test.describe('a notice for a category', () => {
  expect(categoryNotice, 'content/notices.yaml needs a notice for a category for this test').toBeTruthy();
  const notice = categoryNotice!;
  const category = notice.categories[0]!;
  const places = ['en', 'zh-cn'].flatMap((locale) => [urls.home(locale), urls.category(locale, category), urls.search(locale, 'x')]);

  test('shows inside its window on the home page, its category and search, and not before or after', async ({ page }) => {
    for (const [time, visible] of [
      [new Date(notice.start.getTime() - minute), false],
      [new Date(notice.start.getTime() + minute), true],
      [new Date(notice.end.getTime() + minute), false],
    ] as const) {
      await page.clock.setFixedTime(time);
      for (const path of places) {
        await page.goto(path);
        if (visible) {
          await expect(shown(page, notice.id), `${path} at ${time.toISOString()}`).toBeVisible();
          const locale = path.split('/')[1]!;
          await expect(shown(page, notice.id)).toContainText(notice.title[locale]!);
        } else {
          await expect(shown(page, notice.id), `${path} at ${time.toISOString()}`).toBeHidden();
          await expect(page.locator('[data-notices]')).toBeHidden();
        }
      }
    }
  });

  test('shows on the articles of its category, not on other categories', async ({ page }) => {
    await page.clock.setFixedTime(new Date(notice.start.getTime() + minute));
    await page.goto(urls.category('en', category));
    await page.locator('main ol a').first().click();
    await expect(shown(page, notice.id)).toBeVisible();
    await page.goto(urls.category('en', 'account'));
    await expect(shown(page, notice.id)).toHaveCount(0);
  });

  test('a page showing it has no WCAG 2.2 A/AA violation, in light and dark', async ({ page }) => {
    await page.clock.setFixedTime(new Date(notice.start.getTime() + minute));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const path of [urls.home('zh-cn'), urls.category('en', category)]) {
        await page.goto(path);
        await expect(shown(page, notice.id)).toBeVisible();
        // The notices are in <main>; the site-wide sweep (tests/quality/a11y.spec.ts) owns header and footer.
        expect(await axeViolations(page, { include: 'main', label: `${path} (${colorScheme})` })).toEqual([]);
      }
    }
  });

  test.describe('for a reader in Shanghai', () => {
    test.use({ timezoneId: 'Asia/Shanghai' });

    test('disappears at its end time without a reload, its times written in the reader\'s zone', async ({ page }) => {
      await page.clock.install({ time: new Date(notice.end.getTime() - 5 * minute) });
      await page.goto(urls.category('en', category));
      await expect(shown(page, notice.id)).toBeVisible();
      await expect(shown(page, notice.id).locator('time').first()).toContainText('GMT+8');
      await page.clock.fastForward(6 * minute);
      await expect(shown(page, notice.id)).toBeHidden();
      await expect(page.locator('[data-notices]')).toBeHidden();
    });
  });
});

test.describe('a notice for a support channel', () => {
  expect(channelNotice, 'content/notices.yaml needs a notice for a channel for this test').toBeTruthy();
  const notice = channelNotice!;

  test('shows on the contact page inside its window, not on unrelated categories', async ({ page }) => {
    await page.clock.setFixedTime(new Date(notice.start.getTime() + minute));
    await page.goto(urls.contact('zh-cn'));
    await expect(shown(page, notice.id)).toBeVisible();
    await expect(shown(page, notice.id)).toContainText(notice.body['zh-cn']!);
    await page.goto(urls.category('en', 'payments'));
    await expect(shown(page, notice.id)).toHaveCount(0);
    await page.clock.setFixedTime(new Date(notice.end.getTime()));
    await page.goto(urls.contact('zh-cn'));
    await expect(shown(page, notice.id)).toBeHidden();
  });
});

test.describe('notices posted at run time in notices.json', () => {
  const start = new Date('2027-03-01T10:00:00Z');
  const runtime = {
    notices: [
      {
        id: 'chat-outage',
        severity: 'outage',
        start: start.toISOString(),
        end: new Date(start.getTime() + 60 * minute).toISOString(),
        title: { 'zh-cn': '在线客服暂时无法使用', en: 'Live chat is down' },
        body: { 'zh-cn': '我们正在修复，请您改用电子邮件。', en: 'We are fixing it; please email us instead.' },
        channels: ['chat'],
      },
      { id: 'broken', start: 'soon', title: { en: 'x' } },
    ],
  };

  test.beforeEach(async ({ page }) => {
    await page.route(`**${urls.asset('notices.json')}`, (route) => route.fulfill({ json: runtime }));
  });

  test('appear on the pages they concern inside their window, and malformed ones are skipped', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.clock.setFixedTime(new Date(start.getTime() + minute));
    await page.goto(urls.contact('en'));
    await expect(shown(page, 'chat-outage')).toBeVisible();
    await expect(shown(page, 'chat-outage')).toContainText('Outage Live chat is down');
    await expect(shown(page, 'chat-outage')).toContainText('We are fixing it; please email us instead.');
    expect(warnings.join('\n')).toContain('notices.json: skipped notice 2 (broken)');
    await page.goto(urls.home('zh-cn'));
    await expect(shown(page, 'chat-outage')).toContainText('在线客服暂时无法使用');
    await page.goto(urls.category('en', 'payments'));
    await expect(shown(page, 'chat-outage')).toHaveCount(0);
  });

  test('stay hidden outside their window', async ({ page }) => {
    await page.clock.setFixedTime(new Date(start.getTime() + 61 * minute));
    await page.goto(urls.contact('en'));
    await expect(shown(page, 'chat-outage')).toBeHidden();
  });
});

test('the home page announces an Atom feed of notices that has every element Atom requires', async ({ page, request }) => {
  for (const locale of ['en', 'zh-cn']) {
    await page.goto(urls.home(locale));
    const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(href).toBe(urls.noticesFeed(locale));
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    // The browser's XML parser: a feed that is not well-formed yields a <parsererror>.
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: `${root.namespaceURI} ${root.localName}`,
        required: ['id', 'title', 'updated', 'author'].map((n) => child(root, n).length),
        self: child(root, 'link').some((l) => l.getAttribute('rel') === 'self'),
        entries: child(root, 'entry').map((e) => ({
          id: child(e, 'id')[0]?.textContent,
          dates: child(e, 'updated').map((u) => !Number.isNaN(Date.parse(u.textContent ?? ''))),
          title: child(e, 'title').length,
        })),
      };
    }, xml);
    expect(feed.error).toBe(false);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.required).toEqual([1, 1, 1, 1]);
    expect(feed.self).toBe(true);
    expect(feed.entries.map((e) => e.id?.replace(/^.*:notice:/, '')).sort()).toEqual(notices.map((n) => n.id).sort());
    for (const entry of feed.entries) expect(entry).toMatchObject({ dates: [true], title: 1 });
  }
});
