import { en, type MessageKey, type Messages } from './en.ts';
import { zhCn } from './zh-cn.ts';
import { formatMessage, type MessageVars } from '../lib/message-format.ts';

/** UI strings per locale code; every configured locale needs an entry (checked at build). */
export const dictionaries: Record<string, Messages> = { 'zh-cn': zhCn, en };

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
