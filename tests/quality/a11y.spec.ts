import { expect, test, type Page } from '@playwright/test';
import { axeViolations, withoutPageScripts } from '../support/axe.ts';
import { allPages, typicalPages } from './site.ts';

/**
 * axe-core on every page the build produces (the sitemap's and the rest: 404s, fallbacks), plus
 * a search with results, in light and dark and at phone and desktop widths. One browser context
 * per combination, one tab reused for every page, so the whole sweep takes seconds per page.
 */

const widths = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;
const schemes = ['light', 'dark'] as const;

const pages = [...allPages(), ...typicalPages(['search']).map((p) => p.path)];

/**
 * Opens a page as a visitor without JavaScript sees it, while axe itself can still run: the
 * page's script files are removed from its HTML (a context with JavaScript disabled would
 * stop axe too).
 */
async function openWithoutPageScripts(page: Page, path: string): Promise<void> {
  await withoutPageScripts(page, (url) => url.pathname === new URL(path, 'http://x').pathname);
  await page.goto(path);
  await page.unroute(() => true);
}

test('the sweep reports what it exists to catch: an image without a text alternative, low contrast', async ({ page }) => {
  await page.goto(typicalPages(['article'])[0]!.path);
  await page.evaluate(() => {
    // Through the CSSOM: the page's CSP (rightly) refuses inline style attributes.
    const faint = Object.assign(document.createElement('p'), { textContent: 'faint' });
    Object.assign(faint.style, { color: '#bbb', background: '#fff' });
    document.querySelector('main')!.prepend(Object.assign(document.createElement('img'), { src: '/favicon.svg' }), faint);
  });
  const found = await axeViolations(page);
  expect(found.map((v) => /— ([\w-]+)/.exec(v)![1]).sort()).toEqual(['color-contrast', 'image-alt']);
});

// Each sweep visits every built page, so its time grows with the library: about 1.5 s a page on
// this 2-core machine, with room for load.
test.describe.configure({ timeout: Math.max(300_000, pages.length * 6_000) });

for (const scheme of schemes) {
  for (const { name, viewport } of widths) {
    test(`every built page has no WCAG 2.2 A/AA violation in ${scheme} at ${name} width`, async ({ browser, baseURL }) => {
      // Reduced motion: axe checks colours after transitions, not midway through one.
      const context = await browser.newContext({ viewport, colorScheme: scheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const path of pages) {
        await page.goto(path, { waitUntil: path.includes('?') ? 'networkidle' : 'load' });
        // A page that sends script users elsewhere (the language chooser) is checked as the
        // visitors who stay on it see it: without JavaScript.
        const redirected = new URL(page.url()).pathname !== new URL(path, baseURL).pathname;
        if (redirected) await openWithoutPageScripts(page, path);
        failures.push(...(await axeViolations(page, { label: path })));
      }
      await context.close();
      console.log(`axe: ${pages.length} pages, ${scheme}, ${name}: ${failures.length} violations`);
      expect(failures, `axe found violations:\n${failures.join('\n')}`).toEqual([]);
    });
  }
}
