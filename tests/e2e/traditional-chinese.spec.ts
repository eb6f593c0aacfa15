import { expect, test, type Page } from '@playwright/test';
import site from '../../src/site.config.ts';

/**
 * The Traditional Chinese locales generated from zh-cn at build time (`convertedFrom` in
 * src/site.config.ts): their own search index, pages in Traditional characters with their own
 * lang tag, and a notice that links the Simplified original.
 */
const generated = site.locales.filter((l) => l.convertedFrom);

const results = (page: Page) => page.locator('main ol.search-results__list > li');
const firstHref = (page: Page) => results(page).first().getByRole('link').first();

/** A query as a reader there types it (their own words, in Traditional characters), and the article it must find first. */
const queries: Record<string, { q: string; article: string; title: RegExp }> = {
  // 賬戶 is the phrase table's Hong Kong form (OpenCC alone writes 賬户).
  'zh-hk': { q: '賬戶被凍結了', article: 'signing-in/account-frozen', title: /賬戶被凍結/ },
  // 帳戶 is the phrase table's Taiwan form (OpenCC alone writes 賬戶).
  'zh-tw': { q: '忘記密碼怎麼辦', article: 'signing-in/reset-password', title: /忘記密碼/ },
};

test('every generated locale has a Traditional query to test', () => {
  expect(generated.map((l) => l.code).sort()).toEqual(Object.keys(queries).sort());
});

for (const locale of generated) {
  const { q, article, title } = queries[locale.code]!;

  test(`a Traditional query on the ${locale.code} search page finds the article`, async ({ page }) => {
    await page.goto(`/${locale.code}/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
    await expect(firstHref(page)).toHaveAttribute('href', `/${locale.code}/${article}/`);
    for (const href of await results(page).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href, 'each locale searches only its own articles').toMatch(new RegExp(`^/${locale.code}/`));
    }
  });

  test(`the ${locale.code} article reads in Traditional characters and links its Simplified original`, async ({ page }) => {
    await page.goto(`/${locale.code}/${article}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const notice = page.locator('[data-converted-notice]');
    await expect(notice).toContainText('簡體中文');
    const source = locale.convertedFrom!.locale;
    await notice.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/${source}/${article}/$`));
    // From the original, the language switcher leads back.
    await page.locator(`[data-locale-link="${locale.code}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale.code}/${article}/$`));
  });
}

test.describe('without JavaScript (the chooser stays)', () => {
  test.use({ javaScriptEnabled: false });
  test('the root language chooser offers every generated locale', async ({ page }) => {
    await page.goto('/');
  for (const locale of generated) {
      await expect(page.locator(`a.chooser__link[hreflang="${locale.lang}"]`)).toHaveAttribute('href', `/${locale.code}/`);
    }
  });
});
