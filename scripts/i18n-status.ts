/**
 * `npm run i18n:status`: which articles are translated, missing or outdated in each written
 * locale. The generated ones (zh-hk, zh-tw) follow their source at every build; an article an
 * editor rewrote for them is checked by check:content like any translation.
 */
import { resolve } from 'node:path';
import site from '../src/site.config.ts';
import { checkContent } from '../src/lib/content-checks/index.ts';
import { renderTranslationTable, translationStatus } from '../src/lib/content-checks/translations.ts';
import { readContentFiles, readMarkdownlintConfig } from './content-files.ts';
import { defaultFirst } from '../src/lib/locales.ts';

const dir = resolve(process.argv[2] ?? site.contentDir);
// Only the library is needed, so no rule runs.
const { library } = checkContent({ contentDir: `${site.contentDir}/`, files: readContentFiles(dir), site, markdownlint: readMarkdownlintConfig(dir) }, []);
if (!library) {
  console.error('The content data files are broken: run npm run check:content to see why.');
  process.exit(1);
}
const written = site.locales.filter((l) => !l.convertedFrom).map((l) => l.code);
const locales = defaultFirst(written, site.defaultLocale);
console.log(renderTranslationTable(translationStatus(library, locales, site.defaultLocale), locales));
console.log(`\nsource = ${site.defaultLocale} original (or the only version); outdated = its "updated" date is older than the source's.`);
