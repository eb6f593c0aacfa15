/**
 * `npm run screenshots`: full-page screenshots of the typical pages (home, article, contact,
 * search) in every locale, light and dark, at phone and desktop widths, into screenshots/
 * (git-ignored), plus a PDF of the printed article. Look at them after a design change.
 * Serves the built dist/ itself: run `npm run build` first.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/browser.ts';
import { serveDist } from '../tests/support/static-server.ts';
import { projectRoot, typicalPages } from '../tests/quality/site.ts';

const out = join(projectRoot, 'screenshots');
const widths = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2 },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, deviceScaleFactor: 1 },
] as const;
const schemes = ['light', 'dark'] as const;
const only = process.argv[2]; // optional filter, e.g. "phone" or "en-article"

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const server = await serveDist();
const browser = await chromium.launch(chromiumLaunchOptions());
const started = performance.now();
let count = 0;
try {
  for (const width of widths) {
    for (const colorScheme of schemes) {
      const context = await browser.newContext({ ...width, colorScheme, baseURL: server.url });
      const page = await context.newPage();
      for (const { name, locale, path } of typicalPages()) {
        const file = `${locale}-${name}-${width.name}-${colorScheme}.png`;
        if (only && !file.includes(only)) continue;
        await page.goto(path, { waitUntil: 'networkidle' });
        await page.screenshot({ path: join(out, file), fullPage: true });
        count++;
      }
      await context.close();
    }
  }
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  for (const { locale, path } of typicalPages(['article'])) {
    await page.goto(path);
    await page.pdf({ path: join(out, `${locale}-article-print.pdf`), format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
    count++;
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots: ${count} files in screenshots/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
