import { expect, test, type Page } from '@playwright/test';
import site from '../../src/site.config.ts';
import { createUrls } from '../../src/lib/urls.ts';

/**
 * What pages do on the main thread while they load. The first Intl date formatter or Chinese
 * word segmenter a page makes loads ICU data in one long, unbreakable task (40–60 ms here,
 * several times that on a phone), so pages either avoid them or let a worker load the data first.
 */

const urls = createUrls(site.base);

/** Counts Intl constructions on the page's main thread, from before its first script runs. */
async function countIntl(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counts = { DateTimeFormat: 0, Segmenter: 0, PluralRules: 0, warmedFirst: true, warmed: false };
    (window as unknown as { intlCounts: typeof counts }).intlCounts = counts;
    for (const name of ['DateTimeFormat', 'Segmenter', 'PluralRules'] as const) {
      const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
      const Counted = function (this: unknown, ...args: unknown[]) {
        counts[name]++;
        if (!counts.warmed) counts.warmedFirst = false;
        return new Original(...args);
      } as unknown as typeof Original;
      Object.assign(Counted, Original);
      Counted.prototype = Original.prototype;
      (Intl as unknown as Record<string, unknown>)[name] = Counted;
    }
    const OriginalWorker = Worker;
    window.Worker = class extends OriginalWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (String(url).includes('intl-warmup')) this.addEventListener('message', () => (counts.warmed = true));
      }
    };
  });
}

const intlCounts = (page: Page) => page.evaluate(() => (window as unknown as { intlCounts: { DateTimeFormat: number; Segmenter: number; PluralRules: number; warmedFirst: boolean } }).intlCounts);

for (const locale of site.locales.map((l) => l.code)) {
  test(`the ${locale} home page makes no date formatter while no notice is showing`, async ({ page }) => {
    // Before every notice in content/notices.yaml: they are all scheduled in the future or past.
    await page.clock.setFixedTime(new Date('2020-01-01T00:00:00Z'));
    await countIntl(page);
    await page.goto(urls.home(locale));
    await page.waitForLoadState('networkidle');
    expect((await intlCounts(page)).DateTimeFormat).toBe(0);
  });

  test(`the ${locale} contact page shows open-now badges only after a worker has loaded the date data`, async ({ page }) => {
    await countIntl(page);
    await page.goto(urls.contact(locale));
    await expect(page.locator('[data-open-status][data-channel]:not([hidden])').first()).toBeVisible();
    const counts = await intlCounts(page);
    expect(counts.DateTimeFormat).toBeGreaterThan(0);
    expect(counts.warmedFirst, 'a date formatter was made on the main thread before the warm-up finished').toBe(true);
  });
}

test('a deep-linked English search chooses "article" or "articles" only after the Intl warm-up worker has run', async ({ page }) => {
  await countIntl(page);
  await page.goto(urls.search('en', 'refund'));
  await expect(page.locator('[data-search-list] li').first()).toBeVisible();
  const counts = await intlCounts(page);
  expect(counts.PluralRules).toBeGreaterThan(0);
  expect(counts.warmedFirst).toBe(true);
});

test('a deep-linked Chinese search segments the query only after the warm-up worker loaded the dictionary', async ({ page }) => {
  await countIntl(page);
  await page.goto(urls.search('zh-cn', '忘记密码'));
  await expect(page.locator('[data-search-list] li').first()).toBeVisible();
  const counts = await intlCounts(page);
  expect(counts.Segmenter).toBeGreaterThan(0);
  expect(counts.warmedFirst).toBe(true);
});

test.describe('for a visitor whose time zone no region serves', () => {
  test.use({ timezoneId: 'Africa/Nairobi' });

  test('an article shows its channels open or closed in every region without a date formatter per region', async ({ page }) => {
    await countIntl(page);
    await page.goto(urls.article('en', 'signing-in/reset-password'));
    // Chat has opening hours in four regions' zones, all consulted when the visitor's region is unknown.
    await expect(page.locator('[data-open-status][data-channel="chat"]')).toBeVisible();
    // The visitor's own zone, then at most the two time formats ("08:00", "Thu 08:00"): the
    // regions' zones come as offsets in the page, where each would cost its own formatter.
    expect((await intlCounts(page)).DateTimeFormat).toBeLessThanOrEqual(3);
  });
});
