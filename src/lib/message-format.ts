/**
 * The one formatter of UI strings, for src/i18n's t() at build time and for the browser
 * scripts: fills {name} placeholders and picks the plural form a locale's grammar needs for
 * {count}. Intl.PluralRules carries the grammar (CLDR), so this stays small enough for every
 * page's scripts.
 */

/**
 * A text per CLDR plural category of the locale: English needs `one` and `other`, Chinese
 * `other` only. Every locale has `other`, which also serves any category left out.
 */
export type PluralMessage = { readonly [category in Intl.LDMLPluralRule]?: string } & { readonly other: string };
export type Message = string | PluralMessage;
export type MessageVars = Readonly<Record<string, string | number>>;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralForm(locale: string, forms: PluralMessage, count: unknown): string {
  if (typeof count !== 'number') throw new Error(`A plural message needs a number for {count}: ${JSON.stringify(forms)}`);
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return forms[rules.select(count)] ?? forms.other;
}

/** Each {name} replaced by its value; one without a value stays as written, so the miss shows on the page. */
export function fill(template: string, vars: MessageVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The message as a reader of `locale` sees it: its plural form for `vars.count`, placeholders filled. */
export function formatMessage(locale: string, message: Message, vars: MessageVars = {}): string {
  return fill(typeof message === 'string' ? message : pluralForm(locale, message, vars.count), vars);
}
