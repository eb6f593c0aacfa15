/**
 * `npm run feedback:report`: the articles readers found least helpful first, from the votes the
 * feedback function stored in D1 (functions/api/feedback.ts).
 *
 *   npm run feedback:report                      local database (npm run preview:edge)
 *   npm run feedback:report -- --remote          the deployed database
 *   npm run feedback:report -- --persist-to DIR  a local database kept elsewhere (the edge e2e)
 *   npm run feedback:report -- --min-votes 5     hide articles with fewer votes
 *   npm run feedback:report -- --json            machine-readable
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatReport, scoreArticles, type VoteCount } from '../src/lib/feedback/report.ts';

const { values } = parseArgs({
  options: {
    remote: { type: 'boolean', default: false },
    'persist-to': { type: 'string' },
    'min-votes': { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
  },
});
const minVotes = Number(values['min-votes']);
if (!Number.isInteger(minVotes) || minVotes < 1) {
  console.error(`--min-votes is a whole number of votes, at least 1; got "${values['min-votes']}".`);
  process.exit(2);
}

const sql = 'SELECT locale, article, vote, reason, COUNT(*) AS votes FROM votes GROUP BY locale, article, vote, reason';
const where = values.remote ? ['--remote'] : ['--local', ...(values['persist-to'] ? ['--persist-to', values['persist-to']] : [])];
// Wrangler's own entry point under this Node (its shebang would pick another one).
const wrangler = fileURLToPath(new URL('../node_modules/wrangler/bin/wrangler.js', import.meta.url));
const run = spawnSync(process.execPath, [wrangler, 'd1', 'execute', 'FEEDBACK_DB', ...where, '--json', '--command', sql], {
  encoding: 'utf8',
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
});
if (run.status !== 0) {
  console.error(`wrangler d1 execute failed${values.remote ? '' : ' (has `npm run feedback:migrate` created the local database?)'}:\n${run.stderr || run.stdout}`);
  process.exit(1);
}
const [result] = JSON.parse(run.stdout) as [{ results: VoteCount[] }];
const scores = scoreArticles(result.results, minVotes);
process.stdout.write(values.json ? `${JSON.stringify(scores, null, 2)}\n` : formatReport(scores));
