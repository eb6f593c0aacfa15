import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import site from '../../src/site.config.ts';
import { checkContent, type ContentReport } from '../../src/lib/content-checks/index.ts';
import { formatFinding } from '../../src/lib/content-checks/finding.ts';
import { readContentFiles, readMarkdownlintConfig } from '../../scripts/content-files.ts';

export const projectRoot = new URL('../../', import.meta.url).pathname;
const fixtures = join(projectRoot, 'tests/fixtures/content');

/** The `_valid` library with a case's files laid over it (see tests/fixtures/content/README.md). */
export function fixtureFiles(name: string): Map<string, string> {
  const files = readContentFiles(join(fixtures, '_valid'));
  if (name !== '_valid') for (const [path, text] of readContentFiles(join(fixtures, name))) files.set(path, text);
  return files;
}

/** Checks files as `npm run check:content` does, with the real site configuration and lint rules. */
export function check(files: ReadonlyMap<string, string>): ContentReport {
  return checkContent({ contentDir: 'content/', files, site, markdownlint: readMarkdownlintConfig(join(projectRoot, 'content')) });
}

/** Every message the check prints for these files, as `error: …` / `warning: …` lines. */
export function messagesForFiles(files: ReadonlyMap<string, string>): string[] {
  return check(files).findings.map((f) => `${f.severity}: ${formatFinding(f)}`);
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
