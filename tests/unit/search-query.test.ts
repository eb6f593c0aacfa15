import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, closeWords, correctTypos, countWords } from '../../src/lib/search/typos.ts';
import { applySynonyms } from '../../src/lib/search/synonyms.ts';
import { toSimplified } from '../../src/lib/search/t2s.ts';
import { mergeHits, queryTerms, runQuery, suggestTerms, type SearchData } from '../../src/lib/search/query.ts';
import { buildSearchData, plainText } from '../../src/lib/search/data.ts';
import { synonymsSchema } from '../../src/schemas/synonyms.ts';

const vocabulary = { password: 9, refund: 7, withdraw: 5, withdrawal: 3, payment: 4, passport: 1 };
const data: SearchData = {
  synonyms: [
    { means: '提现', words: ['取款', '提款', '出金'] },
    { means: 'sign in', words: ['log in', 'login'] },
    { means: 'refund', words: ['money back'] },
  ],
  vocabulary,
  t2s: { 記: '记', 碼: '码', 帳: '帐' },
  terms: ['忘记密码', '退款', '提现'],
  words: { refund: 2, money: 1, back: 1, get: 2, how: 2, payment: 1, 客服: 3, 电话: 1, 余额: 2, 提现: 2, 发票: 2, 开发: 1 },
  pages: 4,
};

test('edit distance counts a swap of neighbouring letters as one edit', () => {
  assert.equal(editDistance('refnud', 'refund'), 1);
  assert.equal(editDistance('pasword', 'password'), 1);
  assert.equal(editDistance('widthdraw', 'withdraw'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('abc', 'abcdefgh', 2), 3, 'stops early beyond the limit');
});

test('typos in words of five letters or more are corrected against the vocabulary', () => {
  assert.equal(correctTypos('pasword', vocabulary), 'password');
  assert.equal(correctTypos('how to get a refnud', vocabulary), 'how to get a refund');
  assert.equal(correctTypos('widthdraw money', vocabulary), 'withdraw money');
});

test('known words, short words and hopeless words are left alone', () => {
  assert.equal(correctTypos('password', vocabulary), undefined);
  assert.equal(correctTypos('pasw', vocabulary), undefined);
  assert.equal(correctTypos('zzzzzzz', vocabulary), undefined);
});

test('close words come nearest first, then most frequent', () => {
  assert.deepEqual(closeWords('passwort', vocabulary), ['password', 'passport']);
});

test('synonyms rewrite what customers type into the words the articles use', () => {
  assert.equal(applySynonyms('怎么取款', data.synonyms), '怎么提现');
  assert.equal(applySynonyms('can’t log in', data.synonyms), 'can’t sign in');
  assert.equal(applySynonyms('get my money back', data.synonyms), 'get my refund');
  assert.equal(applySynonyms('logins', data.synonyms), 'logins', 'whole words only');
});

test('Traditional characters become the Simplified ones the index uses', () => {
  assert.equal(toSimplified('忘記密碼', data.t2s), '忘记密码');
  assert.equal(toSimplified('password', data.t2s), 'password');
});

test('a Chinese query is split into words like the browser splits it', () => {
  assert.deepEqual(queryTerms('怎么退款', 'zh-cn'), ['怎么', '退款']);
  assert.deepEqual(queryTerms('reset my password', 'en'), ['reset', 'my', 'password']);
});

test('merged hits keep the first list’s order and add only new pages', () => {
  const h = (id: string) => ({ id, score: 1 });
  assert.deepEqual(mergeHits([h('a'), h('b')], [h('b'), h('c')]).map((x) => x.id), ['a', 'b', 'c']);
});

/** A fake index: each page lists its words; a query matches pages holding every word. */
function fakeEngine(pages: Record<string, string[]>) {
  const queries: string[] = [];
  const engine = async (query: string) => {
    queries.push(query);
    const words = queryTerms(query, 'en');
    return Object.entries(pages)
      .filter(([, pageWords]) => words.every((w) => pageWords.includes(w)))
      .map(([id, pageWords]) => ({ id, score: words.reduce((s, w) => s + pageWords.filter((p) => p === w).length, 0) }));
  };
  return { engine, queries };
}

test('the pipeline corrects a word the index lacks, and says so', async () => {
  const { engine } = fakeEngine({ refund: ['refund', 'refund', 'money'], pay: ['payment', 'refund'] });
  const outcome = await runQuery('Refnud', engine, data, 'en');
  assert.equal(outcome.correctedTo, 'refund');
  assert.deepEqual(outcome.hits.map((h) => h.id), ['refund', 'pay']);
});

test('the pipeline can be told to search exactly what was typed', async () => {
  const { engine } = fakeEngine({ refund: ['refund'] });
  const outcome = await runQuery('refnud', engine, data, 'en', { correct: false });
  assert.equal(outcome.correctedTo, undefined);
  assert.equal(outcome.hits.length, 0);
});

test('a question ranks pages by its meaningful words, even pages that lack a small word of it', async () => {
  const { engine, queries } = fakeEngine({ refund: ['refund', 'refund', 'get'], other: ['how', 'get'], third: ['how', 'to'], fourth: ['a'] });
  const outcome = await runQuery('how to get a refund', engine, data, 'en');
  assert.deepEqual(queries, ['refund'], 'function words are not searched');
  assert.deepEqual(outcome.hits.map((h) => h.id), ['refund'], 'pages sharing only a small word are not listed');
});

test('when no page holds most of what the query asks, nothing is listed rather than unrelated pages', async () => {
  const { engine } = fakeEngine({ card: ['payment', 'card'], other: ['money'] });
  const outcome = await runQuery('close payment', engine, data, 'en', { correct: false });
  assert.deepEqual(outcome.hits, [], '"close" is in no page, and it is what the query is about');
});

test('a Chinese word found only as scattered characters does not match', async () => {
  // 客 and 服 are separate index words (Pagefind positions); only neighbouring positions make 客服.
  const engine = async (query: string) =>
    query === '客服' ? [{ id: 'together', score: 1, words: [4, 5] }, { id: 'apart', score: 2, words: [4, 30] }] : [];
  const outcome = await runQuery('客服', engine, data, 'zh-cn');
  assert.deepEqual(outcome.hits.map((h) => h.id), ['together']);
});

test('a synonym searches the articles’ word first, then the customer’s word', async () => {
  const { engine, queries } = fakeEngine({ refund: ['refund'], back: ['money', 'back'] });
  const outcome = await runQuery('money back', engine, data, 'en');
  assert.equal(queries[0], 'refund');
  assert.ok(queries.includes('money') && queries.includes('back'));
  assert.deepEqual(outcome.hits.map((h) => h.id).slice(0, 2), ['refund', 'back']);
});

test('a query that finds nothing offers close terms', async () => {
  const { engine } = fakeEngine({});
  assert.deepEqual((await runQuery('paymant', engine, data, 'en')).suggestions, ['payment']);
  assert.deepEqual(suggestTerms('忘了密码', data), ['忘记密码']);
});

test('search data holds the articles’ words, not their markup', () => {
  assert.equal(plainText('See <ArticleLink to="a/b" /> and [this](https://x.example/y).').includes('ArticleLink'), false);
  const built = buildSearchData([{ title: 'Request a refund', keywords: ['money back'], body: '<Callout type="warning">Refund rules</Callout>' }], [], {}, 'en');
  assert.deepEqual(built.vocabulary, { request: 1, refund: 2, money: 1, back: 1, rules: 1 });
  assert.deepEqual(built.terms, ['money back', 'Request a refund']);
  assert.equal(built.pages, 1);
  assert.equal(built.words.refund, 1, 'the word table counts articles, not occurrences');
});

test('a synonym entry without words is rejected with a message naming the fix', () => {
  const parsed = synonymsSchema.safeParse([{ means: '提现', words: [] }]);
  assert.equal(parsed.success, false);
  assert.match(parsed.error!.issues[0]!.message, /at least one word/);
});

test('countWords keeps Latin words of four letters or more', () => {
  assert.deepEqual(countWords(['Log in to OKPay, OKPay!']), { okpay: 2 });
});

test('the Traditional table covers only characters the index uses; a synonym settles 帐/账', async () => {
  const { buildT2sTable } = await import('../../src/lib/search/t2s-table.ts');
  // Built from the articles and the synonym words, as src/data/search.ts does.
  const table = buildT2sTable(['账户冻结 忘记密码', '帐户']);
  assert.equal(toSimplified('忘記密碼', table), '忘记密码');
  const simplified = toSimplified('帳戶凍結', table);
  assert.equal(simplified, '帐户冻结', 'OpenCC maps 帳 to 帐');
  assert.equal(applySynonyms(simplified, [{ means: '账户', words: ['帐户'] }]), '账户冻结');
  assert.equal(table['雲'], undefined, 'characters the index never uses are left out');
});

test('topic counts are those of the query’s results, and each equals what the topic lists', async () => {
  const { facetCounts, inCategory } = await import('../../src/lib/search/facets.ts');
  const results = [{ category: 'Payments' }, { category: 'Security' }, { category: 'Payments' }, {}];
  const counts = facetCounts(results);
  assert.deepEqual(counts, [['Payments', 2], ['Security', 1]]);
  for (const [name, count] of counts) assert.equal(inCategory(results, name).length, count);
  assert.equal(inCategory(results, '').length, 4);
});
