/**
 * `npm run docs:frontmatter`: rewrites the frontmatter reference in CONTRIBUTING.md from the
 * schema. A test fails when the committed table differs, so the docs never drift.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import site from '../src/site.config.ts';
import { renderFrontmatterReference, withFrontmatterReference } from '../src/lib/content-checks/frontmatter-docs.ts';

const file = new URL('../CONTRIBUTING.md', import.meta.url);
const updated = withFrontmatterReference(readFileSync(file, 'utf8'), renderFrontmatterReference(site.locales));
if (typeof updated !== 'string') {
  console.error(`CONTRIBUTING.md: ${updated.error}`);
  process.exit(1);
}
writeFileSync(file, updated);
console.log('CONTRIBUTING.md: frontmatter reference updated.');
