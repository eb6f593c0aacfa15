import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runQuery } from '../../src/lib/search/query.ts';
import { openIndex, readSearchData } from './pagefind-node.ts';
import { siteConversions } from '../../src/data/conversion.ts';

/** golden: the tuning set (weights and pipeline are tuned on it); heldout: never seen while tuning. */
export type QuerySet = 'golden' | 'heldout';

export interface SetQuery {
  q: string;
  /** The article that answers the query, or several that each answer it. */
  expect: string[];
  kind: string;
}

export interface QueryResult extends SetQuery {
  /** 1-based rank of the best-ranked expected article, or 0 when none is in the top 10. */
  rank: number;
  top: string[];
}

export interface LocaleReport {
  locale: string;
  set: QuerySet;
  /** Queries counted: at least one expected article is in this build. */
  total: number;
  top1: number;
  top3: number;
  results: QueryResult[];
  /** Queries whose articles this build does not have yet (the library is growing): not counted. */
  notInLibrary: SetQuery[];
}

const here = import.meta.dirname;

export function setFile(set: QuerySet, locale: string): string {
  return join(here, `${set}.${locale}.yaml`);
}

/**
 * A locale's query set. A generated locale (zh-hk, zh-tw) without its own file asks its source's
 * queries converted as the site converts its articles: the Traditional queries a reader there types.
 */
export function readSet(set: QuerySet, locale: string): SetQuery[] {
  const conversion = siteConversions().of(locale);
  if (conversion && !existsSync(setFile(set, locale))) {
    const convert = siteConversions().converters.get(locale)!;
    return readSet(set, conversion.from).map((query) => ({ ...query, q: convert(query.q) }));
  }
  const raw = parseYaml(readFileSync(setFile(set, locale), 'utf8')) as { q: string | number; expect: string | string[]; kind: string }[];
  return raw.map((r) => ({ q: String(r.q), expect: [r.expect].flat(), kind: r.kind }));
}

/**
 * Queries that can be measured on this build (each keeps only its built articles) and those whose
 * articles are all still to be written.
 */
export function splitByLibrary(queries: readonly SetQuery[], built: (key: string) => boolean): { counted: SetQuery[]; notInLibrary: SetQuery[] } {
  return {
    counted: queries.map((q) => ({ ...q, expect: q.expect.filter(built) })).filter((q) => q.expect.length),
    notInLibrary: queries.filter((q) => !q.expect.some(built)),
  };
}

/** The article key of a result URL, e.g. "/en/payments/request-refund/" → "payments/request-refund". */
function keyOf(url: string, locale: string): string {
  return url.replace(new RegExp(`^.*?/${locale}/`), '').replace(/\/$/, '');
}

/**
 * Runs a locale's queries against the built index through the same pipeline as the browser.
 * A query counts only when one of its articles exists in the build; the others are listed as
 * "not in this library", so a set written for the planned library runs on today's.
 */
export async function measureRelevance(dist: string, locale: string, lang: string, set: QuerySet = 'golden', ranking?: object): Promise<LocaleReport> {
  const { counted, notInLibrary } = splitByLibrary(readSet(set, locale), (key) => existsSync(join(dist, locale, key, 'index.html')));
  const index = await openIndex(dist, lang);
  if (ranking) await index.options({ ranking });
  const data = await readSearchData(dist, locale);
  const results: QueryResult[] = [];
  for (const g of counted) {
    const outcome = await runQuery(g.q, async (q) => (await index.search(q)).results, data, locale);
    const top = await Promise.all(outcome.hits.slice(0, 10).map(async (h) => keyOf((await h.data()).url, locale)));
    const ranks = g.expect.map((e) => top.indexOf(e) + 1).filter((r) => r > 0);
    results.push({ ...g, rank: ranks.length ? Math.min(...ranks) : 0, top });
  }
  return {
    locale,
    set,
    total: results.length,
    top1: results.filter((r) => r.rank === 1).length,
    top3: results.filter((r) => r.rank >= 1 && r.rank <= 3).length,
    results,
    notInLibrary,
  };
}

export function formatReport(report: LocaleReport): string {
  const pct = (n: number) => (report.total ? `${((100 * n) / report.total).toFixed(1)}%` : '–');
  const misses = report.results
    .filter((r) => r.rank !== 1)
    .map((r) => `    ${r.rank ? `#${r.rank}` : 'miss'} [${r.kind}] "${r.q}" → ${r.expect.join(' | ')} (got ${r.top.slice(0, 3).join(', ') || 'nothing'})`);
  const all = report.total + report.notInLibrary.length;
  return [
    `${report.locale} ${report.set}: ${report.total} of ${all} queries counted, ${report.notInLibrary.length} not in this library`,
    `${report.locale} ${report.set}: top-1 ${report.top1}/${report.total} (${pct(report.top1)}), top-3 ${report.top3}/${report.total} (${pct(report.top3)})`,
    ...misses,
    ...report.notInLibrary.map((q) => `    not in this library: "${q.q}" → ${q.expect.join(' | ')}`),
  ].join('\n');
}
