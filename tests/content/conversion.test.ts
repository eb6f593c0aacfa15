import { test } from 'node:test';
import assert from 'node:assert/strict';
import site from '../../src/site.config.ts';
import { conversionRule } from '../../src/lib/content-checks/conversion.ts';
import { check, fixtureFiles, messagesForFiles } from './fixtures.ts';

const generated = site.locales.filter((l) => l.convertedFrom).map((l) => l.code);
const [hk, tw] = generated as [string, string];

const withFiles = (extra: Record<string, string>) => {
  const files = fixtureFiles('_valid');
  for (const [path, text] of Object.entries(extra)) files.set(path, text);
  return files;
};

test('the valid library passes, with every zh-cn article converted into each generated locale', () => {
  const report = check(fixtureFiles('_valid'));
  assert.deepEqual(report.findings, []);
  for (const code of generated) {
    const article = report.library!.article(code, 'payments/pay')!;
    assert.equal(article.title, '使用 OKPay 付款', code);
    assert.equal(article.convertedFrom, 'zh-cn');
    assert.equal(article.file, 'content/zh-cn/payments/pay.mdx', 'a generated article names its source, the file an editor changes');
  }
});

test('a phrase-table entry that no source text uses is reported on its line, with the fix', () => {
  const messages = messagesForFiles(
    withFiles({ [`conversion/${tw}.yaml`]: '- simplified: 结账\n  traditional: 結帳\n- simplified: 网上银行\n  traditional: 網路銀行\n' }),
    [conversionRule],
  );
  assert.deepEqual(messages, [
    `error: content/conversion/${tw}.yaml:3: 2.simplified: no zh-cn article or data text says 网上银行 (where a longer entry matches, it wins), so this entry changes nothing. Fix: remove the entry, or correct the term to the words the zh-cn texts use.`,
  ]);
});

test('a Simplified character left in a generated article is reported on the source line, naming the generated file and the fix', () => {
  // A phrase fix typed in Simplified by mistake.
  const messages = messagesForFiles(withFiles({ [`conversion/${hk}.yaml`]: '- simplified: 余额\n  traditional: 余额\n' }), [conversionRule]);
  assert.deepEqual(messages, [
    `error: content/zh-cn/payments/pay.mdx:20: body: the ${hk} version (converted from this file) still has the Simplified character 额 in 「先檢查余额」. Fix: add the term to content/conversion/${hk}.yaml (simplified: the zh-cn term, traditional: what ${hk} readers write), or write the ${hk} version yourself under content/${hk}/payments/pay.mdx; OpenCC alone writes 「先檢查餘額」.`,
  ]);
});

test('an article an editor wrote for a generated locale must be in Traditional characters', () => {
  const text = '---\ntitle: 使用 OKPay 付款\ndescription: 在商家結帳頁面選擇 OKPay，核對金額後確认付款即可。\nupdated: 2026-11-01\n---\n\n在結帳頁面選擇 OKPay 並確認。\n';
  const messages = messagesForFiles(withFiles({ [`${tw}/payments/pay.mdx`]: text }), [conversionRule]);
  assert.deepEqual(messages, [
    `error: content/${tw}/payments/pay.mdx:3: description: 「核對金額後確认付款即可」 has the Simplified character 认; ${tw} pages are in Traditional Chinese. Fix: write it in Traditional characters, e.g. 「核對金額後確認付款即可」.`,
  ]);
  const library = check(withFiles({ [`${tw}/payments/pay.mdx`]: text })).library!;
  assert.equal(library.article(tw, 'payments/pay')!.convertedFrom, undefined, 'the editor\'s file replaces the generated one');
  assert.equal(library.article(hk, 'payments/pay')!.convertedFrom, 'zh-cn');
});

test('generated data texts are checked too: a Simplified character an editor typed for a generated locale is reported on its line', () => {
  const files = fixtureFiles('_valid');
  const categories = files.get('categories.yaml')!;
  const [first] = /^\s+zh-cn: .*$/m.exec(categories)!;
  files.set('categories.yaml', categories.replace(first, `${first}\n${first.replace('zh-cn', tw).replace(/: .*/, ': 付款与退款')}`));
  const messages = messagesForFiles(files, [conversionRule]);
  assert.equal(messages.length, 1, messages.join('\n'));
  assert.match(messages[0]!, new RegExp(`^error: content/categories\\.yaml:\\d+: 0\\.name\\.${tw}: the generated ${tw} text still has the Simplified character 与 in 「付款与退款」\\.`));
});
