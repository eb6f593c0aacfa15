import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import site from '../../src/site.config.ts';
import { formatFinding } from '../../src/lib/content-checks/finding.ts';
import { checkContentFolder, readContentFiles } from '../../scripts/content-files.ts';
import { breakAll, brokenCases } from '../content/broken-cases.ts';
import { buildWithContent, cleanUp } from './build-site.ts';

const feedbackEndpoint = 'http://feedback.okpay.example/votes';

// One build for every case of issue 14 (each case's exact messages are unit-tested in
// tests/content/editor-safety.test.ts): a production build of the real content with every broken
// case in it must refuse it with every message check:content prints for the same folder,
// the example deployment values included, and publish nothing.
test('the build refuses every broken case and every example value with the messages of check:content', () => {
  const result = buildWithContent(
    (dir) => {
      const files = readContentFiles(dir);
      const before = new Map(files);
      breakAll(files);
      for (const [path, text] of files) {
        if (before.get(path) === text) continue;
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    },
    { OKPAY_PRODUCTION: '1', FEEDBACK_ENDPOINT: feedbackEndpoint },
  );
  try {
    const expected = checkContentFolder(result.contentDir, { ...site, production: true, feedbackEndpoint }).findings
      .filter((f) => f.severity === 'error')
      .map((f) => `error: ${formatFinding(f)}`);
    const files = new Set(expected.map((line) => line.split(':')[1]));
    assert.ok(files.size >= brokenCases.length, `every case is refused: ${[...files].join(', ')}`);
    for (const value of ['SITE_URL', 'EDIT_URL', 'FEEDBACK_ENDPOINT', 'placeholder', 'channels.0.url']) {
      assert.ok(expected.some((line) => line.includes(`: ${value}`) || line.includes(`.${value}:`)), `${value} is listed`);
    }

    assert.notEqual(result.status, 0, 'the build must fail');
    assert.match(result.output, new RegExp(`The content has ${expected.length} problem\\(s\\); nothing was built`));
    const missing = expected.filter((line) => !result.output.includes(line));
    assert.deepEqual(missing, [], 'the build prints every message check:content prints');
    assert.ok(!existsSync(join(result.outDir, 'index.html')), 'nothing is published');
    assert.ok(!result.output.includes(process.env.HOME ?? '/root'), 'no article code ran');
  } finally {
    cleanUp(result);
  }
});
