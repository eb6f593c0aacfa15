import { expect, test, type Page } from '@playwright/test';

/**
 * "Still need help?" and channel mentions know, in the visitor's time zone, whether a channel is
 * open; a closed one says when it opens and the box offers the best open alternative. Urgent
 * articles always offer a channel open around the clock. The clock is fixed per test.
 */

// Thursday 15 January 2026, 19:30 UTC: Friday 03:30 in Shanghai, 19:30 in London, 14:30 in New York.
const evening = new Date('2026-01-15T19:30:00Z');
// Friday 16 January 2026, 04:30 UTC: 23:30 Thursday in New York.
const newYorkNight = new Date('2026-01-16T04:30:00Z');

const helpBox = (page: Page, name = 'Still need help?') => page.getByRole('complementary', { name });
const badge = (page: Page, channel: string, name?: string) => helpBox(page, name).locator(`[data-open-status][data-channel="${channel}"]`);

test.describe('a visitor in Shanghai at 03:30', () => {
  test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

  test('chat is closed until 08:00 their time, and the box offers email, which is open', async ({ page }) => {
    await page.clock.setFixedTime(evening);
    await page.goto('/zh-cn/payments/payment-failed/');
    await expect(badge(page, 'chat', '仍需帮助？')).toHaveText('暂停服务 · 您当地时间 08:00 开始');
    const offer = helpBox(page, '仍需帮助？').locator('[data-help-alternative]');
    await expect(offer).toHaveText('现在可以改用： 电子邮件');
    await expect(offer.getByRole('link', { name: '电子邮件' })).toHaveAttribute('href', '/zh-cn/contact/#channel-email');
    // The mention in the sentence, with full-width brackets.
    await expect(page.locator('.prose [data-channel-mention="chat"]')).toHaveText('在线客服（现已关闭，您当地时间 08:00 开放）');
  });

  test('an urgent article offers the hotline, open 24/7 in Mainland China', async ({ page }) => {
    await page.clock.setFixedTime(evening);
    await page.goto('/en/security/account-hacked/');
    await expect(badge(page, 'phone')).toHaveText('Open now, 24/7');
    await expect(helpBox(page).locator('[data-help-alternative]')).toBeHidden();
  });
});

test.describe('a visitor in London at 19:30', () => {
  test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

  test('chat is open until 22:00 their time, so no alternative is offered', async ({ page }) => {
    await page.clock.setFixedTime(evening);
    await page.goto('/en/payments/payment-failed/');
    await expect(badge(page, 'chat')).toHaveText('Open now · closes 22:00 your time');
    await expect(helpBox(page).locator('[data-help-alternative]')).toBeHidden();
    // A mention that starts a sentence keeps its capital; the status reads as part of it.
    await expect(page.locator('.prose [data-channel-mention="chat"]')).toHaveText('Live chat (open now)');
  });
});

test.describe('a visitor in New York at 23:30', () => {
  test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

  test('chat is closed until 08:00 tomorrow their time, and the box offers the next open channel', async ({ page }) => {
    await page.clock.setFixedTime(newYorkNight);
    await page.goto('/en/withdrawals/withdrawal-delayed/');
    await expect(badge(page, 'chat')).toHaveText('Closed now · opens Fri 08:00 your time');
    await expect(helpBox(page).locator('[data-help-alternative]')).toHaveText('Open now instead: Email');
  });

  test('mid-sentence mentions are lower case: "call the phone hotline"', async ({ page }) => {
    await page.clock.setFixedTime(newYorkNight);
    await page.goto('/en/payments/transaction-history/');
    await expect(page.locator('.prose')).toContainText('call the phone hotline (open now) at once');
  });
});

test.describe('an urgent article in Sydney when the hotline is closed', () => {
  test.use({ timezoneId: 'Australia/Sydney', locale: 'en-AU' });

  test('still offers a channel open around the clock', async ({ page }) => {
    // Sunday 18 January 2026, 03:00 in Sydney.
    await page.clock.setFixedTime(new Date('2026-01-17T16:00:00Z'));
    await page.goto('/en/signing-in/account-frozen/');
    await expect(badge(page, 'phone')).toHaveText('Closed now · opens Mon 08:00 your time');
    const roundTheClock = helpBox(page).locator('[data-help-round-the-clock]');
    await expect(roundTheClock).toHaveText('Open 24/7 for urgent problems: Live chat');
    await expect(roundTheClock.getByRole('link', { name: 'Live chat' })).toHaveAttribute('href', 'https://okpay.example/chat');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the box lists its channels with hours as plain text and no status', async ({ page }) => {
    await page.goto('/en/signing-in/account-frozen/');
    const box = helpBox(page);
    await expect(box.getByRole('link', { name: 'Phone hotline' })).toBeVisible();
    await expect(box.getByRole('link', { name: 'Secure document upload' })).toHaveAttribute('href', 'https://okpay.example/secure-upload');
    await box.getByText('Opening hours').click();
    await expect(box.locator('li[data-region="australia"]')).toContainText('Mon–Fri 08:00–20:00');
    await expect(box.locator('[data-open-status]').filter({ visible: true })).toHaveCount(0);
    await expect(page.locator('.prose [data-channel-mention="phone"]').first()).toHaveText('phone hotline');
  });
});
