import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import site from '../../src/site.config.ts';
import { checkContent, type ContentInput, type ContentReport } from '../../src/lib/content-checks/index.ts';
import { formatFinding } from '../../src/lib/content-checks/finding.ts';
import type { Rule } from '../../src/lib/content-checks/rule.ts';
import { readContentFiles, readMarkdownlintConfig } from '../../scripts/content-files.ts';

export const projectRoot = new URL('../../', import.meta.url).pathname;
const fixtures = join(projectRoot, 'tests/fixtures/content');

/** The `_valid` library with a case's files laid over it (see tests/fixtures/content/README.md). */
export function fixtureFiles(name: string): Map<string, string> {
  const files = readContentFiles(join(fixtures, '_valid'));
  if (name !== '_valid') for (const [path, text] of readContentFiles(join(fixtures, name))) files.set(path, text);
  return files;
}

/** What `npm run check:content` checks these files with: the real site configuration and lint rules. */
export function checkInput(files: ReadonlyMap<string, string>): ContentInput {
  return { contentDir: 'content/', files, site, markdownlint: readMarkdownlintConfig(join(projectRoot, 'content')) };
}

/** Checks files as `npm run check:content` does (with all rules, or only some). */
export function check(files: ReadonlyMap<string, string>, rules?: readonly Rule[]): ContentReport {
  return checkContent(checkInput(files), rules);
}

/** Every message the check prints for these files, as `error: …` / `warning: …` lines. */
export function messagesForFiles(files: ReadonlyMap<string, string>, rules?: readonly Rule[]): string[] {
  return check(files, rules).findings.map((f) => `${f.severity}: ${formatFinding(f)}`);
}

/** Every message the check prints for a fixture. */
export function messagesFor(name: string): string[] {
  return messagesForFiles(fixtureFiles(name));
}

/** A real folder holding a fixture (and the lint rules), for tests that run the scripts. */
export function materialize(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'okpay-content-'));
  for (const [path, text] of fixtureFiles(name)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  copyFileSync(join(projectRoot, 'content/.markdownlint.yaml'), join(dir, '.markdownlint.yaml'));
  return dir;
}
