/**
 * `npm run new -- <category>/<slug>`: scaffolds an article in every written locale (the
 * generated ones, zh-hk and zh-tw, are converted from zh-cn at build time).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import site from '../src/site.config.ts';
import { categorySchema } from '../src/schemas/category.ts';
import { planNewArticle } from '../src/lib/content-checks/scaffold.ts';
import { defaultFirst } from '../src/lib/locales.ts';
import { withGeneratedLocales } from '../src/data/conversion.ts';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run new -- <category>/<slug>   e.g. npm run new -- signing-in/reset-password');
  process.exit(1);
}
const dir = site.contentDir;
const localeCodes = site.locales.map((l) => l.code);
const writtenCodes = site.locales.filter((l) => !l.convertedFrom).map((l) => l.code);
const categories = categorySchema(localeCodes)
  .array()
  .safeParse(withGeneratedLocales(parseYaml(readFileSync(join(dir, 'categories.yaml'), 'utf8'))));
if (!categories.success) {
  console.error(`${dir}/categories.yaml is invalid: run npm run check:content to see why.`);
  process.exit(1);
}
const plan = planNewArticle(target, {
  locales: defaultFirst(writtenCodes, site.defaultLocale),
  categories: categories.data.map((c) => c.id),
  exists: (path) => existsSync(join(dir, path)),
  today: new Date().toISOString().slice(0, 10),
});
if ('error' in plan) {
  console.error(`npm run new: ${plan.error}`);
  process.exit(1);
}
for (const file of plan.files) {
  const path = join(dir, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text, { flag: 'wx' });
  console.log(`created ${path}`);
}
console.log('Next: replace every TODO (npm run check:content lists them), preview with npm run dev.');
