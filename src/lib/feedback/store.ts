import type { Vote } from './vote.ts';

/**
 * How the function writes a vote to D1 (schema: functions/migrations/). One statement, so the
 * cap holds even when several isolates insert at the same moment: a vote is stored only while
 * its article has fewer than `cap` votes in that locale and minute. This is the global limit
 * (per-isolate limits cannot see each other); it keeps a flood from burying an article's real
 * votes for long, at the price that a flood can fill one article's quota for that minute.
 */
export const insertVoteSql = `INSERT INTO votes (locale, article, vote, reason, minute)
SELECT ?1, ?2, ?3, ?4, ?5
WHERE (SELECT COUNT(*) FROM votes WHERE locale = ?1 AND article = ?2 AND minute = ?5) < ?6`;

/** Stored votes per article, locale and minute. */
export const votesPerArticleMinute = 30;

/** The values for {@link insertVoteSql}; time is kept to the minute only. */
export function insertVoteParams(vote: Vote, now: number, cap = votesPerArticleMinute): [string, string, string, string | null, number, number] {
  return [vote.locale, vote.article, vote.vote, vote.reason, Math.floor(now / 60_000), cap];
}
