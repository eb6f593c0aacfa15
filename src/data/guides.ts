import { getCollection } from 'astro:content';
import site from '../site.config.ts';
import { contentPrefix } from './page.ts';
import type { Guide } from '../schemas/guide.ts';
import type { Notice } from '../schemas/notice.ts';
import { ContentError } from '../lib/content-error.ts';
import { guideProblems } from '../lib/guides/check.ts';
import { noticeProblems } from '../lib/notices/notices.ts';
import { getLibrary } from './library.ts';
import { getContact } from './contact.ts';
import { getFacts } from './facts.ts';

export interface HelpGuide extends Guide {
  id: string;
}

/** Fails the build with every problem at once, each naming its file, field and fix. */
function fail(problems: ContentError[]): void {
  if (problems.length) throw new Error(`The help content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
}

async function loadGuides(): Promise<HelpGuide[]> {
  const [entries, library, contact, facts, categories] = await Promise.all([
    getCollection('guides'),
    getLibrary(),
    getContact(),
    getFacts(),
    getCollection('categories'),
  ]);
  const context = {
    articles: new Map(site.locales.map((l) => [l.code, new Set(library.articles(l.code).map((a) => a.key))])),
    channels: contact.channels.map((c) => c.id),
    categories: categories.map((c) => c.data.id),
    facts: [...facts.keys()],
  };
  const guides = entries.map((e) => ({ id: e.id, ...e.data }));
  fail(
    guides.flatMap((guide) =>
      guideProblems(guide, context).map((p) => new ContentError(`${contentPrefix}guides/${guide.id}.yaml`, p.path.join('.'), p.problem, p.fix)),
    ),
  );
  return guides.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

async function loadNotices(): Promise<Notice[]> {
  const [entries, contact, categories] = await Promise.all([getCollection('notices'), getContact(), getCollection('categories')]);
  const notices = entries.map((e) => e.data);
  const context = {
    categories: categories.map((c) => c.data.id),
    channels: contact.channels.map((c) => c.id),
    regions: contact.regions.map((r) => r.id),
  };
  fail(noticeProblems(notices, context).map((p) => new ContentError(`${contentPrefix}notices.yaml`, `notice ${p.index + 1} (${notices[p.index]?.id}).${p.field}`, p.problem, p.fix)));
  return notices;
}

let guides: Promise<HelpGuide[]> | undefined;
let notices: Promise<Notice[]> | undefined;

/** The validated troubleshooters, in order; read once per build. */
export function getGuides(): Promise<HelpGuide[]> {
  guides ??= loadGuides();
  return guides;
}

/** The validated service notices; read once per build. */
export function getNotices(): Promise<Notice[]> {
  notices ??= loadNotices();
  return notices;
}
