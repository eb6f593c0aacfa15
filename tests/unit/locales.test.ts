import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultFirst, preferredLocale, rootLocale } from '../../src/lib/locales.ts';

const locales = [
  { code: 'zh-cn', lang: 'zh-CN' },
  { code: 'en', lang: 'en' },
];

test('an exact language tag picks its locale', () => {
  assert.equal(preferredLocale(['en'], locales, 'zh-cn'), 'en');
  assert.equal(preferredLocale(['zh-CN', 'en'], locales, 'en'), 'zh-cn');
});

test('a regional variant falls back to the same language', () => {
  assert.equal(preferredLocale(['en-GB'], locales, 'zh-cn'), 'en');
  assert.equal(preferredLocale(['zh-TW'], locales, 'en'), 'zh-cn');
  assert.equal(preferredLocale(['zh-Hant-HK'], locales, 'en'), 'zh-cn');
});

test('with Traditional locales published, a Chinese tag picks the same script, then the same region', () => {
  const chinese = [
    { code: 'zh-cn', lang: 'zh-CN' },
    { code: 'en', lang: 'en' },
    { code: 'zh-hk', lang: 'zh-Hant-HK' },
    { code: 'zh-tw', lang: 'zh-Hant-TW' },
  ];
  assert.equal(preferredLocale(['zh-TW'], chinese, 'en'), 'zh-tw');
  assert.equal(preferredLocale(['zh-HK'], chinese, 'en'), 'zh-hk');
  assert.equal(preferredLocale(['zh-Hant-TW'], chinese, 'en'), 'zh-tw');
  assert.equal(preferredLocale(['zh-MO'], chinese, 'en'), 'zh-hk', 'Macao reads Traditional: the first Traditional locale');
  assert.equal(preferredLocale(['zh-Hant'], chinese, 'en'), 'zh-hk');
  assert.equal(preferredLocale(['zh-SG'], chinese, 'en'), 'zh-cn', 'Singapore reads Simplified');
  assert.equal(preferredLocale(['zh'], chinese, 'en'), 'zh-cn');
  assert.equal(preferredLocale(['zh-Hans-HK'], chinese, 'en'), 'zh-cn', 'an explicit script wins over the region');
});

test('the first preference that we publish wins', () => {
  assert.equal(preferredLocale(['fr-FR', 'en-US', 'zh-CN'], locales, 'zh-cn'), 'en');
});

test('no preference we publish falls back to the default locale', () => {
  assert.equal(preferredLocale(['fr', 'de'], locales, 'zh-cn'), 'zh-cn');
  assert.equal(preferredLocale([], locales, 'zh-cn'), 'zh-cn');
});

test('the root page prefers the language picked on the chooser, while it is still published', () => {
  const ours = [
    { code: 'zh-cn', lang: 'zh-CN' },
    { code: 'en', lang: 'en' },
  ];
  assert.equal(rootLocale('zh-cn', ['en-US'], ours, 'en'), 'zh-cn');
  assert.equal(rootLocale('fr', ['zh-TW'], ours, 'en'), 'zh-cn', 'a choice that is no longer published is ignored');
  assert.equal(rootLocale(null, ['fr-FR', 'ja'], ours, 'en'), 'en', 'neither Chinese nor English: the fallback');
});

test('the default locale leads, the others keep their configured order', () => {
  assert.deepEqual(defaultFirst(['en', 'zh-cn', 'zh-tw'], 'zh-cn'), ['zh-cn', 'en', 'zh-tw']);
  assert.deepEqual(defaultFirst(['zh-cn', 'en'], 'zh-cn'), ['zh-cn', 'en']);
});
