import { z } from 'zod';
import { slugPattern } from '../lib/routes.ts';
import { noticeSeverities } from '../lib/notices/notices.ts';
import { localizedText } from './localized.ts';

/**
 * One entry of `content/notices.yaml`: a service notice (an outage, maintenance, busy phone
 * lines). Pages show it from `start` to `end`, judged by the reader's clock, so it disappears
 * on time without a rebuild. Cross-checks (end after start, known categories, channels and
 * regions) are in src/lib/notices/notices.ts.
 */
const time = (field: string) => {
  const error = `${field} is a date and time with its time zone, e.g. "2026-12-06T01:00:00+08:00" or "2026-12-05T17:00:00Z": quote it.`;
  return z
    .union([z.iso.datetime({ offset: true, error }), z.date({ error })], { error })
    .transform((value) => (value instanceof Date ? value : new Date(value)))
    .describe(`When the notice ${field === 'start' ? 'starts' : 'ends'} showing: ISO 8601 with a zone offset.`);
};

const ids = (what: string, example: string) =>
  z
    .array(z.string().regex(slugPattern, { error: `Each entry is a ${what} id, e.g. ${example}.` }), {
      error: `a list of ${what} ids, e.g. [${example}]; [] or leave it out for none.`,
    })
    .default([]);

export function noticeSchema(localeCodes: readonly string[]) {
  return z
    .object({
      id: z
        .string({ error: 'Give the notice an id: lower-case words joined by hyphens, e.g. withdrawals-maintenance-2026-12.' })
        .regex(slugPattern, { error: 'A notice id is lower-case words joined by hyphens, e.g. withdrawals-maintenance-2026-12.' })
        .describe('Stable id: the feed entry and the page element use it. Never reuse one.'),
      severity: z
        .enum(noticeSeverities, { error: `severity is one of: ${noticeSeverities.join(', ')}.` })
        .default('info')
        .describe('info (planned work, busy lines), warning (slower or partly unavailable), outage (a service is down).'),
      start: time('start'),
      end: time('end'),
      title: localizedText(localeCodes, 'notice title').describe('What is affected, in a few words, per locale.'),
      body: localizedText(localeCodes, 'notice text').describe('What readers should expect or do, one or two sentences per locale.'),
      categories: ids('category', 'withdrawals').describe(
        'Categories it affects (ids from categories.yaml): shown on those category pages and their articles. Empty: the whole site.',
      ),
      channels: ids('channel', 'phone').describe('Support channels it affects (ids from contact.yaml): shown on the contact page.'),
      regions: ids('region', 'uk').describe('Regions it affects (ids from contact.yaml). Empty: every region.'),
    })
    .strict();
}

export function noticesSchema(localeCodes: readonly string[]) {
  return z.array(noticeSchema(localeCodes), { error: 'notices.yaml is a list of notices, each starting with "- id:".' });
}

export type Notice = z.output<ReturnType<typeof noticeSchema>>;
