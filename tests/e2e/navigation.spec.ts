import { expect, test } from '@playwright/test';
import site from '../../src/site.config.ts';
import { colorSchemeScript } from '../../src/lib/color-scheme.ts';

test.describe('home pages', () => {
  test('the Chinese home page shows the search hero, categories and popular articles', async ({ page }) => {
    await page.goto('/zh-cn/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('有什么可以帮您？');
    await expect(page.getByRole('searchbox', { name: '搜索帮助中心' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: '登录问题与账户冻结' })).toBeVisible();
    await expect(page.locator('section[aria-labelledby="popular-title"]').getByRole('link', { name: '忘记密码怎么办' })).toBeVisible();
  });

  test('the English home page shows the search hero, categories and popular articles', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How can we help?');
    await expect(page.getByRole('link', { name: 'Payments & refunds' })).toBeVisible();
    await expect(page.locator('section[aria-labelledby="popular-title"]').getByRole('link', { name: 'Reset a forgotten password' })).toBeVisible();
  });
});

test('a reader goes from a category to an article and sees its breadcrumbs, contents and help box', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('link', { name: "Can't sign in or account frozen" }).click();
  await expect(page).toHaveURL(/\/en\/signing-in\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Can't sign in or account frozen");
  const articles = page.locator('main ol.article-list > li a');
  await expect(articles.first()).toHaveText("I can't sign in");
  await page.getByRole('link', { name: 'Reset a forgotten password' }).click();
  await expect(page).toHaveURL(/\/en\/signing-in\/reset-password\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reset a forgotten password');
  const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumbs.getByRole('link', { name: "Can't sign in or account frozen" })).toHaveAttribute('href', '/en/signing-in/');
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'No reset email?' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Still need help?' }).getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', '/en/contact/');
  await expect(page.getByRole('region', { name: 'Related articles' }).getByRole('link')).not.toHaveCount(0);
});

test('the language switcher lands on the same article in the other language', async ({ page }) => {
  await page.goto('/en/payments/request-refund/');
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh-cn\/payments\/request-refund\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('如何申请退款');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/payments\/request-refund\/$/);
});

// Articles load one small script file up front: the search loader every page runs (under 1 KB;
// search itself loads on first use). Without a feedback endpoint there is no widget and so no
// feedback script (tests/edge covers it with one). The only inline script is the hashed
// colour-scheme snippet that must run before the first paint.
test('an article page loads the search loader (under 1 KB) and, without a feedback endpoint, no feedback widget', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/en/signing-in/cant-sign-in/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Was this article helpful?' })).toHaveCount(0);
  const paths = scripts.map((url) => new URL(url).pathname);
  expect(paths.some((p) => p.includes('ArticleFeedback'))).toBe(false);
  const loader = scripts.find((url) => url.includes('SearchEnhancement'))!;
  expect(loader, 'the search loader').toBeTruthy();
  expect((await (await page.request.get(loader)).body()).length).toBeLessThan(1024);
  expect(await page.locator('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])').allTextContents()).toEqual([
    colorSchemeScript,
  ]);
});

test.describe('root language chooser', () => {
  test.use({ javaScriptEnabled: false });
  test('links to both languages for visitors and crawlers without JavaScript', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: /简体中文/ })).toHaveAttribute('href', '/zh-cn/');
    await expect(page.getByRole('link', { name: /English/ })).toHaveAttribute('href', '/en/');
  });
});

test.describe('root language chooser with an English browser', () => {
  test.use({ locale: 'en-GB' });
  test('sends the visitor to the English home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test.describe('root language chooser with a Traditional-Chinese browser', () => {
  test.use({ locale: 'zh-TW' });
  // Taiwan's own locale where one is published (zh-tw), else the Simplified one.
  const taiwan = site.locales.find((l) => l.lang.toUpperCase().endsWith('-TW'))?.code ?? 'zh-cn';
  test(`sends the visitor to the Chinese home page for Taiwan (/${taiwan}/)`, async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${taiwan}/$`));
  });
});

test('an unknown address shows the not-found page with search and popular links', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('searchbox').first()).toBeVisible();
});
