import { expect, test } from '@playwright/test';
import site from '../../src/site.config.ts';

/** The root page (src/pages/index.astro): where a visitor with JavaScript lands. */

test.describe('a browser asking for neither Chinese nor English', () => {
  test.use({ locale: 'fr-FR' });
  test('lands on the English home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

/** The locale published for a region (zh-tw for zh-TW), else the Simplified one that every Chinese reader falls back to. */
const chineseFor = (region: string) => site.locales.find((l) => l.lang.toUpperCase().endsWith(`-${region}`))?.code ?? 'zh-cn';

for (const region of ['TW', 'HK']) {
  test.describe(`a browser asking for Traditional Chinese (zh-${region})`, () => {
    test.use({ locale: `zh-${region}` });
    test(`lands on the Chinese home page for its region (/${chineseFor(region)}/)`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${chineseFor(region)}/$`));
    });
  });
}

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });
  test('after picking 简体中文 on the chooser, the root sends it to Chinese from then on', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    // Coming from one of our pages, the reader came to choose: the chooser stays.
    await page.evaluate(() => location.assign('/'));
    await page.waitForURL(/\/$/);
    await page.getByRole('link', { name: /简体中文/ }).click();
    await expect(page).toHaveURL(/\/zh-cn\/$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-cn\/$/);
    expect(await page.context().cookies()).toEqual([]);
  });
});
