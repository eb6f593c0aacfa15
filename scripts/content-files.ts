import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Configuration } from 'markdownlint';
import { parse as parseYaml } from 'yaml';

/**
 * The files the content check reads: the data files at the top of the content folder, the
 * troubleshooters in guides/ and every Markdown file in its sub-folders (what the site's loaders
 * read), keyed by path inside it.
 */
export function readContentFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (path.split('/').some((part) => part.startsWith('.'))) continue;
    const topLevelData = !path.includes('/') && /\.ya?ml$/.test(path);
    const guide = path.startsWith('guides/');
    if (topLevelData || guide || (path.includes('/') && /\.mdx?$/.test(path))) files.set(path, readFileSync(join(dir, path), 'utf8'));
  }
  return files;
}

/** The markdownlint rules of the content folder (the file editors' editors pick up too). */
export function readMarkdownlintConfig(dir: string): Configuration {
  return parseYaml(readFileSync(join(dir, '.markdownlint.yaml'), 'utf8')) as Configuration;
}
