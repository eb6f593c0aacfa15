import { expect, test, type Page } from '@playwright/test';
import { colorSchemeStorageKey } from '../../src/lib/color-scheme.ts';
import { builtPagesContaining, typicalPages } from './site.ts';

const article = typicalPages(['article'])[0]!.path;
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe('colour scheme', () => {
  test('a reader picks dark, it stays dark on the next page, and system follows the OS again', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(article);
    const light = await background(page);
    const control = page.locator('[data-color-scheme-control] select');
    await expect(control).toBeVisible();
    await expect(control).toHaveValue('system');
    await control.selectOption('dark');
    await expect.poll(() => background(page)).not.toBe(light);
    const dark = await background(page);

    await page.goto(typicalPages(['home'])[0]!.path);
    await expect(page.locator('[data-color-scheme-control] select')).toHaveValue('dark');
    expect(await background(page)).toBe(dark);

    await page.locator('[data-color-scheme-control] select').selectOption('system');
    await expect.poll(() => background(page)).toBe(light);
    expect(await page.evaluate((key) => localStorage.getItem(key), colorSchemeStorageKey)).toBeNull();
  });

  test('light wins over a dark system setting when the reader picks it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(article);
    const dark = await background(page);
    await page.locator('[data-color-scheme-control] select').selectOption('light');
    await expect.poll(() => background(page)).not.toBe(dark);
  });

  test('a saved choice applies before the first paint (no flash of the other scheme)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript((key) => {
      localStorage.setItem(key, 'dark');
      // Record the scheme at the moment <body> starts: anything painted uses it.
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { __schemeAtBody?: string }).__schemeAtBody = document.documentElement.dataset.colorScheme ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    }, colorSchemeStorageKey);
    await page.goto(article);
    expect(await page.evaluate(() => (window as unknown as { __schemeAtBody?: string }).__schemeAtBody)).toBe('dark');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, colorScheme: 'dark' });
    test('the control is hidden and the page follows the system scheme', async ({ page }) => {
      await page.goto(article);
      await expect(page.locator('[data-color-scheme-control]')).toBeHidden();
      const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.emulateMedia({ colorScheme: 'light' });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(dark);
    });
  });
});

test.describe('print', () => {
  const withSteps = builtPagesContaining('class="steps"');

  test('an article prints without header, search, footer or aside, with link targets and numbered steps', async ({ page }) => {
    expect(withSteps.length, 'some built article uses <Steps>').toBeGreaterThan(0);
    await page.goto(withSteps[0]!);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.search-form', '.article-aside', '.toc', '.skip-link', '[data-no-print]']) {
      for (const element of await page.locator(selector).all()) await expect(element, `${selector} does not print`).toBeHidden();
    }
    await expect(page.locator('article h1')).toBeVisible();
    const link = page.locator('.prose a[href^="/"]').first();
    const href = await link.getAttribute('href');
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after, 'a printed link shows its address').toContain(href!);
    const step = await page.locator('.steps li').first().evaluate((li) => {
      const s = getComputedStyle(li, '::before');
      return { content: s.content, color: s.color, background: s.backgroundColor };
    });
    expect(step.content).toContain('counter(step)');
    expect(step.color, 'step numbers print in black, not white on a background the printer drops').toBe('rgb(0, 0, 0)');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });
});

test('reduced motion turns off smooth scrolling and transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(article);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});

test.describe('phone-sized touch targets', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const { name, locale, path } of typicalPages()) {
    test(`every control on the ${locale} ${name} page is at least 24 × 24 px`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // Links inside running text are exempt (WCAG 2.5.8 "inline"); everything else is a target.
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')]
          .filter((el) => !el.closest('p, .prose li, td') && !el.classList.contains('skip-link') && !el.closest('[hidden]'))
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
          .map(({ el, box }) => `${el.outerHTML.slice(0, 70)} is ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect(small, small.join('\n')).toEqual([]);
    });
  }
});

test.describe('zoom and reflow', () => {
  const checkNoLoss = async (page: Page) =>
    page.evaluate(() => {
      const problems: string[] = [];
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth + 1) problems.push(`page scrolls sideways: ${root.scrollWidth}px content in ${root.clientWidth}px`);
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        const s = getComputedStyle(el);
        if (el.closest('.visually-hidden, [hidden]') || !el.textContent?.trim()) continue;
        if (/(hidden|clip)/.test(s.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`text cut off in ${el.outerHTML.slice(0, 70)}`);
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > root.clientWidth + 1 && s.position !== 'fixed') problems.push(`${el.outerHTML.slice(0, 70)} sticks out to ${Math.round(box.right)}px`);
      }
      return [...new Set(problems)].slice(0, 20);
    });

  for (const { name, locale, path } of typicalPages()) {
    test(`the ${locale} ${name} page reflows at 320 px (400% zoom) and with text at 200%`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await checkNoLoss(page), 'at 320 px').toEqual([]);
      // Text-only zoom to 200% on a 640 px window (a 1280 px screen at 200%).
      await page.setViewportSize({ width: 640, height: 800 });
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      expect(await checkNoLoss(page), 'text at 200% on 640 px').toEqual([]);
    });
  }
});
