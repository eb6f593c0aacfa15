import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';

// Wednesday 14 January 2026, 23:00 UTC: 23:00 in London, Thursday 07:00 in Shanghai, Thursday
// 10:00 in Sydney, 18:00 in New York.
const wednesdayNight = new Date('2026-01-14T23:00:00Z');

const badge = (page: Page, channel: string) => page.locator(`#channel-${channel} [data-open-status]`);
const regionRows = (page: Page, channel: string) => page.locator(`#channel-${channel} li[data-region]`);
const phoneLinks = (page: Page) => page.locator('#channel-phone a[href^="tel:"]');

test.describe('open-now badges for a visitor in London', () => {
  test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

  test('at 23:00 London time chat says when it opens, the hotline is open, and only UK hours show', async ({ page }) => {
    await page.clock.setFixedTime(wednesdayNight);
    await page.goto('/en/contact/');
    await expect(page.getByLabel('Your region')).toHaveValue('uk');
    await expect(badge(page, 'chat')).toHaveText('Closed now · opens Thu 08:00 your time');
    await expect(badge(page, 'phone')).toHaveText('Open now, 24/7');
    await expect(regionRows(page, 'chat').filter({ visible: true })).toHaveText(['United Kingdom Daily 08:00–22:00']);
    // Sydney is at Thursday 10:00; its hotline closes at 20:00 Sydney time, 09:00 in London.
    await page.getByLabel('Your region').selectOption({ label: 'Australia' });
    await expect(badge(page, 'phone')).toHaveText('Open now · closes Thu 09:00 your time');
  });
});

test.describe('open-now badges for a visitor in Shanghai', () => {
  test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

  test('Shanghai is Mainland China; chat opens at 08:00 Shanghai time', async ({ page }) => {
    await page.clock.setFixedTime(wednesdayNight);
    await page.goto('/en/contact/');
    await expect(page.getByLabel('Your region')).toHaveValue('mainland-china');
    await expect(badge(page, 'chat')).toHaveText('Closed now · opens 08:00 your time');
    await expect(phoneLinks(page).filter({ visible: true })).toHaveText(['+86\u00a0400\u00a0000\u00a00000']);
  });

  test('the Chinese page says the same in Chinese, addressing the reader as 您', async ({ page }) => {
    await page.clock.setFixedTime(wednesdayNight);
    await page.goto('/zh-cn/contact/');
    await expect(page.getByLabel('您所在的地区')).toHaveValue('mainland-china');
    await expect(badge(page, 'chat')).toHaveText('暂停服务 · 您当地时间 08:00 开始');
    await expect(regionRows(page, 'chat').filter({ visible: true })).toHaveText(['中国大陆 每天 08:00–22:00']);
  });
});

test.describe('region picker', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('places a nearby time zone (Los Angeles) in its region and narrows the numbers to the chosen region', async ({ page }) => {
    await page.goto('/en/contact/');
    const select = page.getByLabel('Your region');
    await expect(select).toHaveValue('north-america');
    await expect(phoneLinks(page).filter({ visible: true })).toHaveText([/\+1\s202\s555\s0147/]);
    await select.selectOption({ label: 'Australia' });
    await expect(phoneLinks(page).filter({ visible: true })).toHaveText([/\+61\s2\s5550\s1234/]);
    await expect(regionRows(page, 'chat').filter({ hasText: 'United Kingdom' })).toBeHidden();
    await select.selectOption({ label: 'All regions' });
    await expect(phoneLinks(page).filter({ visible: true })).toHaveCount(7);
  });
});

test.describe('the contact page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every number and every region\'s hours as text, with no picker, badge or checker form to break', async ({ page }) => {
    await page.goto('/en/contact/');
    await expect(phoneLinks(page).filter({ visible: true })).toHaveCount(7);
    await expect(page.getByLabel('Your region')).toBeHidden();
    await expect(regionRows(page, 'chat').filter({ hasText: 'Australia' })).toContainText('Open 24 hours, every day');
    await expect(regionRows(page, 'phone').filter({ hasText: 'Hong Kong' })).toContainText('Cantonese');
    await expect(page.locator('[data-open-status]').filter({ visible: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Check' })).toBeHidden();
    await expect(page.getByText('The checker needs JavaScript')).toBeVisible();
    // The full list of official contacts is folded under the checker and opens without JavaScript.
    await page.getByText('All official contacts').click();
    await expect(page.getByRole('list').filter({ hasText: 'support@okpay.example' })).toBeVisible();
  });
});

test('with JavaScript the checker replaces its fallback note', async ({ page }) => {
  await page.goto('/en/contact/');
  await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeVisible();
  await expect(page.getByText('The checker needs JavaScript')).toHaveCount(0);
});

test('every channel has its anchor, when to use it, the response time and its hours or note; chat opens at its address', async ({ page }) => {
  await page.goto('/en/contact/');
  for (const id of ['chat', 'email', 'phone', 'social', 'upload', 'help-center']) await expect(page.locator(`#channel-${id}`)).toBeVisible();
  await expect(page.locator('#channel-email')).toContainText('Reply within 48 hours');
  await expect(page.locator('#channel-email')).toContainText('Write any time');
  await expect(page.locator('#channel-phone')).toContainText('Hours may be shorter on public holidays');
  await expect(page.locator('#channel-chat').getByRole('link', { name: 'Open live chat' })).toHaveAttribute('href', 'https://okpay.example/chat');
  await expect(page.locator('#channel-upload').getByRole('link', { name: 'Open secure document upload' })).toHaveAttribute('href', /^https:\/\/okpay\.example\//);
  await expect(page.locator('main')).not.toContainText(/icon/i);
  // Hours are named by region, never by time-zone id.
  await expect(page.locator('main')).not.toContainText(/Europe\/London|Asia\/Shanghai|America\/New_York/);
  await expect(page.getByRole('heading', { name: 'Before you contact us, have ready' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Protect yourself from fake support' })).toContainText(
    'never asks for your password, verification codes or remote access',
  );
});

test('the contact page carries Organization JSON-LD with a ContactPoint per phone number', async ({ page }) => {
  await page.goto('/en/contact/');
  const ld = JSON.parse((await page.locator('head script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld['@type']).toBe('Organization');
  const telephones = ld.contactPoint.filter((p: { telephone?: string }) => p.telephone).map((p: { telephone: string }) => p.telephone);
  expect(telephones).toEqual(['+864000000000', '+852800000000', '+886800000000', '+6518000000000', '+442079460321', '+12025550147', '+61255501234']);
});

test.describe('the contact page on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, timezoneId: 'Asia/Shanghai' });

  for (const path of ['/zh-cn/contact/', '/en/contact/']) {
    test(`${path} is under 3,500 px tall at 390 px`, async ({ page }, testInfo) => {
      await page.goto(path);
      await expect(page.getByLabel(/Your region|您所在的地区/)).toBeVisible();
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      testInfo.annotations.push({ type: 'height', description: `${path}: ${height} px` });
      console.log(`contact page height at 390 px: ${path} ${height} px`);
      expect(height).toBeLessThan(3500);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
    });
  }
});

test.describe('the contact page at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of ['/zh-cn/contact/', '/en/contact/']) {
    test(`${path} passes axe (WCAG 2.2 AA)`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByLabel(/Your region|您所在的地区/)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('an article recommends its category\'s channel and links to that channel\'s card', async ({ page }) => {
  await page.goto('/en/payments/request-refund/');
  const help = page.getByRole('complementary', { name: 'Still need help?' });
  await expect(help.getByRole('link', { name: 'Email' })).toHaveAttribute('href', '/en/contact/#channel-email');
  await expect(help.getByRole('link', { name: 'Live chat' })).toHaveAttribute('href', 'https://okpay.example/chat');
  await page.goto('/zh-cn/signing-in/reset-password/');
  await expect(page.getByRole('complementary', { name: '仍需帮助？' }).getByRole('link', { name: '电子邮件' })).toHaveAttribute(
    'href',
    '/zh-cn/contact/#channel-email',
  );
  // The mention in the text is part of the sentence: no brackets, no repeated response time.
  await expect(page.locator('.prose .contact-channel')).toHaveText('电子邮件');
});

// The widget with an endpoint, a vote stored and counted: tests/edge/deploy.spec.ts.
test('without a feedback endpoint (the default build) an article shows no "Was this article helpful?"', async ({ page }) => {
  await page.goto('/en/payments/request-refund/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-feedback]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Yes' })).toHaveCount(0);
});

test('the security category and its articles warn about fake support and recommend the phone hotline', async ({ page }) => {
  await page.goto('/en/security/');
  const notice = page.getByRole('complementary', { name: 'Protect yourself from fake support' });
  await expect(notice).toContainText('never asks for your password, verification codes or remote access');
  await page.goto('/en/security/account-hacked/');
  await expect(notice).toBeVisible();
  await notice.getByRole('link', { name: 'Check a contact' }).click();
  await expect(page).toHaveURL(/\/en\/contact\/#check$/);
  await page.goto('/zh-cn/security/account-hacked/');
  await expect(page.getByRole('complementary', { name: '仍需帮助？' }).getByRole('link', { name: '客服热线' })).toHaveAttribute(
    'href',
    '/zh-cn/contact/#channel-phone',
  );
});
