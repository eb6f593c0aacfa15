import { expect, test } from '@playwright/test';

/** The root page (src/pages/index.astro): where a visitor with JavaScript lands. */

test.describe('a browser asking for neither Chinese nor English', () => {
  test.use({ locale: 'fr-FR' });
  test('lands on the English home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test.describe('a browser asking for Traditional Chinese', () => {
  test.use({ locale: 'zh-TW' });
  test('lands on the Chinese home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-cn\/$/);
  });
});

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
