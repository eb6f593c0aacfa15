import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import site from '../../src/site.config.ts';
import { renderFrontmatterReference, withFrontmatterReference } from '../../src/lib/content-checks/frontmatter-docs.ts';
import { readContentFiles } from '../../scripts/content-files.ts';
import { componentNames } from '../../src/components/mdx/catalog.ts';
import { check, materialize, projectRoot } from './fixtures.ts';

/** The locales editors write, and the summary's part for the generated ones (zh-hk, zh-tw), from the site config. */
const written = site.locales.filter((l) => !l.convertedFrom).map((l) => l.code);
const generated = site.locales.filter((l) => l.convertedFrom).map((l) => l.code);
const convertedPart = (n: number) => (generated.length ? `, ${generated.map((code) => `${n} ${code}`).join(' \\+ ')} converted` : '');

const run = (script: string, args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', script), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

test('check:content exits 1 on an error, prints file:line messages and a summary with the time taken', (t) => {
  const dir = materialize('todo');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const result = run('check-content.ts', [dir]);
  assert.equal(result.status, 1);
  const file = `${relative(projectRoot, dir)}/en/payments/unfinished.mdx`;
  assert.equal(result.stderr.trim(), `error: ${file}:6: body: a TODO is left in the text. Fix: write the missing text and delete the TODO marker.`);
  assert.match(result.stdout, new RegExp(`^check:content: 2 zh-cn \\+ 2 en articles checked${convertedPart(2)}, 1 problem\\(s\\), 0 warning\\(s\\), \\d+\\.\\d\\d s$`, 'm'));
});

test('check:content exits 0 when there are only warnings, and prints them', (t) => {
  const dir = materialize('outdated-translation');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const result = run('check-content.ts', [dir]);
  assert.equal(result.status, 0);
  assert.match(result.stderr, /^warning: .*en\/payments\/pay\.mdx:4: updated: 2026-10-01 is older than the zh-cn source/m);
  assert.match(result.stdout, new RegExp(`1 zh-cn \\+ 1 en articles checked${convertedPart(1)}, 0 problem\\(s\\), 1 warning\\(s\\)`));
});

test('npm run new scaffolds every locale with files that fail only on their TODOs', (t) => {
  const dir = materialize('_valid');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const result = run('new-article.ts', ['payments/refund-times'], { HELP_CONTENT_DIR: dir });
  assert.equal(result.status, 0, result.stderr);
  for (const code of written) assert.ok(existsSync(join(dir, code, 'payments/refund-times.mdx')), `${code} file written`);
  for (const code of generated) assert.ok(!existsSync(join(dir, code, 'payments/refund-times.mdx')), `${code} is converted at build time, not scaffolded`);

  const findings = check(readContentFiles(dir)).findings;
  assert.ok(findings.length > 0, 'the scaffold must fail until it is written');
  assert.deepEqual(new Set(findings.map((f) => f.problem)), new Set(['a TODO is left in the text.']));
  assert.deepEqual(new Set(findings.map((f) => f.file)), new Set(written.map((code) => `content/${code}/payments/refund-times.mdx`)));
  assert.ok(findings.some((f) => f.field === 'title') && findings.some((f) => f.field === 'description') && findings.some((f) => f.field === 'body'));
});

test('npm run new refuses an existing article, an unknown category and a bad slug, saying why', (t) => {
  const dir = materialize('_valid');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const env = { HELP_CONTENT_DIR: dir };
  const existing = run('new-article.ts', ['payments/pay'], env);
  assert.equal(existing.status, 1);
  assert.match(existing.stderr, /zh-cn\/payments\/pay\.mdx, en\/payments\/pay\.mdx already exist\(s\): edit the article instead, or pick another slug\./);
  const category = run('new-article.ts', ['billing/invoices'], env);
  assert.equal(category.status, 1);
  assert.match(category.stderr, /"billing" is not a category\. Use one of: account, payments/);
  const slug = run('new-article.ts', ['payments/Refund_Times'], env);
  assert.equal(slug.status, 1);
  assert.match(slug.stderr, /"Refund_Times" is not a slug: use lower-case words joined by hyphens/);
  assert.deepEqual(readdirSync(join(dir, 'en/payments')), ['pay.mdx'], 'nothing was written');
});

test('i18n:status lists each article per locale with totals', (t) => {
  const dir = materialize('missing-translation');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const result = run('i18n-status.ts', [dir]);
  assert.equal(result.status, 0, result.stderr);
  const rows = result.stdout.split('\n').map((line) => line.split(/\s{2,}/));
  assert.deepEqual(rows[0], ['article', 'zh-cn', 'en']);
  assert.deepEqual(rows.find((r) => r[0] === 'payments/english-only'), ['payments/english-only', 'MISSING', 'source']);
  assert.deepEqual(rows.find((r) => r[0] === 'payments/english-on-purpose'), ['payments/english-on-purpose', 'untranslated (on purpose)', 'source']);
  assert.deepEqual(rows.find((r) => r[0] === 'payments/pay'), ['payments/pay', 'source', 'translated']);
  assert.deepEqual(rows.find((r) => r[0] === 'total MISSING'), ['total MISSING', '1', '0']);
});

test('the frontmatter reference in CONTRIBUTING.md matches the schema (run npm run docs:frontmatter when this fails)', () => {
  const document = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
  assert.equal(withFrontmatterReference(document, renderFrontmatterReference(site.locales)), document);
});

test('markdownlint (for editors\' editors) allows exactly the components of the catalog, and each has its .astro file', () => {
  const config = parseYaml(readFileSync(join(projectRoot, 'content/.markdownlint.yaml'), 'utf8')) as { MD033: { allowed_elements: string[] } };
  const files = readdirSync(join(projectRoot, 'src/components/mdx')).filter((f) => f.endsWith('.astro')).map((f) => f.replace('.astro', ''));
  assert.deepEqual([...config.MD033.allowed_elements].sort(), [...componentNames].sort());
  assert.deepEqual(files.sort(), [...componentNames].sort());
});
