/**
 * `npm run check:content [content folder]`: checks every article and data file in seconds,
 * without building the site. Exit 1 on errors; warnings alone pass.
 */
import { relative, resolve } from 'node:path';
import site from '../src/site.config.ts';
import { checkContent } from '../src/lib/content-checks/index.ts';
import { formatFinding } from '../src/lib/content-checks/finding.ts';
import { readContentFiles, readMarkdownlintConfig } from './content-files.ts';

const started = performance.now();
const dir = resolve(process.argv[2] ?? site.contentDir);
const contentDir = `${relative(process.cwd(), dir) || '.'}/`;
const report = checkContent({ contentDir, files: readContentFiles(dir), site, markdownlint: readMarkdownlintConfig(dir) });

const errors = report.findings.filter((f) => f.severity === 'error');
const warnings = report.findings.filter((f) => f.severity === 'warning');
for (const finding of errors) console.error(`error: ${formatFinding(finding)}`);
for (const finding of warnings) console.warn(`warning: ${formatFinding(finding)}`);

const counts = [...report.checked].map(([locale, n]) => `${n} ${locale}`).join(' + ');
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`check:content: ${counts} articles checked, ${errors.length} problem(s), ${warnings.length} warning(s), ${seconds} s`);
process.exitCode = errors.length ? 1 : 0;
