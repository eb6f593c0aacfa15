import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../src/lib/content-checks/rules.ts';
import { renderRulesReference, withRulesReference } from '../../src/lib/content-checks/rules-docs.ts';
import { check, fixtureFiles, projectRoot } from './fixtures.ts';

test('the rules list in CONTRIBUTING.md matches the rule set (run npm run docs:rules when this fails)', () => {
  const document = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
  assert.equal(withRulesReference(document, renderRulesReference(rules)), document);
});

test('every rule has its own name, a summary and both examples', () => {
  assert.equal(new Set(rules.map((r) => r.name)).size, rules.length);
  for (const rule of rules) {
    assert.ok(rule.summary && rule.example.bad && rule.example.good && rule.example.bad !== rule.example.good, rule.name);
    assert.ok(rule.article || rule.content, `${rule.name} checks something`);
  }
});

// The documentation cannot lie: each article rule's wrong example fails that rule and its right
// example passes it, in an article of the fixture library.
for (const rule of rules.filter((r) => r.article && (r.example.lang ?? 'mdx') === 'mdx')) {
  test(`the "${rule.name}" examples in CONTRIBUTING.md: the wrong one fails the rule, the right one passes`, () => {
    const findingsFor = (example: string) => {
      const files = fixtureFiles('_valid');
      const text = example.startsWith('---')
        ? example
        : `---\ntitle: Example\ndescription: An English article that holds one example of CONTRIBUTING.md.\nuntranslated: true\n---\n\n${example}\n`;
      files.set('en/payments/example.mdx', text);
      return check(files, [rule]).findings.filter((f) => f.file === 'content/en/payments/example.mdx');
    };
    assert.notDeepEqual(findingsFor(rule.example.bad), [], 'the wrong example is refused');
    assert.deepEqual(findingsFor(rule.example.good), [], 'the right example passes');
  });
}
