-- "Was this article helpful?" votes. Deliberately nothing about the reader: no address, no
-- cookie, no user agent, and the time only to the minute. Values are checked before they get
-- here (src/lib/feedback/vote.ts), so adding a reason needs no migration.
CREATE TABLE votes (
  id INTEGER PRIMARY KEY,
  locale TEXT NOT NULL,
  article TEXT NOT NULL,
  vote TEXT NOT NULL,
  reason TEXT,
  -- Unix time in minutes (seconds / 60, rounded down).
  minute INTEGER NOT NULL
);

-- The per-article, per-minute cap counts with it; the report groups by article.
CREATE INDEX votes_by_article ON votes (locale, article, minute);
