import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildWordTable, queryWords, wordSpan } from '../../src/lib/search/words.ts';
import { stopwordsFor } from '../../src/lib/search/stopwords.ts';

const zh = stopwordsFor('zh-cn');

test('the word table holds Chinese words the segmenter splits into characters, when they recur', () => {
  // The segmenter splits 客服 into 客 + 服; it recurs, so it is a word. 额里 never recurs.
  const table = buildWordTable(['联系客服。客服电话。', '客服在线。余额里的钱'], 'zh-cn', zh);
  assert.equal(table['客服'], 2);
  assert.equal(table['额里'], undefined);
});

test('function words do not start or end a table word', () => {
  const table = buildWordTable(['绑定的手机号', '绑定的手机号'], 'zh-cn', zh);
  assert.equal(Object.keys(table).some((w) => w.endsWith('的') || w.startsWith('的')), false);
});

test('a Chinese query keeps its words and drops stray characters and function words', () => {
  const table = { 客服: 3, 电话: 1, 余额: 2, 客服电话: 2 };
  assert.deepEqual(queryWords('你们的客服电话是多少', 'zh-cn', table, zh), ['客服', '电话']);
  assert.deepEqual(queryWords('余额里的钱', 'zh-cn', table, zh), ['余额']);
});

test('a run is cut into the more common words when two cuts leave the same characters over', () => {
  assert.deepEqual(queryWords('开发票', 'zh-cn', { 发票: 5, 开发: 1 }, zh), ['发票']);
});

test('a query of function words alone is still searched', () => {
  assert.deepEqual(queryWords('how to', 'en', {}, stopwordsFor('en')), ['how', 'to']);
  assert.deepEqual(queryWords('why is my account frozen', 'en', {}, stopwordsFor('en')), ['account', 'frozen']);
});

test('a word spans as many index positions as the segmenter makes of it', () => {
  assert.equal(wordSpan('客服', 'zh-cn'), 2);
  assert.equal(wordSpan('password', 'en'), 1);
});
