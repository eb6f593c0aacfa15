import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPages, typicalPages } from './site.ts';

/**
 * axe-core on every page the build produces (the sitemap's and the rest: 404s, fallbacks), plus
 * a search with results, in light and dark and at phone and desktop widths. One browser context
 * per combination, one tab reused for every page, so the whole sweep takes seconds per page.
 */

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const widths = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;
const schemes = ['light', 'dark'] as const;

const pages = [...allPages(), ...typicalPages(['search']).map((p) => p.path)];

async function scan(page: Page, path: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself; the default mode opens an extra blank page per
  // scan to merge frame results, which triples the time and these pages have no iframes.
  const results = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true).analyze();
  return results.violations.map(
    (v) =>
      `${path} — ${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    at ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n') +
      `\n    ${v.helpUrl}`,
  );
}

/**
 * Opens a page as a visitor without JavaScript sees it, while axe itself can still run: the
 * page's script files are removed from its HTML (a context with JavaScript disabled would
 * stop axe too).
 */
async function openWithoutPageScripts(page: Page, path: string): Promise<void> {
  const handler = async (route: import('@playwright/test').Route) => {
    const response = await route.fetch();
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !/^content-(encoding|length)$/i.test(name)));
    const body = (await response.text()).replace(/<script\b[^>]*\bsrc=[^>]*><\/script>/gi, '');
    await route.fulfill({ status: response.status(), headers, body });
  };
  await page.route((url) => url.pathname === new URL(path, 'http://x').pathname, handler);
  await page.goto(path);
  await page.unroute(() => true);
}

// Each sweep visits every built page, so its time grows with the library: about 2 s a page on
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
        failures.push(...(await scan(page, path)));
      }
      await context.close();
      console.log(`axe: ${pages.length} pages, ${scheme}, ${name}: ${failures.length} violations`);
      expect(failures, `axe found violations:\n${failures.join('\n')}`).toEqual([]);
    });
  }
}
