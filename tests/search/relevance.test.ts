import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import site from '../../src/site.config.ts';
import { formatReport, measureRelevance } from './relevance.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * The tuning set (golden.<locale>.yaml): the pipeline and weights are tuned on it, so its
 * figures say how well the tuning went, not how search does on unseen queries; that is the
 * held-out set's job (tests/search/heldout/). Minimum shares: what the set measures (docs/search.md)
 * minus one query, so one regression fails CI. Measured on the 60-article library (2026-11-30):
 * the library doubled after the pipeline was tuned on 30 articles, and these figures fell with it
 * (zh-cn 42 → 34, en 40 → 37 top-1); issue 15 stays open until they recover.
 */
const thresholds: Record<string, { top1: number; top3: number }> = {
  'zh-cn': { top1: 33 / 49, top3: 41 / 49 },
  en: { top1: 36 / 47, top3: 41 / 47 },
  // Generated locales ask the zh-cn queries converted to their Traditional (relevance.ts readSet).
  // First measurement (2026-11-30): 33 and 41 of 49 in both; "怎麼換綁定的手機號碼" falls from
  // first to seventh, since the phrase table writes 手機號碼 where zh-cn has 手机号.
  'zh-hk': { top1: 32 / 49, top3: 40 / 49 },
  'zh-tw': { top1: 32 / 49, top3: 40 / 49 },
};

for (const { code, lang } of site.locales) {
  test(`tuning (golden) ${code} queries find their article in the built index`, async () => {
    const report = await measureRelevance(dist, code, lang.toLowerCase(), 'golden');
    console.log(formatReport(report));
    const limit = thresholds[code];
    assert.ok(limit, `No relevance threshold for ${code} in tests/search/relevance.test.ts.`);
    assert.deepEqual(
      report.notInLibrary.map((q) => q.expect.join(' | ')),
      [],
      `tests/search/golden.${code}.yaml expects articles this build lacks: fix the key or write the article.`,
    );
    assert.ok(report.total >= 40, `tests/search/golden.${code}.yaml has ${report.total} queries; keep at least 40.`);
    assert.ok(report.top1 / report.total >= limit.top1, `${code} top-1 rate ${report.top1}/${report.total} is below ${limit.top1}.`);
    assert.ok(report.top3 / report.total >= limit.top3, `${code} top-3 rate ${report.top3}/${report.total} is below ${limit.top3}.`);
  });
}
