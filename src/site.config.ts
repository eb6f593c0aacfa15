import { defineSiteConfig } from './schemas/site.ts';

/**
 * The one place that describes the site. Values that differ per deployment come from the
 * environment so that the same commit can be built for staging, production or a sub-path.
 */
const env = process.env;

export default defineSiteConfig({
  name: { 'zh-cn': 'OKPay 帮助中心', en: 'OKPay Help Center', 'zh-hk': 'OKPay 幫助中心', 'zh-tw': 'OKPay 說明中心' },
  url: env.SITE_URL ?? 'https://help.okpay.example',
  base: env.BASE_PATH ?? '/',
  locales: [
    { code: 'zh-cn', lang: 'zh-CN', label: '简体中文', ogLocale: 'zh_CN', descriptionLength: { min: 25, max: 80 } },
    { code: 'en', lang: 'en', label: 'English', ogLocale: 'en_US', descriptionLength: { min: 50, max: 160 } },
    // Generated at build time from zh-cn by OpenCC; content/zh-hk/ and content/zh-tw/ hold only
    // articles an editor rewrote, content/conversion/<code>.yaml the terms the converter gets wrong.
    {
      code: 'zh-hk',
      lang: 'zh-Hant-HK',
      label: '繁體中文（香港）',
      ogLocale: 'zh_HK',
      descriptionLength: { min: 25, max: 80 },
      convertedFrom: { locale: 'zh-cn', variant: 'hk' },
    },
    {
      code: 'zh-tw',
      lang: 'zh-Hant-TW',
      label: '繁體中文（台灣）',
      ogLocale: 'zh_TW',
      descriptionLength: { min: 25, max: 80 },
      convertedFrom: { locale: 'zh-cn', variant: 'twp' },
    },
  ],
  defaultLocale: 'zh-cn',
  // Readers whose browser asks for neither Chinese nor English more likely read English.
  fallbackLocale: 'en',
  contentDir: env.HELP_CONTENT_DIR ?? 'content',
  // EDIT_URL='' hides the "Edit this page" link.
  editUrl: env.EDIT_URL === undefined ? 'https://git.okpay.example/okpay/help-center/edit/main/content/' : env.EDIT_URL || undefined,
  production: env.OKPAY_PRODUCTION === '1' || env.OKPAY_PRODUCTION === 'true',
  feedbackEndpoint: env.FEEDBACK_ENDPOINT || undefined,
});
