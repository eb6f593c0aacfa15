import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineSiteConfig, type SiteConfigInput } from '../../src/schemas/site.ts';

const valid: SiteConfigInput = {
  name: { 'zh-cn': '帮助中心', en: 'Help Center' },
  url: 'https://help.okpay.example',
  locales: [
    { code: 'zh-cn', lang: 'zh-CN', label: '简体中文', ogLocale: 'zh_CN' },
    { code: 'en', lang: 'en', label: 'English', ogLocale: 'en_US' },
  ],
  defaultLocale: 'zh-cn',
};

test('a valid configuration gets its defaults', () => {
  const config = defineSiteConfig(valid);
  assert.equal(config.base, '/');
  assert.equal(config.contentDir, 'content');
  assert.equal(config.feedbackEndpoint, undefined);
});

test('every problem is named by its field with a fix', () => {
  assert.throws(
    () => defineSiteConfig({ ...valid, url: 'help.okpay.example', base: 'help', defaultLocale: 'fr', name: { en: 'Help' } }),
    (error: Error) => {
      assert.match(error.message, /^src\/site\.config\.ts is invalid:/);
      assert.match(error.message, /url: Use an absolute URL/);
      assert.match(error.message, /base: base is a path that starts and ends with "\/"/);
      assert.match(error.message, /defaultLocale: defaultLocale "fr" is not one of the locales \(zh-cn, en\)/);
      assert.match(error.message, /name\.zh-cn: Give the site a name for locale "zh-cn"/);
      return true;
    },
  );
});

test('the feedback endpoint is a path on this site or an absolute URL, nothing else', () => {
  assert.equal(defineSiteConfig({ ...valid, feedbackEndpoint: '/api/feedback' }).feedbackEndpoint, '/api/feedback');
  assert.equal(defineSiteConfig({ ...valid, feedbackEndpoint: 'https://votes.okpay.example/v1' }).feedbackEndpoint, 'https://votes.okpay.example/v1');
  for (const endpoint of ['api/feedback', '//evil.example/x', 'ftp://okpay.example/']) {
    assert.throws(() => defineSiteConfig({ ...valid, feedbackEndpoint: endpoint }), /feedbackEndpoint: feedbackEndpoint is a path on this site such as "\/api\/feedback"/, endpoint);
  }
});

test('the root page fallback must be one of the locales', () => {
  assert.equal(defineSiteConfig({ ...valid, fallbackLocale: 'en' }).fallbackLocale, 'en');
  assert.throws(() => defineSiteConfig({ ...valid, fallbackLocale: 'fr' }), /fallbackLocale: fallbackLocale "fr" is not one of the locales \(zh-cn, en\)/);
});
