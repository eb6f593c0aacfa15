/**
 * `npm run audit`: `npm audit --omit=dev` (what ships: the site's runtime dependencies), with
 * its counts printed. Exits 1 on any high or critical advisory. When the advisory database
 * cannot be reached (offline machines, registry mirrors without the audit endpoint) it says so
 * loudly and exits 0, or 1 with AUDIT_REQUIRED=1 (set it where the registry is the real one).
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', shell: process.platform === 'win32' });
let report: { metadata?: { vulnerabilities?: Record<string, number> }; vulnerabilities?: Record<string, { severity: string; via: unknown[] }>; message?: string };
try {
  report = JSON.parse(run.stdout);
} catch {
  report = { message: run.stderr || run.stdout };
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const why = (report.message ?? 'no report').split('\n')[0];
  console.warn(`npm audit: NOT CHECKED — the advisory database could not be reached (${why}).`);
  process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 0);
}

console.log(`npm audit --omit=dev: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
if (serious.length) {
  console.error(`High or critical advisories in runtime dependencies:\n  ${serious.map(([name, v]) => `${name}: ${v.severity}`).join('\n  ')}\nFix: npm audit fix, or update the package named.`);
  process.exit(1);
}
console.log('npm audit: no high or critical advisory in runtime dependencies.');
