import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import site from '../../src/site.config.ts';
import { contentChecks } from '../../src/integrations/content-checks.ts';
import { materialize, projectRoot } from './fixtures.ts';

/** Runs the integration's setup hook as Astro would, collecting what it logs. */
function setUp(command: 'build' | 'dev' | 'sync', contentDir: string) {
  const logged: string[] = [];
  const log = (level: string) => (message: string) => logged.push(`${level}: ${message}`);
  const hook = contentChecks({ ...site, contentDir }).hooks['astro:config:setup']!;
  const run = () => hook({ command, logger: { info: log('info'), warn: log('warn'), error: log('error') } } as never);
  return { run, logged };
}

test('the build integration stops `astro build` with check:content\'s lines, logs them in `astro dev`, and skips other commands', (t) => {
  const dir = materialize('todo');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const line = `error: ${relative(projectRoot, dir)}/en/payments/unfinished.mdx:6: body: a TODO is left in the text. Fix: write the missing text and delete the TODO marker.`;

  const build = setUp('build', dir);
  assert.throws(build.run, (e: Error) => e.message === `The content has 1 problem(s); nothing was built (npm run check:content lists the same):\n${line}`);

  const dev = setUp('dev', dir);
  dev.run();
  assert.ok(dev.logged.includes(`error: ${line}`), dev.logged.join('\n'));

  const sync = setUp('sync', dir);
  sync.run();
  assert.deepEqual(sync.logged, []);
});
