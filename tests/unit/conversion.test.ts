import { test } from 'node:test';
import assert from 'node:assert/strict';
import site from '../../src/site.config.ts';
import { defineSiteConfig } from '../../src/schemas/site.ts';
import {
  convertedArticles,
  convertedSynonyms,
  convertersOf,
  createConverter,
  phraseUses,
  traditionalQuotes,
  withConvertedLocales,
  type Conversion,
} from '../../src/lib/conversion/convert.ts';
import { findSimplified, simplifiedOnlyCharacters } from '../../src/lib/conversion/residue.ts';
import { stopwordsFor } from '../../src/lib/search/stopwords.ts';

const hk: Conversion = { locale: 'zh-hk', from: 'zh-cn', variant: 'hk', phrases: [{ simplified: '账户', traditional: '賬戶' }, { simplified: '户', traditional: '戶' }] };
const tw: Conversion = { locale: 'zh-tw', from: 'zh-cn', variant: 'twp', phrases: [{ simplified: '账', traditional: '帳' }, { simplified: '账户', traditional: '帳戶' }] };
const converters = convertersOf([hk, tw]);
const toHk = converters.get('zh-hk')!;
const toTw = converters.get('zh-tw')!;

test('OpenCC converts phrase by phrase for each region: 软件 is 軟件 in Hong Kong and 軟體 in Taiwan', () => {
  assert.equal(createConverter('hk', [])('软件和网络'), '軟件和網絡');
  assert.equal(createConverter('twp', [])('软件和网络'), '軟體和網路');
});

test('the phrase table wins over OpenCC, longest term first, and OpenCC never re-converts what it wrote', () => {
  // OpenCC alone writes the Hong Kong variant 賬户 and the mainland Traditional 賬戶 for Taiwan.
  assert.equal(createConverter('hk', [])('账户'), '賬户');
  assert.equal(toHk('账户和客户'), '賬戶和客戶');
  assert.equal(toTw('账户、账号和转账'), '帳戶、帳號和轉帳');
});

test('MDX syntax, ids and URLs pass unchanged; curly quotes become corner brackets', () => {
  const source = '<ArticleLink to="payments/request-refund" /> 打开“提现”，见 [说明](/zh-cn/a/b/)。';
  assert.equal(toHk(source), '<ArticleLink to="payments/request-refund" /> 打開「提現」，見 [説明](/zh-cn/a/b/)。');
  assert.equal(traditionalQuotes('‘甲’和“乙”'), '『甲』和「乙」');
});

test('phrase uses are counted as the converter applies them: a longer term takes its text from a shorter one', () => {
  const uses = phraseUses(tw.phrases, ['账户里的账单', '账户']);
  assert.equal(uses.get('账户'), 2);
  assert.equal(uses.get('账'), 1);
  assert.equal(phraseUses([{ simplified: '网上银行', traditional: '網路銀行' }], ['网银']).get('网上银行'), 0);
});

test('per-locale records in content data gain the generated locales; what an editor wrote is kept', () => {
  const codes = ['zh-cn', 'en', 'zh-hk', 'zh-tw'];
  const data = [
    { id: 'account', name: { 'zh-cn': '账户设置', en: 'Account settings' }, nested: { text: { 'zh-cn': '软件', en: 'App', 'zh-tw': '應用程式' } } },
    { id: 'plain', value: '软件', list: ['软件'] },
  ];
  const filled = withConvertedLocales(data, codes, [hk, tw], converters);
  assert.deepEqual(filled[0]!.name, { 'zh-cn': '账户设置', en: 'Account settings', 'zh-hk': '賬戶設置', 'zh-tw': '帳戶設定' });
  assert.deepEqual(filled[0]!.nested.text, { 'zh-cn': '软件', en: 'App', 'zh-tw': '應用程式', 'zh-hk': '軟件' });
  assert.deepEqual(filled[1], { id: 'plain', value: '软件', list: ['软件'] }, 'text outside a per-locale record is not touched');
});

test('every source article gets a converted copy per generated locale, unless an editor wrote that locale\'s file', () => {
  const files = new Map([
    ['zh-cn/payments/pay.mdx', '---\ntitle: 付款\n---\n\n软件'],
    ['zh-cn/payments/refund.mdx', '---\ntitle: 退款\n---\n'],
    ['en/payments/pay.mdx', '---\ntitle: Pay\n---\n'],
    ['zh-tw/payments/refund.md', '---\ntitle: 退款（臺灣）\n---\n'],
    ['categories.yaml', '- id: payments'],
  ]);
  const out = convertedArticles(files, [hk, tw], converters);
  assert.deepEqual([...out.keys()].sort(), ['zh-hk/payments/pay.mdx', 'zh-hk/payments/refund.mdx', 'zh-tw/payments/pay.mdx']);
  assert.deepEqual(out.get('zh-tw/payments/pay.mdx'), { text: '---\ntitle: 付款\n---\n\n軟體', source: 'zh-cn/payments/pay.mdx' });
});

test('Simplified-only characters are found with their line; characters Traditional writes too are not', () => {
  assert.deepEqual(findSimplified('標題\n这里发生了', 'hk'), [
    { char: '这', line: 2, word: '这里发生了' },
    { char: '发', line: 2, word: '这里发生了' },
  ]);
  // 若干, 皇后, 公里, 台灣, 麵包: Traditional writes 干 后 里 台 面 too.
  assert.deepEqual(findSimplified('若干、皇后、公里、台灣、麵包和表面', 'twp'), []);
  // 户 is Hong Kong's form of 戶, and Simplified anywhere else.
  assert.equal(simplifiedOnlyCharacters('hk').has('户'), false);
  assert.equal(simplifiedOnlyCharacters('twp').has('户'), true);
});

test('the converted library reads as Traditional: OpenCC\'s output of typical help text leaves no Simplified-only character', () => {
  const text = '账户被冻结后，请通过在线客服联系我们。提现一般需要 1 到 3 个工作日到账；这里显示的余额是可用余额。';
  for (const [locale, convert] of converters) {
    const variant = locale === 'zh-hk' ? 'hk' : 'twp';
    assert.deepEqual(findSimplified(convert(text), variant), [], locale);
  }
});

test('search synonyms of a generated locale are its source\'s, converted, plus OpenCC\'s word for each phrase fix', () => {
  const synonyms = convertedSynonyms([{ means: '账户', words: ['帐户', '帐号'] }], tw, toTw);
  assert.deepEqual(synonyms, [
    { means: '帳戶', words: ['帳戶', '帳號'] },
    { means: '帳', words: ['賬'] },
    { means: '帳戶', words: ['賬戶'] },
  ]);
});

test('the Traditional stop words are the zh-cn ones in Hong Kong and Taiwan Traditional', () => {
  const expected = new Set<string>();
  for (const convert of [createConverter('hk', []), createConverter('twp', [])]) for (const word of stopwordsFor('zh-cn').listed) expected.add(convert(word));
  for (const { code, convertedFrom } of site.locales) if (convertedFrom) assert.deepEqual(stopwordsFor(code).listed, expected, code);
});

test('a generated locale must come from a written one', () => {
  const config = {
    name: { 'zh-cn': '帮助中心', 'zh-hk': '幫助中心', 'zh-tw': '幫助中心' },
    url: 'https://help.okpay.example',
    locales: [
      { code: 'zh-cn', lang: 'zh-CN', label: '简体中文', ogLocale: 'zh_CN' },
      { code: 'zh-hk', lang: 'zh-Hant-HK', label: '繁體中文（香港）', ogLocale: 'zh_HK', convertedFrom: { locale: 'zh-tw', variant: 'hk' as const } },
      { code: 'zh-tw', lang: 'zh-Hant-TW', label: '繁體中文（台灣）', ogLocale: 'zh_TW', convertedFrom: { locale: 'zh-cn', variant: 'twp' as const } },
    ],
    defaultLocale: 'zh-cn',
  };
  assert.throws(() => defineSiteConfig(config), /locales\.1\.convertedFrom\.locale: "zh-hk" is converted from "zh-tw", which is not a written locale; name one of: zh-cn\./);
});
