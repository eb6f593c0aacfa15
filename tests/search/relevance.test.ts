import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import site from '../../src/site.config.ts';
import { formatReport, measureRelevance } from './relevance.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Minimum share of golden queries whose article must rank first / in the top three, set from
 * the measured rates (docs/search.md) with a small margin so one regression fails CI.
 */
const thresholds: Record<string, { top1: number; top3: number }> = {
  'zh-cn': { top1: 0.9, top3: 0.95 },
  en: { top1: 0.9, top3: 0.95 },
};

for (const { code, lang } of site.locales) {
  test(`golden ${code} queries find their article in the built index`, async () => {
    const report = await measureRelevance(dist, code, lang.toLowerCase());
    console.log(formatReport(report));
    const limit = thresholds[code];
    assert.ok(limit, `No relevance threshold for ${code} in tests/search/relevance.test.ts.`);
    assert.ok(report.total >= 40, `tests/search/golden.${code}.yaml has ${report.total} queries; keep at least 40.`);
    assert.ok(report.top1 / report.total >= limit.top1, `${code} top-1 rate ${report.top1}/${report.total} is below ${limit.top1}.`);
    assert.ok(report.top3 / report.total >= limit.top3, `${code} top-3 rate ${report.top3}/${report.total} is below ${limit.top3}.`);
  });
}
