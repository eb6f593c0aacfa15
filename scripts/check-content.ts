/**
 * `npm run check:content [content folder]`: checks every article and data file in seconds,
 * without building the site; the build runs the same rules (src/integrations/content-checks.ts).
 * Exit 1 on errors; warnings alone pass. OKPAY_PRODUCTION=1 adds the production guard.
 */
import site from '../src/site.config.ts';
import { formatFinding } from '../src/lib/content-checks/finding.ts';
import { checkContentFolder } from './content-files.ts';

const started = performance.now();
const report = checkContentFolder(process.argv[2] ?? site.contentDir, site);

const errors = report.findings.filter((f) => f.severity === 'error');
const warnings = report.findings.filter((f) => f.severity === 'warning');
for (const finding of errors) console.error(`error: ${formatFinding(finding)}`);
for (const finding of warnings) console.warn(`warning: ${formatFinding(finding)}`);

const generated = new Set(site.locales.filter((l) => l.convertedFrom).map((l) => l.code));
const count = (written: boolean) =>
  [...report.checked]
    .filter(([locale]) => generated.has(locale) !== written)
    .map(([locale, n]) => `${n} ${locale}`)
    .join(' + ');
const converted = generated.size ? `, ${count(false)} converted` : '';
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`check:content: ${count(true)} articles checked${converted}, ${errors.length} problem(s), ${warnings.length} warning(s), ${seconds} s`);
process.exitCode = errors.length ? 1 : 0;
