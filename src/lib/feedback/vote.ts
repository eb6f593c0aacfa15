/**
 * What a "Was this article helpful?" vote may contain, checked the same way by the widget's
 * types and by the edge function that stores it (functions/api/feedback.ts). Pure: no runtime
 * APIs, so it runs in Node tests, the browser and workerd alike.
 */

/** Why an article did not help; the widget offers exactly these, in this order. */
export const feedbackReasons = ['incomplete', 'unclear', 'wrong', 'other'] as const;
export type FeedbackReason = (typeof feedbackReasons)[number];

export const feedbackVotes = ['yes', 'no'] as const;
export type FeedbackVote = (typeof feedbackVotes)[number];

/** The body the widget sends. */
export interface Vote {
  /** `<category>/<slug>`, as the article's URL has it. */
  article: string;
  locale: string;
  vote: FeedbackVote;
  /** Only with "no"; null when the reader left without choosing. */
  reason: FeedbackReason | null;
}

/**
 * The articles that show the widget, per locale (keys as in {@link Vote.article}). The build
 * publishes it as /api/articles.json (src/pages/api/articles.json.ts) for the function to read.
 */
export type KnownArticles = Record<string, readonly string[]>;

/**
 * A vote is four short fields; anything near this size is not one. 512 bytes leave room for a
 * long slug while refusing pasted text before it is parsed.
 */
export const maxVoteBytes = 512;

export type VoteCheck = { ok: true; vote: Vote } | { ok: false; status: 400 | 413; error: string };

const fields = ['article', 'locale', 'vote', 'reason'] as const;

/**
 * Parses and checks a request body. Only a known article in a known locale, "yes" or "no", and
 * for "no" an optional reason from the fixed list pass; the error says which field failed.
 * `bytes` is the body's size in bytes (a Content-Length cannot be trusted).
 */
export function checkVote(body: string, bytes: number, known: KnownArticles): VoteCheck {
  if (bytes > maxVoteBytes) return { ok: false, status: 413, error: `A vote is at most ${maxVoteBytes} bytes; this body has ${bytes}.` };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return bad('The body is not JSON: send {"article", "locale", "vote", "reason"}.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return bad('The body is not a JSON object.');
  const record = data as Record<string, unknown>;
  const extra = Object.keys(record).filter((k) => !(fields as readonly string[]).includes(k));
  if (extra.length) return bad(`Unknown field(s): ${extra.join(', ')}. A vote has only ${fields.join(', ')}.`);
  const { article, locale, vote, reason = null } = record;
  if (typeof locale !== 'string' || !Object.hasOwn(known, locale)) {
    return bad(`locale must be one of ${Object.keys(known).join(', ')}.`);
  }
  if (typeof article !== 'string' || !known[locale]!.includes(article)) {
    return bad(`article must be the <category>/<slug> of a published ${locale} article.`);
  }
  if (!isOneOf(vote, feedbackVotes)) return bad('vote must be "yes" or "no".');
  if (reason !== null && !isOneOf(reason, feedbackReasons)) return bad(`reason must be null or one of ${feedbackReasons.join(', ')}.`);
  if (vote === 'yes' && reason !== null) return bad('A "yes" vote has no reason; send reason: null.');
  return { ok: true, vote: { article, locale, vote, reason } };
}

function isOneOf<T extends string>(value: unknown, list: readonly T[]): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function bad(error: string): VoteCheck {
  return { ok: false, status: 400, error };
}

/** The article list the function checks votes against, from every page that shows the widget. */
export function knownArticles(locales: readonly string[], pages: readonly { locale: string; key: string }[]): KnownArticles {
  return Object.fromEntries(
    locales.map((locale) => [locale, [...new Set(pages.filter((p) => p.locale === locale).map((p) => p.key))].sort()]),
  );
}
