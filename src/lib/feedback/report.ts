import type { FeedbackVote } from './vote.ts';

/** One row of `SELECT locale, article, vote, reason, COUNT(*) AS votes … GROUP BY …`. */
export interface VoteCount {
  locale: string;
  article: string;
  vote: FeedbackVote;
  reason: string | null;
  votes: number;
}

export interface ArticleScore {
  locale: string;
  article: string;
  votes: number;
  no: number;
  /** no / votes, 0…1. */
  noShare: number;
  /** Reasons given with "no", most frequent first. */
  reasons: { reason: string; votes: number }[];
}

/**
 * Articles in the order editors should fix them: the highest share of "no" first; on a tie, the
 * one more readers voted on. `minVotes` leaves out articles with too few votes to judge.
 */
export function scoreArticles(rows: readonly VoteCount[], minVotes = 1): ArticleScore[] {
  const byArticle = new Map<string, ArticleScore>();
  for (const row of rows) {
    const id = `${row.locale}/${row.article}`;
    const score = byArticle.get(id) ?? { locale: row.locale, article: row.article, votes: 0, no: 0, noShare: 0, reasons: [] };
    byArticle.set(id, score);
    score.votes += row.votes;
    if (row.vote !== 'no') continue;
    score.no += row.votes;
    if (row.reason === null) continue;
    const reason = score.reasons.find((r) => r.reason === row.reason);
    if (reason) reason.votes += row.votes;
    else score.reasons.push({ reason: row.reason, votes: row.votes });
  }
  const scores = [...byArticle.values()].filter((s) => s.votes >= minVotes);
  for (const s of scores) {
    s.noShare = s.no / s.votes;
    s.reasons.sort((a, b) => b.votes - a.votes || a.reason.localeCompare(b.reason));
  }
  return scores.sort((a, b) => b.noShare - a.noShare || b.votes - a.votes || `${a.locale}/${a.article}`.localeCompare(`${b.locale}/${b.article}`));
}

/** A plain-text table for the terminal, one article per line. */
export function formatReport(scores: readonly ArticleScore[]): string {
  if (!scores.length) return 'No votes yet.\n';
  const rows = scores.map((s) => [
    `${s.locale}/${s.article}`,
    String(s.votes),
    `${Math.round(s.noShare * 100)}%`,
    s.reasons.slice(0, 3).map((r) => `${r.reason} (${r.votes})`).join(', ') || '-',
  ]);
  const header = ['article', 'votes', 'no', 'top reasons'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
