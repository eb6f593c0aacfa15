import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import site from '../site.config.ts';
import { ContentError } from '../lib/content-error.ts';
import { buildSearchData } from '../lib/search/data.ts';
import type { SearchData } from '../lib/search/query.ts';
import { buildT2sTable } from '../lib/search/t2s-table.ts';
import { synonymsSchema, type Synonyms } from '../schemas/synonyms.ts';
import { getLibrary } from './library.ts';
import { siteConversions } from './conversion.ts';
import { convertedSynonyms } from '../lib/conversion/convert.ts';

/**
 * Reads and validates `content/search/synonyms.<locale>.yaml`; a generated locale (zh-hk, zh-tw)
 * without the file converts its source's; any other locale without it has no synonyms.
 */
export function loadSynonyms(locale: string): Synonyms {
  const file = join(site.contentDir, 'search', `synonyms.${locale}.yaml`);
  const conversion = siteConversions().of(locale);
  if (!existsSync(file) && conversion) {
    return convertedSynonyms(loadSynonyms(conversion.from), conversion, siteConversions().converters.get(locale)!);
  }
  if (!existsSync(file)) return [];
  const parsed = synonymsSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const [entry, ...field] = issue.path;
  const where = typeof entry === 'number' ? `entry ${entry + 1}${field.length ? ` (${field.join('.')})` : ''}` : '(whole file)';
  throw new ContentError(file, where, issue.message, 'every entry needs `means` (the articles\' word) and `words` (a list of what customers type); see src/schemas/synonyms.ts.');
}

const searchData = new Map<string, Promise<SearchData>>();

/**
 * The data the browser and the relevance suite need to search one locale forgivingly. Built
 * once per locale and build: data.json and terms.json both read it, and it scans every article.
 */
export function getSearchData(locale: string): Promise<SearchData> {
  let data = searchData.get(locale);
  if (!data) searchData.set(locale, (data = buildLocaleSearchData(locale)));
  return data;
}

async function buildLocaleSearchData(locale: string): Promise<SearchData> {
  const articles = (await getLibrary()).articles(locale).map((a) => ({ title: a.title, keywords: a.keywords, body: a.entry.body ?? '' }));
  const synonyms = loadSynonyms(locale);
  const texts = [...articles.flatMap((a) => [a.title, ...a.keywords, a.body]), ...synonyms.flatMap((s) => [s.means, ...s.words])];
  return buildSearchData(articles, synonyms, buildT2sTable(texts), locale);
}
