import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * src/lib owns the domain types and the logic; src/schemas validate content into those types
 * and import lib, never the reverse, so the two never form a cycle.
 */
const root = new URL('../../', import.meta.url).pathname;

/**
 * Still to untangle: the content checks run the schemas over the files (validation, unknown
 * fields, the frontmatter reference), so they need the schemas themselves, not just types.
 * Passing the schemas in from their callers would end this list; it may only shrink.
 */
const runsSchemas = [
  'src/lib/conversion/setup.ts',
  'src/lib/content-checks/data-files.ts',
  'src/lib/content-checks/frontmatter-docs.ts',
  'src/lib/content-checks/frontmatter.ts',
  'src/lib/content-checks/index.ts',
  'src/lib/content-checks/situations.ts',
];

/** Files of src/lib that import from src/schemas, with what they import. */
function libImportsOfSchemas(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const name of readdirSync(join(root, 'src/lib'), { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|mjs|js)$/.test(name)) continue;
    const file = join('src/lib', name);
    const text = readFileSync(join(root, file), 'utf8');
    const specifiers = [...text.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    const schemas = specifiers.filter((s) => s.startsWith('.') && relative(join(root, 'src/schemas'), join(root, dirname(file), s)).split(/[\\/]/)[0] !== '..');
    if (schemas.length) found.set(file, schemas);
  }
  return found;
}

test('src/lib imports nothing from src/schemas: lib owns the types, the schemas produce them', () => {
  const offenders = [...libImportsOfSchemas()].filter(([file]) => !runsSchemas.includes(file));
  assert.deepEqual(offenders, [], 'move the type into src/lib and have the schema `satisfies z.ZodType<ThatType>`');
});

test('the content checks listed as running schemas still do (the list only shrinks)', () => {
  const importing = libImportsOfSchemas();
  assert.deepEqual(runsSchemas.filter((file) => !importing.has(file)), [], 'remove these from runsSchemas in tests/unit/layers.test.ts');
});
