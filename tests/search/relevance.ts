import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runQuery } from '../../src/lib/search/query.ts';
import { openIndex, readSearchData } from './pagefind-node.ts';

export interface GoldenQuery {
  q: string;
  expect: string;
  kind: string;
}

export interface QueryResult extends GoldenQuery {
  /** 1-based rank of the expected article, or 0 when it is not in the top 10. */
  rank: number;
  top: string[];
}

export interface LocaleReport {
  locale: string;
  total: number;
  top1: number;
  top3: number;
  results: QueryResult[];
}

const here = import.meta.dirname;

export function readGolden(locale: string): GoldenQuery[] {
  return parseYaml(readFileSync(join(here, `golden.${locale}.yaml`), 'utf8')) as GoldenQuery[];
}

/** The article key of a result URL, e.g. "/en/payments/request-refund/" → "payments/request-refund". */
function keyOf(url: string, locale: string): string {
  return url.replace(new RegExp(`^.*?/${locale}/`), '').replace(/\/$/, '');
}

/**
 * Runs a locale's golden queries against the built index through the same pipeline as the
 * browser (synonyms, typos, Traditional characters, any-word fallback).
 */
export async function measureRelevance(dist: string, locale: string, lang: string, ranking?: object): Promise<LocaleReport> {
  const golden = readGolden(locale);
  const missing = golden.filter((g) => !existsSync(join(dist, locale, g.expect, 'index.html')));
  if (missing.length) {
    throw new Error(
      `tests/search/golden.${locale}.yaml expects articles this build lacks: ${[...new Set(missing.map((m) => m.expect))].join(', ')}. Fix the key or write the article.`,
    );
  }
  const index = await openIndex(dist, lang);
  if (ranking) await index.options({ ranking });
  const data = await readSearchData(dist, locale);
  const results: QueryResult[] = [];
  for (const g of golden) {
    const outcome = await runQuery(g.q, async (q) => (await index.search(q)).results, data, locale);
    const top = await Promise.all(outcome.hits.slice(0, 10).map(async (h) => keyOf((await h.data()).url, locale)));
    results.push({ ...g, rank: top.indexOf(g.expect) + 1, top });
  }
  return {
    locale,
    total: results.length,
    top1: results.filter((r) => r.rank === 1).length,
    top3: results.filter((r) => r.rank >= 1 && r.rank <= 3).length,
    results,
  };
}

export function formatReport(report: LocaleReport): string {
  const pct = (n: number) => `${((100 * n) / report.total).toFixed(1)}%`;
  const misses = report.results
    .filter((r) => r.rank !== 1)
    .map((r) => `    ${r.rank ? `#${r.rank}` : 'miss'} [${r.kind}] "${r.q}" → ${r.expect} (got ${r.top.slice(0, 3).join(', ') || 'nothing'})`);
  return [`${report.locale}: top-1 ${report.top1}/${report.total} (${pct(report.top1)}), top-3 ${report.top3}/${report.total} (${pct(report.top3)})`, ...misses].join('\n');
}
