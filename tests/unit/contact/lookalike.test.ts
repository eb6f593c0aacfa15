import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confusables, unicodeVersion } from '../../../src/lib/contact/confusables.ts';
import { disguiseCharacters, editDistance, fold, skeleton } from '../../../src/lib/contact/lookalike.ts';
import { confusablesTable, readSourceData, source } from '../../../scripts/make-confusables.ts';

test('the confusables table is the one generated from the Unicode data file it names', () => {
  assert.equal(unicodeVersion, source.unicode);
  assert.deepEqual(confusables, confusablesTable(readSourceData()), 'run `npm run make:confusables` after changing the data or the script');
});

test('skeletons follow Unicode\'s confusables data: Cyrillic, Greek, digits and "rn" all look alike', () => {
  assert.equal(skeleton('оkрау'), skeleton('okpay'));
  assert.equal(skeleton('paypa1'), skeleton('paypal'));
  assert.equal(skeleton('0kpay'), skeleton('okpay'));
  assert.equal(skeleton('exarnple'), skeleton('example'));
  assert.equal(skeleton('ókpáy'), skeleton('okpay'), 'marks are removed too');
  assert.notEqual(skeleton('okpay'), skeleton('okpey'));
});

test('folding: NFKC, case, invisible characters and ideographic full stops', () => {
  assert.equal(fold(' ＯＫＰａｙ\u200b '), 'okpay');
  assert.equal(fold('okpay。example'), 'okpay.example');
  assert.deepEqual(disguiseCharacters('ｏk p'), ['ｏ']);
  assert.deepEqual(disguiseCharacters('okpay.example'), []);
});

test('edit distance counts inserts, deletes, substitutions and swaps, and stops past its limit', () => {
  assert.equal(editDistance('okpay', 'okpay', 2), 0);
  assert.equal(editDistance('okpay', 'kopay', 2), 1);
  assert.equal(editDistance('okpay', 'okpayy', 2), 1);
  assert.equal(editDistance('okpay', 'opay', 2), 1);
  assert.equal(editDistance('okpay', 'okbuy', 2), 2);
  assert.equal(editDistance('okpay', 'paypal', 2), 3);
  assert.equal(editDistance('a'.repeat(200), 'b'.repeat(200), 2), 3);
});
