import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithContent, cleanUp } from './build-site.ts';

test('a synonym entry without words fails the build, naming the file, the entry and the fix', () => {
  const result = buildWithContent((content) => {
    writeFileSync(join(content, 'search/synonyms.en.yaml'), '- means: refund\n  words: [money back]\n- means: withdraw\n');
  });
  try {
    assert.notEqual(result.status, 0, 'the build must fail');
    assert.match(result.output, /search\/synonyms\.en\.yaml: entry 2 \(words\)/);
    assert.match(result.output, /words is a list of what customers type instead/);
  } finally {
    cleanUp(result);
  }
});
