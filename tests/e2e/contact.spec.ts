import { expect, test, type Page } from '@playwright/test';

// Wednesday 14 January 2026, 23:00 UTC: 23:00 in London, Thursday 07:00 in Shanghai, Thursday
// 10:00 in Sydney, 18:00 in New York.
const wednesdayNight = new Date('2026-01-14T23:00:00Z');

const hoursRow = (page: Page, channel: string, region: string) =>
  page.locator(`#channel-${channel}`).getByRole('row', { name: new RegExp(region) });
const phoneRows = (page: Page) => page.locator('#phones tbody tr');

test.describe('open-now status for a visitor in London', () => {
  test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

  test('shows what is open at 23:00 London time and when the rest opens, in London time', async ({ page }) => {
    await page.clock.setFixedTime(wednesdayNight);
    await page.goto('/en/contact/');
    // The visitor's region is picked from the time zone, so the UK rows show.
    await expect(page.getByLabel('Your region')).toHaveValue('uk');
    await expect(hoursRow(page, 'chat', 'United Kingdom')).toContainText('Closed now · opens Thu 08:00 your time');
    await expect(hoursRow(page, 'phone', 'United Kingdom')).toContainText('Open now, 24/7');
    await page.getByLabel('Your region').selectOption({ label: 'All regions' });
    // Sydney is at Thursday 10:00; the hotline there closes at 20:00 Sydney = 09:00 London.
    await expect(hoursRow(page, 'phone', 'Australia')).toContainText('Open now · closes Thu 09:00 your time');
  });
});

test.describe('open-now status for a visitor in Shanghai', () => {
  test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

  test('shows the same opening times converted to Shanghai time', async ({ page }) => {
    await page.clock.setFixedTime(wednesdayNight);
    await page.goto('/en/contact/');
    // No region has this time zone: every region stays listed.
    await expect(page.getByLabel('Your region')).toHaveValue('');
    // UK chat opens Thursday 08:00 London = 16:00 Shanghai.
    await expect(hoursRow(page, 'chat', 'United Kingdom')).toContainText('Closed now · opens Thu 16:00 your time');
    // Australian chat is open (Sydney 10:00) until 22:00 Sydney = 19:00 Shanghai.
    await expect(hoursRow(page, 'chat', 'Australia')).toContainText('Open now · closes Thu 19:00 your time');
  });

  test('the Chinese page says the same in Chinese', async ({ page }) => {
    await page.clock.setFixedTime(wednesdayNight);
    await page.goto('/zh-cn/contact/');
    await expect(hoursRow(page, 'chat', '英国')).toContainText('暂停服务 · 你当地时间 周四16:00 开始');
  });
});

test.describe('region selector', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('starts at the visitor\'s region and narrows the numbers to the chosen region', async ({ page }) => {
    await page.goto('/en/contact/');
    const select = page.getByLabel('Your region');
    await expect(select).toHaveValue('north-america');
    await expect(phoneRows(page).filter({ visible: true })).toHaveText([/United States & Canada\s*\+1\s202\s555\s0147/]);
    await select.selectOption({ label: 'Australia' });
    await expect(phoneRows(page).filter({ visible: true })).toHaveText([/\+61\s2\s5550\s1234/, /\+61\s491\s570\s156/]);
    await expect(hoursRow(page, 'chat', 'United Kingdom')).toBeHidden();
    await select.selectOption({ label: 'All regions' });
    await expect(phoneRows(page).filter({ visible: true })).toHaveCount(4);
  });
});

test.describe('the contact page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every number and every hours table, with no selector, status or checker form to break', async ({ page }) => {
    await page.goto('/en/contact/');
    await expect(phoneRows(page).filter({ visible: true })).toHaveCount(4);
    await expect(page.getByLabel('Your region')).toBeHidden();
    await expect(hoursRow(page, 'chat', 'Australia')).toContainText('08:00–22:00');
    await expect(page.locator('[data-open-status]').filter({ visible: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Check' })).toBeHidden();
    await expect(page.getByText('The checker needs JavaScript')).toBeVisible();
    await expect(page.getByRole('list').filter({ hasText: 'support@okpay.example' })).toBeVisible();
  });
});

test('with JavaScript the checker replaces its fallback note', async ({ page }) => {
  await page.goto('/en/contact/');
  await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeVisible();
  await expect(page.getByText('The checker needs JavaScript')).toHaveCount(0);
});

test('every channel has its anchor, when to use it, the response time and its hours or note', async ({ page }) => {
  await page.goto('/en/contact/');
  for (const id of ['chat', 'email', 'phone', 'social', 'help-center']) await expect(page.locator(`#channel-${id}`)).toBeVisible();
  await expect(page.locator('#channel-email')).toContainText('Reply within 48 hours');
  await expect(page.locator('#channel-email')).toContainText('Write any time');
  await expect(page.locator('#channel-phone')).toContainText('Hours may be shorter on public holidays');
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
  expect(telephones).toEqual(['+442079460321', '+12025550147', '+61255501234', '+61491570156']);
});

test.describe('check a contact', () => {
  const check = async (page: Page, label: string, button: string, value: string) => {
    await page.getByLabel(label).fill(value);
    await page.getByRole('button', { name: button, exact: true }).click();
    return page.locator('[data-check-result]');
  };

  test('English: an official number in another format, a lookalike email and an unknown website', async ({ page }) => {
    await page.goto('/en/contact/');
    const label = 'Phone number, email, web address or social handle';
    await expect(await check(page, label, 'Check', '+44 (0)20 7946-0321')).toContainText(
      'Official: this is the OKPay Phone hotline for United Kingdom.',
    );
    const lookalike = await check(page, label, 'Check', 'support@оkpay.example');
    await expect(lookalike).toContainText('Not official. “support@оkpay.example” imitates the official “support@okpay.example” with lookalike characters (“о” U+043E)');
    await expect(lookalike).toContainText('Don’t call back');
    await expect(await check(page, label, 'Check', 'https://okpay-verify.test/login')).toContainText('Not official. “okpay-verify.test” is not an OKPay contact.');
    await expect(await check(page, label, 'Check', '@OKPayHelp')).toContainText('Official: this is OKPay Social media (Weibo @okpayhelp).');
  });

  test('Chinese: full-width digits of an official number and an unknown number', async ({ page }) => {
    await page.goto('/zh-cn/contact/');
    const label = '电话号码、邮箱、网址或社交媒体账号';
    await expect(await check(page, label, '核验', '＋１ ２０２ ５５５ ０１４７')).toContainText('官方渠道：这是 OKPay 美国和加拿大客服热线。');
    const unknown = await check(page, label, '核验', '0044 20 7946 0999');
    await expect(unknown).toContainText('不是官方渠道。');
    await expect(unknown).toContainText('不要回拨');
  });
});

test('an article recommends its category\'s channel and links to that channel\'s card', async ({ page }) => {
  await page.goto('/en/payments/request-refund/');
  const help = page.getByRole('complementary', { name: 'Still need help?' });
  await expect(help.getByRole('link', { name: 'Email' })).toHaveAttribute('href', '/en/contact/#channel-email');
  await expect(help).toContainText('attached');
  await page.goto('/zh-cn/signing-in/reset-password/');
  await expect(page.getByRole('complementary', { name: '仍需帮助？' }).getByRole('link', { name: '在线客服' })).toHaveAttribute(
    'href',
    '/zh-cn/contact/#channel-chat',
  );
  // The ContactChannel component in the text names the channel and how fast it answers.
  await expect(page.locator('.prose .contact-channel')).toHaveText('电子邮件 (48 小时内回复)');
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
