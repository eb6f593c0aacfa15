import { z } from 'zod';
import { variants } from '../lib/conversion/variants.ts';

/**
 * The site configuration contract. `src/site.config.ts` holds the values; everything else
 * (Astro config, layouts, sitemap, search, tests) reads them from there, never repeats them.
 */

const localeCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, {
    error: 'A locale code is the lower-case URL segment, e.g. "zh-cn" or "en".',
  });

export const localeSchema = z
  .object({
    code: localeCode.describe('URL segment of the locale, e.g. "zh-cn" for /zh-cn/…'),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
        error: 'lang is a BCP 47 tag as used in <html lang>, e.g. "zh-CN" or "en".',
      })
      .describe('BCP 47 language tag written to <html lang> and hreflang, e.g. "zh-CN".'),
    label: z.string().min(1).describe('Name of the language in itself, shown in the language switcher.'),
    ogLocale: z
      .string()
      .regex(/^[a-z]{2}_[A-Z]{2}$/, { error: 'ogLocale looks like "zh_CN" or "en_US".' })
      .describe('Open Graph locale, e.g. "zh_CN".'),
    descriptionLength: z
      .object({
        min: z
          .int({ error: 'descriptionLength.min is a whole number of characters, e.g. 50.' })
          .min(1, { error: 'descriptionLength.min must be at least 1.' }),
        max: z
          .int({ error: 'descriptionLength.max is a whole number of characters, e.g. 160.' })
          .min(1, { error: 'descriptionLength.max must be at least 1.' }),
      })
      .refine((range) => range.min <= range.max, {
        error: 'descriptionLength.min is larger than descriptionLength.max: swap them.',
      })
      .default({ min: 50, max: 160 })
      .describe(
        'Allowed length of an article description in this language, in characters (npm run check:content enforces it). Chinese packs more meaning into a character, so it needs a shorter range than English.',
      ),
    convertedFrom: z
      .object({
        locale: localeCode.describe('The locale whose texts are converted, e.g. "zh-cn".'),
        variant: z
          .enum(variants, { error: 'variant is the OpenCC target: "hk" (Hong Kong), "tw" (Taiwan characters) or "twp" (Taiwan with Taiwanese phrases).' })
          .describe('OpenCC target of the phrase-level conversion: "hk", "tw" or "twp" (Taiwan, with Taiwanese phrases such as 軟體 for 软件).'),
      })
      .strict()
      .optional()
      .describe(
        'Set on a locale generated at build time from another by OpenCC (Simplified → Traditional Chinese). Its articles, category names, contact data and UI strings are converted from that locale; an editor overrides an article by writing it under content/<code>/, and content/conversion/<code>.yaml fixes terms the converter gets wrong.',
      ),
  })
  .describe('One language the help center is published in.');

export type LocaleConfig = z.infer<typeof localeSchema>;

const absoluteHttpsUrl = z.url({
  protocol: /^https?$/,
  error: 'Use an absolute URL such as "https://help.okpay.example".',
});

export const siteConfigSchema = z
  .object({
    name: z
      .record(z.string(), z.string().min(1))
      .describe('Site name per locale code, used in titles, the header and structured data.'),
    url: absoluteHttpsUrl
      .describe('Production origin, used for canonical URLs, sitemaps and JSON-LD. Env: SITE_URL.'),
    base: z
      .string()
      .regex(/^\/([^/?#]+\/)*$/, {
        error: 'base is a path that starts and ends with "/", e.g. "/" or "/help/". Env: BASE_PATH.',
      })
      .default('/')
      .describe('Path the site is served under. Env: BASE_PATH.'),
    locales: z
      .array(localeSchema)
      .min(1, { error: 'Configure at least one locale.' })
      .describe('Published languages, in the order the language switcher lists them.'),
    defaultLocale: localeCode.describe('Locale whose articles are the source for translations.'),
    fallbackLocale: localeCode
      .optional()
      .describe(
        'Where the root page sends a browser whose languages match none of the locales (a French or Japanese reader). Unset: defaultLocale.',
      ),
    contentDir: z
      .string()
      .min(1)
      .default('content')
      .describe('Folder with articles and content data, relative to the project root. Env: HELP_CONTENT_DIR.'),
    editUrl: absoluteHttpsUrl
      .optional()
      .describe('Base URL for "Edit this page" links; the article path inside contentDir is appended. Unset hides the link.'),
    production: z
      .boolean({ error: 'production is true or false. Env: OKPAY_PRODUCTION=1.' })
      .default(false)
      .describe(
        'A production build: refuses every example value (site URL, edit URL, feedback endpoint, contact data, placeholder facts); check:content with the same variable lists them. Env: OKPAY_PRODUCTION=1.',
      ),
    feedbackEndpoint: z
      .union([z.string().regex(/^\/[^/]/), absoluteHttpsUrl], {
        error: 'feedbackEndpoint is a path on this site such as "/api/feedback" (the Pages Function in functions/) or an absolute URL. Env: FEEDBACK_ENDPOINT.',
      })
      .optional()
      .describe(
        'Where "Was this article helpful?" votes are sent with sendBeacon: "/api/feedback" for the function that ships with the site (docs/deploy.md), or another origin. Unset: the widget is not shown. Env: FEEDBACK_ENDPOINT.',
      ),
  })
  .superRefine((config, ctx) => {
    const codes = config.locales.map((l) => l.code);
    if (new Set(codes).size !== codes.length) {
      ctx.addIssue({ code: 'custom', path: ['locales'], message: `Locale codes must be unique; got ${codes.join(', ')}.` });
    }
    if (!codes.includes(config.defaultLocale)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultLocale'],
        message: `defaultLocale "${config.defaultLocale}" is not one of the locales (${codes.join(', ')}).`,
      });
    }
    if (config.fallbackLocale !== undefined && !codes.includes(config.fallbackLocale)) {
      ctx.addIssue({
        code: 'custom',
        path: ['fallbackLocale'],
        message: `fallbackLocale "${config.fallbackLocale}" is not one of the locales (${codes.join(', ')}).`,
      });
    }
    for (const [index, locale] of config.locales.entries()) {
      const from = locale.convertedFrom?.locale;
      if (from === undefined) continue;
      const source = config.locales.find((l) => l.code === from);
      if (!source || source.convertedFrom) {
        ctx.addIssue({
          code: 'custom',
          path: ['locales', index, 'convertedFrom', 'locale'],
          message: `"${locale.code}" is converted from "${from}", which is not a written locale; name one of: ${config.locales.filter((l) => !l.convertedFrom).map((l) => l.code).join(', ')}.`,
        });
      }
    }
    for (const code of codes) {
      if (!config.name[code]) {
        ctx.addIssue({ code: 'custom', path: ['name', code], message: `Give the site a name for locale "${code}".` });
      }
    }
  });

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Validates the site configuration and fails with every problem listed, field by field. */
export function defineSiteConfig(input: SiteConfigInput): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`src/site.config.ts is invalid:\n${problems.join('\n')}`);
  }
  return result.data;
}
