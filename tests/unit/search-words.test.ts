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

test('neighbours that meet by chance are not a word, however often they meet', () => {
  // 钱 and 被 are everywhere and meet in two articles (2 of 12 times for each); 客 and 服 only meet as 客服.
  const table = buildWordTable(
    ['钱被退回。余额里的钱。钱到账了。我的钱。这些钱。他们的钱。大家的钱。账户被盗。被骗了。客服。', '钱被冻结。钱不见了。他的钱。那些钱。你的钱。卡被锁。密码被改。被扣款。订单被取消。付款被拒绝。提现被退回。账号被锁。资金被冻结。客服在线。'],
    'zh-cn',
    zh,
  );
  assert.equal(table['钱被'], undefined);
  assert.equal(table['客服'], 2);
});

test('a word held twice by one article is still in one article only', () => {
  const table = buildWordTable(['客服。客服。', '客人'], 'zh-cn', zh);
  assert.equal(table['客服'], undefined);
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

test('a word made only of function words is one too, so it cannot outweigh the topic', () => {
  // The segmenter keeps 我要 and 你们的 whole; 人工 (a human agent) is what the query is about.
  assert.deepEqual(queryWords('我要找人工', 'zh-cn', { 人工: 2, 我要: 1 }, zh), ['人工']);
  assert.equal(zh.has('我要'), true);
  assert.equal(zh.has('你们的'), true);
  assert.equal(zh.has('人工'), false);
  assert.equal(zh.has('退款'), false);
});

test('a query of function words alone is still searched', () => {
  assert.deepEqual(queryWords('how to', 'en', {}, stopwordsFor('en')), ['how', 'to']);
  assert.deepEqual(queryWords('why is my account frozen', 'en', {}, stopwordsFor('en')), ['account', 'frozen']);
});

test('a word spans as many index positions as the segmenter makes of it', () => {
  assert.equal(wordSpan('客服', 'zh-cn'), 2);
  assert.equal(wordSpan('password', 'en'), 1);
});

test('pinyin is read as the index’s Chinese words, with or without spaces or tone marks', async () => {
  const { fromPinyin } = await import('../../src/lib/search/pinyin.ts');
  const { buildPinyinTable } = await import('../../src/lib/search/pinyin-table.ts');
  const table = buildPinyinTable({ 退款: 5, 密码: 9, 忘记: 3, 银行: 4, 女儿: 1 });
  assert.equal(fromPinyin('tuikuan', table), '退款');
  assert.equal(fromPinyin('tui kuan', table), '退款');
  assert.equal(fromPinyin('Tuì kuǎn', table), '退款');
  assert.equal(fromPinyin('wangjimima', table), '忘记 密码');
  assert.equal(fromPinyin('yinhang', table), '银行', 'the word is read as a whole (háng, not xíng)');
  assert.equal(fromPinyin('nv er', table), '女儿');
  assert.equal(fromPinyin('refund', table), undefined, 'letters that are not pinyin of index words');
  assert.equal(fromPinyin('退款', table), undefined);
});
