import { expect, test } from '@playwright/test';

const results = (page: import('@playwright/test').Page) => page.locator('main ol.search-results__list > li');

test('a Chinese query finds the password article', async ({ page }) => {
  await page.goto('/zh-cn/');
  const box = page.getByRole('searchbox', { name: '搜索帮助中心' }).last();
  await box.fill('忘记密码');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/zh-cn\/search\/\?q=/);
  await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', '/zh-cn/signing-in/reset-password/');
  await expect(results(page).first()).toContainText('忘记密码');
});

test('an English query finds the refund article', async ({ page }) => {
  await page.goto('/en/search/?q=refund');
  await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', '/en/payments/request-refund/');
  await expect(results(page).first().locator('mark').first()).toBeVisible();
});

test('each language searches only its own articles', async ({ page }) => {
  await page.goto('/en/search/?q=password');
  await expect(results(page).first()).toBeVisible();
  for (const href of await results(page).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/en\//);
  }
});
