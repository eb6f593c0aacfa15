import { expect, test, type Page } from '@playwright/test';
import { typicalPages } from './site.ts';

/**
 * Tabbing through the home page, an article and the contact page: the skip link comes first
 * and works, every focused element shows a visible focus indicator, every control is reached,
 * and Tab eventually leaves the page (no trap).
 */

const pages = typicalPages(['home', 'article', 'contact']);

interface Stop {
  id: string;
  label: string;
  indicator: string | null;
}

/** Marks every element a keyboard user should reach, and returns their marks in DOM order. */
async function markTabbables(page: Page): Promise<{ id: string; label: string }[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return (box.width > 0 || box.height > 0) && style.visibility !== 'hidden' && !el.closest('[hidden], [inert]');
    };
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && (visible(el) || el.classList.contains('skip-link')))
      .map((el, i) => {
        el.dataset.kbStop = String(i);
        return { id: String(i), label: `<${el.tagName.toLowerCase()}> "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim().slice(0, 40)}"` };
      });
  });
}

/** The focused element and how its focus shows: its own outline or box-shadow, or its container's (:focus-within). */
async function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || !el.dataset.kbStop) return null;
    const shows = (node: Element) => {
      const s = getComputedStyle(node);
      if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) return `outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`;
      if (s.boxShadow && s.boxShadow !== 'none') return `box-shadow ${s.boxShadow}`;
      return null;
    };
    let indicator = shows(el);
    for (let up = el.parentElement, depth = 0; !indicator && up && depth < 2; up = up.parentElement, depth++) {
      if (up.matches(':focus-within')) indicator = shows(up) && `container ${shows(up)}`;
    }
    return { id: el.dataset.kbStop, label: el.outerHTML.slice(0, 80), indicator };
  });
}

for (const { name, locale, path } of pages) {
  test(`keyboard users can tab through the ${locale} ${name} page (${path})`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const tabbables = await markTabbables(page);
    expect(tabbables.length).toBeGreaterThan(3);

    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first, 'the first Tab lands on the skip link').toBe('#main');
    await expect(page.locator('.skip-link')).toBeInViewport();

    const reached = new Set<string>();
    const invisible: string[] = [];
    for (let presses = 0; presses < tabbables.length + 10; presses++) {
      const stop = await focusedStop(page);
      if (!stop) break; // focus left the page's controls: past the last one, no trap
      if (reached.has(stop.id) && presses > 0) break; // wrapped around
      reached.add(stop.id);
      if (!stop.indicator) invisible.push(stop.label);
      await page.keyboard.press('Tab');
    }
    const missed = tabbables.filter((t) => !reached.has(t.id)).map((t) => t.label);
    expect(invisible, `focus is not visible on:\n${invisible.join('\n')}`).toEqual([]);
    expect(missed, `never reached with Tab (trap or tabindex problem):\n${missed.join('\n')}`).toEqual([]);
    expect(await focusedStop(page), 'after the last control, Tab leaves the page').toBeNull();
  });
}

test('the skip link moves focus to the main content', async ({ page }) => {
  const article = typicalPages(['article'])[0]!;
  await page.goto(article.path);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(inMain, 'the next Tab continues inside the main content').toBe(true);
});
