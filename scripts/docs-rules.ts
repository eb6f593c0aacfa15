/**
 * `npm run docs:rules`: rewrites the list of content rules in CONTRIBUTING.md from the rule set
 * (src/lib/content-checks/rules.ts). A test fails when the committed list differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../src/lib/content-checks/rules.ts';
import { renderRulesReference, withRulesReference } from '../src/lib/content-checks/rules-docs.ts';

const file = new URL('../CONTRIBUTING.md', import.meta.url);
const updated = withRulesReference(readFileSync(file, 'utf8'), renderRulesReference(rules));
if (typeof updated !== 'string') {
  console.error(`CONTRIBUTING.md: ${updated.error}`);
  process.exit(1);
}
writeFileSync(file, updated);
console.log(`CONTRIBUTING.md: ${rules.length} content rules listed.`);
