import { en, type MessageKey, type Messages } from './en.ts';
import { zhCn } from './zh-cn.ts';
import { formatMessage, type MessageVars } from '../lib/message-format.ts';
import { convertDeep } from '../lib/conversion/convert.ts';
import { siteConversions } from '../data/conversion.ts';

/** UI strings of the written locales; the generated ones (zh-hk, zh-tw) are converted from them below. */
const written: Record<string, Messages> = { 'zh-cn': zhCn, en };

/**
 * UI strings per locale code; every configured locale needs an entry (checked at build). A
 * generated locale's strings are its source's, converted with its phrase table.
 */
export const dictionaries: Record<string, Messages> = { ...written };
for (const { locale, from } of siteConversions().conversions) {
  const source = written[from];
  if (source) dictionaries[locale] = convertDeep(source, siteConversions().converters.get(locale)!);
}

export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** A locale's messages as written, for scripts that format them in the browser. */
export function messagesOf(locale: string): Messages {
  const messages = dictionaries[locale];
  if (!messages) throw new Error(`src/i18n: no UI strings for locale "${locale}". Add src/i18n/${locale}.ts and register it in src/i18n/index.ts.`);
  return messages;
}

/** Returns the translator for a locale: `t('search.seeAll', { query })`, `t('category.articles', { count })`. */
export function useTranslations(locale: string): Translate {
  const messages = messagesOf(locale);
  return (key, vars) => formatMessage(locale, messages[key], vars);
}

/**
 * Reads a per-locale text from content data (`{ zh-cn: …, en: … }`). Schemas already require
 * every locale, so a miss here means data bypassed validation.
 */
export function localized(text: Readonly<Record<string, string>>, locale: string): string {
  const value = text[locale];
  if (value === undefined) throw new Error(`Missing ${locale} text in ${JSON.stringify(text)}.`);
  return value;
}
