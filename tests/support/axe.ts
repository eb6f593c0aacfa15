import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page, Route } from '@playwright/test';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

/**
 * axe-core for every browser test: WCAG 2.2 A/AA unless asked for more, violations only. It runs axe in the page
 * itself and returns only the violations: @axe-core/playwright returned every pass and
 * inapplicable rule with its nodes and took 2.5× as long per page (3.8 s against 1.4 s here),
 * which the site-wide sweep pays hundreds of times.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

/**
 * The WCAG violations on the page (or inside the `include` selector), one readable entry each:
 * which rule, where, what to fix and the rule's documentation, labelled with `label`. With
 * `bestPractices`, axe's every rule runs, not only those WCAG requires.
 */
export async function axeViolations(
  page: Page,
  { include, label, bestPractices = false }: { include?: string; label?: string; bestPractices?: boolean } = {},
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options: RunOptions = { ...(bestPractices ? {} : { runOnly: { type: 'tag', values: wcagTags } }), resultTypes: ['violations'] };
  const violations = await page.evaluate(
    async ({ include, options }) => {
      const axe = (window as unknown as { axe: { run(context: ElementContext, options: RunOptions): Promise<AxeResults> } }).axe;
      const results = await axe.run(include ? { include: [include] } : document, options);
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
      }));
    },
    { include, options },
  );
  const where = label ?? new URL(page.url()).pathname + new URL(page.url()).search;
  return violations.map(
    (v: Violation) =>
      `${where} — ${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    at ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`).join('\n') +
      `\n    ${v.helpUrl}`,
  );
}

/**
 * Serves the pages `matches` accepts without their script files, as a visitor without
 * JavaScript gets them, while tests (and axe) can still run scripts in the page.
 */
export async function withoutPageScripts(page: Page, matches: (url: URL) => boolean): Promise<void> {
  await page.route(matches, async (route: Route) => {
    const response = await route.fetch();
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !/^content-(encoding|length)$/i.test(name)));
    const body = (await response.text()).replace(/<script\b[^>]*\bsrc=[^>]*><\/script>/gi, '');
    await route.fulfill({ status: response.status(), headers, body });
  });
}
