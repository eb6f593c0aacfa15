import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, withoutPageScripts } from '../support/axe.ts';
import { parse } from 'yaml';
import site from '../../src/site.config.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { guideSchema, type Guide } from '../../src/schemas/guide.ts';
import { guidePaths } from '../../src/lib/guides/tree.ts';
import { fillFacts } from '../../src/lib/guides/facts.ts';
import { withGeneratedLocales } from '../../src/data/conversion.ts';

/**
 * Every path of every troubleshooter, in every locale, walked to its end in the browser: with
 * JavaScript (one question at a time, the path in the address, back and start over) and
 * without (linked steps). The guides and their paths are read from content/, so a new branch
 * is walked as soon as it is written.
 */

const root = new URL('../../', import.meta.url).pathname;
const urls = createUrls(site.base);
// The paths are walked in the written locales. A generated locale (zh-hk, zh-tw) runs the same
// pages and scripts on converted text, which check:content's converted-text rule and the axe
// sweep of every built page cover.
const locales = site.locales.filter((l) => !l.convertedFrom).map((l) => l.code);
const guidesDir = join(root, site.contentDir, 'guides');
const read = (path: string) => withGeneratedLocales(parse(readFileSync(path, 'utf8')));
const guides = readdirSync(guidesDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...guideSchema(site.locales.map((l) => l.code)).parse(read(join(guidesDir, f))) }));
const facts = new Map((read(join(root, site.contentDir, 'facts.yaml')) as { id: string; text: Record<string, string> }[]).map((f) => [f.id, f.text]));
const answer = (guide: Guide, id: string, locale: string) => fillFacts(guide.steps[id]!.answer![locale]!, (fact) => facts.get(fact)![locale]!);

test('the troubleshooters are found', () => {
  expect(guides.map((g) => g.id).sort()).toEqual(['account-taken-over', 'cant-sign-in', 'money-not-arrived', 'payment-failed']);
});

// Each test walks every path of a guide (up to a dozen page loads), so it gets more than the default time.
test.describe.configure({ timeout: 180_000 });

const visibleSteps = (page: Page) => page.locator('[data-step]').filter({ visible: true });

/** Picks each choice of the path in turn; only the current step is ever on screen. */
async function walk(page: Page, path: string[]): Promise<void> {
  for (let i = 0; i < path.length - 1; i++) {
    const step = page.locator(`[data-step="${path[i]}"]`);
    await expect(visibleSteps(page)).toHaveCount(1);
    await expect(step).toBeVisible();
    await step.locator(`a[data-next="${path[i + 1]}"]`).click();
  }
}

async function expectEnd(page: Page, guide: Guide, end: string, locale: string): Promise<void> {
  const step = page.locator(`[data-step="${end}"]`);
  await expect(step).toBeVisible();
  await expect(visibleSteps(page)).toHaveCount(1);
  await expect(step.locator('[data-guide-end]')).toHaveText(answer(guide, end, locale));
  const { article, channel } = guide.steps[end]!;
  if (article) await expect(step.locator(`a[href="${urls.article(locale, article)}"]`)).toBeVisible();
  // The channel is named as articles name it (ContactChannel): a link to where it opens.
  if (channel) await expect(step.locator(`[data-channel-mention="${channel}"] a[href]`)).toBeVisible();
}

for (const guide of guides) {
  const paths = guidePaths(guide);
  for (const locale of locales) {
    const href = urls.guide(locale, guide.id);

    test.describe(`${guide.id} (${locale})`, () => {
      test(`with JavaScript, each of the ${paths.length} paths reaches its end one question at a time, with the path in the address`, async ({ page }) => {
        for (const path of paths) {
          await page.goto(href);
          await walk(page, path);
          await expectEnd(page, guide, path.at(-1)!, locale);
          expect(new URL(page.url()).searchParams.get('path')).toBe(path.join('/'));
          // The answers so far are listed, one per question asked.
          await expect(page.locator('[data-guide-trail] li')).toHaveCount(path.length - 1);
        }
      });

      test('a shared address opens at its step; back and start over walk the path', async ({ page }) => {
        const path = paths.reduce((longest, p) => (p.length > longest.length ? p : longest));
        await page.goto(`${href}?path=${path.join('/')}`);
        await expectEnd(page, guide, path.at(-1)!, locale);
        await page.locator('[data-guide-back]').click();
        await expect(page.locator(`[data-step="${path.at(-2)}"]`)).toBeVisible();
        await expect(page.locator(`[data-step="${path.at(-2)}"] h2`)).toBeFocused();
        expect(new URL(page.url()).searchParams.get('path')).toBe(path.slice(0, -1).join('/'));
        await page.goBack();
        await expectEnd(page, guide, path.at(-1)!, locale);
        await page.locator('[data-guide-restart]').click();
        await expect(page.locator(`[data-step="${guide.start}"]`)).toBeVisible();
        await expect(visibleSteps(page)).toHaveCount(1);
        expect(new URL(page.url()).search).toBe('');
        // A path that leaves the guide's choices opens at the last step it can honour.
        await page.goto(`${href}?path=${[guide.start, 'no-such-step'].join('/')}`);
        await expect(page.locator(`[data-step="${guide.start}"]`)).toBeVisible();
      });

      test.describe('without JavaScript', () => {
        test.use({ javaScriptEnabled: false });

        test(`each of the ${paths.length} paths reaches its end through linked steps`, async ({ page }) => {
          for (const path of paths) {
            await page.goto(href);
            await walk(page, path);
            await expectEnd(page, guide, path.at(-1)!, locale);
            expect(new URL(page.url()).hash).toBe(`#step-${path.at(-1)}`);
          }
        });
      });
    });
  }
}

test.describe('links to the troubleshooters', () => {
  test('the home page links every guide, each category its own', async ({ page }) => {
    for (const locale of locales) {
      await page.goto(urls.home(locale));
      for (const guide of guides) await expect(page.locator(`.guide-links a[href="${urls.guide(locale, guide.id)}"]`)).toHaveText(guide.title[locale]!);
      for (const guide of guides) {
        await page.goto(urls.category(locale, guide.categories[0]!));
        await expect(page.locator(`.guide-links a[href="${urls.guide(locale, guide.id)}"]`)).toBeVisible();
      }
    }
  });

  test('a search for the situation suggests its guide above the results, and typing updates it', async ({ page }) => {
    await page.goto(`${urls.search('en', "my withdrawal hasn't arrived")}`);
    const box = page.locator('[data-guide-suggestions]');
    await expect(box.getByRole('link')).toHaveText(['My money has not arrived']);
    await page.goto(urls.search('zh-cn', '登录不了怎么办'));
    await expect(box.getByRole('link')).toHaveText(['我无法登录']);
    await page.locator('main form input[name="q"]').fill('重置密码');
    await expect(box).toBeHidden();
    await page.locator('main form input[name="q"]').fill('付款失败了');
    await expect(box.getByRole('link')).toHaveText(['我的付款失败了']);
  });
});

test.describe('accessibility of the steps the quality sweep does not open', () => {
  // tests/quality/a11y.spec.ts scans every built page as it loads (each guide's first question,
  // header and footer included); these scan the main content at the ends, with their article
  // links and channels, in both modes.
  const violations = (page: Page) => axeViolations(page, { include: 'main' });

  test('an end step with JavaScript has no WCAG 2.2 A/AA violation, in every guide and locale', async ({ page }) => {
    const found: string[] = [];
    for (const guide of guides) {
      const path = guidePaths(guide).reduce((longest, p) => (p.length > longest.length ? p : longest));
      for (const locale of locales) {
        await page.goto(`${urls.guide(locale, guide.id)}?path=${path.join('/')}`);
        await expect(page.locator(`[data-step="${path.at(-1)}"]`)).toBeVisible();
        found.push(...(await violations(page)));
      }
    }
    expect(found).toEqual([]);
  });

  test('a linked step without page scripts has no WCAG 2.2 A/AA violation', async ({ page }) => {
    // Page scripts are dropped from the HTML (as a visitor without JavaScript gets it) while axe still runs.
    await withoutPageScripts(page, (url) => url.pathname.includes('/guides/'));
    const found: string[] = [];
    for (const guide of guides) {
      const end = guidePaths(guide)[0]!.at(-1)!;
      for (const locale of locales) {
        await page.goto(`${urls.guide(locale, guide.id)}#step-${end}`);
        await expect(page.locator(`[data-step="${end}"]`)).toBeVisible();
        found.push(...(await violations(page)));
      }
    }
    expect(found).toEqual([]);
  });
});
