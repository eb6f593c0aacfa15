import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Configuration } from 'markdownlint';
import { parse as parseYaml } from 'yaml';
import type { SiteConfig } from '../src/schemas/site.ts';
import { checkContent, type ContentReport } from '../src/lib/content-checks/index.ts';

/**
 * The files the content check reads: the data files at the top of the content folder, the search
 * synonyms, the troubleshooters in guides/ and every Markdown file in its sub-folders (what the
 * site's loaders read), keyed by path inside it.
 */
export function readContentFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (path.split('/').some((part) => part.startsWith('.'))) continue;
    const data = (!path.includes('/') || path.startsWith('search/')) && /\.ya?ml$/.test(path);
    const guide = path.startsWith('guides/');
    if (data || guide || (path.includes('/') && /\.mdx?$/.test(path))) files.set(path, readFileSync(join(dir, path), 'utf8'));
  }
  return files;
}

/** The markdownlint rules of the content folder (the file editors' editors pick up too). */
export function readMarkdownlintConfig(dir: string): Configuration {
  return parseYaml(readFileSync(join(dir, '.markdownlint.yaml'), 'utf8')) as Configuration;
}

const siteConfigFile = 'src/site.config.ts';

/**
 * The whole rule set over a content folder on disk, as check:content and the build's
 * integration run it; file names in findings are relative to the working directory.
 */
export function checkContentFolder(dir: string, site: SiteConfig): ContentReport {
  const folder = resolve(dir);
  const configPath = resolve(siteConfigFile);
  return checkContent({
    contentDir: `${relative(process.cwd(), folder) || '.'}/`,
    files: readContentFiles(folder),
    site,
    markdownlint: readMarkdownlintConfig(folder),
    siteConfig: existsSync(configPath) ? { file: siteConfigFile, text: readFileSync(configPath, 'utf8') } : undefined,
  });
}
