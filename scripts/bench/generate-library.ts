import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import site from '../../src/site.config.ts';
import { iconNames } from '../../src/lib/icons.ts';
import { fill as fillTemplate } from '../../src/lib/message-format.ts';
import {
  areas,
  bullets,
  callouts,
  contactLines,
  headings,
  menuItems,
  merchantSentence,
  sections,
  seeAlso,
  sentences,
  steps,
  subjects,
  syllables,
  tasks,
  type Pair,
} from './phrases.ts';

/**
 * A synthetic help library for benchmarks: `pages` article pages in total, half per locale,
 * every article translated. Article `i` is the same text at every library size (its category,
 * neighbours and links only depend on `i`), so one article's HTML can be compared across sizes.
 */
export interface LibraryPlan {
  /** Article pages in total across both locales (the figure the targets speak of). */
  pages: number;
  articlesPerLocale: number;
  articlesPerCategory: number;
  categories: number;
}

export const locales = ['zh-cn', 'en'] as const;
export type Locale = (typeof locales)[number];

export function planLibrary(pages: number, articlesPerCategory = 50): LibraryPlan {
  if (!Number.isInteger(pages) || pages < 2 || pages % 2 !== 0) {
    throw new Error(`--articles takes even whole numbers of article pages (half per locale), got ${pages}.`);
  }
  const articlesPerLocale = pages / 2;
  return { pages, articlesPerLocale, articlesPerCategory, categories: Math.ceil(articlesPerLocale / articlesPerCategory) };
}

/** mulberry32: a small deterministic PRNG, so every run generates the same library. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

export interface CategoryPlan {
  id: string;
  order: number;
  icon: string;
  name: Pair;
  description: Pair;
  /** Support channel recommended under its articles, as editors set it in categories.yaml. */
  channel: 'chat' | 'email' | 'phone';
  scamWarning: boolean;
}

export function categoryAt(index: number): CategoryPlan {
  const area = areas[index % areas.length]!;
  const section = sections[Math.floor(index / areas.length) % sections.length]!;
  const round = Math.floor(index / (areas.length * sections.length));
  const suffix = round > 0 ? `-${round + 1}` : '';
  const named = (en: string, zh: string) => ({ en: `${en}${round > 0 ? ` ${round + 1}` : ''}`, zh: `${zh}${round > 0 ? ` ${round + 1}` : ''}` });
  return {
    id: `${area.slug}-${section.slug}${suffix}`,
    order: index + 1,
    icon: iconNames.filter((n) => n !== 'search')[index % (iconNames.length - 1)]!,
    channel: area.slug === 'security' ? 'phone' : ['refunds', 'disputes'].includes(area.slug) ? 'email' : 'chat',
    scamWarning: area.slug === 'security' || section.slug === 'safety',
    name: named(`${area.en}: ${section.en}`, `${area.zh}：${section.zh}`),
    description: {
      en: `Questions about ${area.en.toLowerCase()} (${section.en}): how it works, what it costs and what to do when something goes wrong.`,
      zh: `关于${area.zh}（${section.zh}）的问题：如何操作、费用多少，以及出现问题时怎么办。`,
    },
  };
}

export interface ArticlePlan {
  index: number;
  category: string;
  slug: string;
  key: string;
  /** Position in its category, from 0. */
  position: number;
}

/** Every (task, subject) pair, the titles that need no error code. */
const pairs = tasks.length * subjects.length;

/**
 * The task and subject of article `index`. The first `pairs` articles of the library take every
 * pair once, in a scattered order (263 is prime to `pairs`), so no two share a title; later
 * articles are error-code articles ("Error OK-20700 with a bank card"), whose code is theirs
 * alone. Titles stay unique at every size, as the unique-title content rule requires.
 */
function topic(index: number): { task: (typeof tasks)[number]; subject: (typeof subjects)[number] } {
  const pair = (index * 263 + 17) % pairs;
  const subject = subjects[Math.floor(pair / tasks.length)]!;
  const task = index < pairs ? tasks[pair % tasks.length]! : tasks.find((t) => t.slug === 'error')!;
  return { task, subject };
}

/** The error code of article `index`: no run of digits that starts with a figure of content/facts.yaml ("10"). */
const errorCode = (index: number) => `OK-${20_000 + index}`;

export function articleAt(index: number, plan: LibraryPlan): ArticlePlan {
  const { task, subject } = topic(index);
  const category = categoryAt(Math.floor(index / plan.articlesPerCategory)).id;
  const slug = `${task.slug}-${subject.slug}-${index + 1}`;
  return { index, category, slug, key: `${category}/${slug}`, position: index % plan.articlesPerCategory };
}

/** Other articles of the same category to link to; always ones that exist at this size. */
export function linkTargets(index: number, plan: LibraryPlan, count: number): number[] {
  const start = Math.floor(index / plan.articlesPerCategory) * plan.articlesPerCategory;
  const end = Math.min(start + plan.articlesPerCategory, plan.articlesPerLocale);
  const size = end - start;
  if (size < 2) return [];
  const rand = random(index * 104729 + 7);
  const targets = new Set<number>();
  for (let tries = 0; targets.size < Math.min(count, size - 1) && tries < 50; tries++) {
    const target = start + Math.floor(rand() * size);
    if (target !== index) targets.add(target);
  }
  return [...targets];
}

/** The text choices of article `index`, shared by both locales so they are translations. */
interface Draft {
  task: Pair;
  subject: (typeof subjects)[number];
  other: (typeof subjects)[number];
  menu: Pair;
  code: string;
  merchant: string;
  days: number;
  amount: number;
  intro: Pair[];
  before: Pair;
  bulletList: Pair[];
  how: Pair;
  stepList: Pair[];
  problem: Pair;
  problemText: Pair[];
  timing: Pair;
  timingText: Pair[];
  seeAlso: Pair;
  callout: (typeof callouts)[number];
  help: Pair;
  contact: Pair;
  updated: string;
}

function sample<T>(rand: () => number, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return out;
}

function draft(index: number): Draft {
  const rand = random(index * 7919 + 1);
  const { task, subject } = topic(index);
  const others = subjects.filter((x) => x !== subject);
  // One draw for all paragraphs, so no sentence repeats within an article.
  const prose = sample(rand, sentences, 12);
  return {
    task,
    subject,
    other: pick(rand, others),
    menu: pick(rand, menuItems),
    code: errorCode(index),
    merchant: capitalize(Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(rand, syllables)).join('')),
    days: 1 + Math.floor(rand() * 7),
    // From 1,100: a figure starting with 10 (100, 1000) reads as the fact backup-code-count.
    amount: (11 + Math.floor(rand() * 40)) * 100,
    intro: prose.slice(0, 3),
    before: pick(rand, headings.before),
    bulletList: sample(rand, bullets, 3 + Math.floor(rand() * 2)),
    how: pick(rand, headings.how),
    // Steps keep the bank's order, which is the order a customer goes through them.
    stepList: [steps[0]!, ...sample(rand, steps.slice(1), 3 + Math.floor(rand() * 4)).sort((a, b) => steps.indexOf(a) - steps.indexOf(b))],
    problem: pick(rand, headings.problem),
    problemText: prose.slice(3, 7),
    timing: pick(rand, headings.timing),
    timingText: prose.slice(7, 12),
    seeAlso: pick(rand, seeAlso),
    callout: pick(rand, callouts),
    help: pick(rand, headings.help),
    contact: pick(rand, contactLines),
    updated: `2026-${String(1 + Math.floor(rand() * 11)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
  };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The channel the text sends the reader to (`<ContactChannel>` in the last section). */
const mentionedChannel = 'email';

/**
 * The "Still need help?" channels: the one the text names first, then the category's own, so the
 * box offers every channel the text sends the reader to (the support content rule).
 */
export function supportChannels(index: number, plan: LibraryPlan): string[] {
  const category = categoryAt(Math.floor(index / plan.articlesPerCategory));
  return [...new Set([mentionedChannel, category.channel])];
}

/** Sentences of the introduction a description may take, most natural first. */
const descriptionChoices = [[0], [1], [2], [0, 1], [1, 2], [0, 2]];

/**
 * The description: the first introduction sentences whose length fits every locale's range
 * (descriptionLength in src/site.config.ts: the description-length content rule). Both locales
 * take the same sentences, so they stay translations.
 */
function description(d: Draft, locale: Locale): string {
  const text = (l: Locale, choice: number[]) => phrasing(d, l).join(choice.map((i) => phrasing(d, l).sentence(d.intro[i]!)));
  const fits = (choice: number[]) =>
    site.locales.every(({ code, descriptionLength: { min, max } }) => {
      const length = [...text(code as Locale, choice)].length;
      return length >= min && length <= max;
    });
  return text(locale, descriptionChoices.find(fits) ?? descriptionChoices[0]!);
}

/** Fills the phrase bank's placeholders with article `d`'s choices in one locale. */
function phrasing(d: Draft, locale: Locale) {
  const en = locale === 'en';
  const lang = en ? 'en' : 'zh';
  const fill = (pair: Pair, extra: Record<string, string> = {}) =>
    fillTemplate(pair[lang], {
      s: d.subject[lang],
      t: d.other[lang],
      f: d.menu[lang],
      n: String(d.days),
      a: en ? `USD ${d.amount}` : `${d.amount} 美元`,
      code: d.code,
      m: d.merchant,
      ...extra,
    });
  return {
    fill,
    sentence: (pair: Pair) => capitalize(fill(pair)),
    join: (parts: string[]) => parts.join(en ? ' ' : ''),
  };
}

/** The English or Chinese title of article `index`. */
export function articleTitle(index: number, locale: Locale): string {
  const d = draft(index);
  const lang = locale === 'en' ? 'en' : 'zh';
  return capitalize(fillTemplate(d.task[lang], { s: d.subject[lang], code: d.code }));
}

/** The MDX source of article `index` in `locale`. */
export function renderArticle(index: number, locale: Locale, plan: LibraryPlan): string {
  const d = draft(index);
  const en = locale === 'en';
  const lang = en ? 'en' : 'zh';
  const { fill, sentence, join } = phrasing(d, locale);
  const [first, second] = linkTargets(index, plan, 2).map((target) => articleAt(target, plan).key);
  const link = (key: string | undefined) => (key ? `<ArticleLink to="${key}" />` : en ? 'the other articles in this category' : '本分类的其他文章');
  const keywords = [...d.subject.synonyms[lang], d.code];
  const frontmatter = stringify({
    title: articleTitle(index, locale),
    description: description(d, locale),
    order: (articleAt(index, plan).position + 1) * 10,
    updated: d.updated,
    keywords,
    support: supportChannels(index, plan),
  });
  return `---
${frontmatter.trimEnd()}
---

${join([...d.intro.map(sentence), sentence(merchantSentence)])}

## ${fill(d.before)}

${d.bulletList.map((b) => `- ${fill(b)}`).join('\n')}

## ${fill(d.how)}

<Steps>

${d.stepList.map((step, i) => `${i + 1}. ${fill(step)}`).join('\n')}

</Steps>

### ${fill(d.problem)}

${join(d.problemText.map(sentence))}

## ${fill(d.timing)}

${join([...d.timingText.map(sentence), fill(d.seeAlso, { link: link(first) })])}

<Callout type="${d.callout.type}">
${sentence(d.callout)}
</Callout>

## ${fill(d.help)}

${join([capitalize(fill(d.contact, { channel: `<ContactChannel channel="${mentionedChannel}" />` })), fill(seeAlso[1]!, { link: link(second) })])}
`;
}

export function renderCategories(plan: LibraryPlan): string {
  const categories = Array.from({ length: plan.categories }, (_, i) => {
    const c = categoryAt(i);
    return {
      id: c.id,
      order: c.order,
      icon: c.icon,
      name: { 'zh-cn': c.name.zh, en: c.name.en },
      description: { 'zh-cn': c.description.zh, en: c.description.en },
      channel: c.channel,
      scamWarning: c.scamWarning,
    };
  });
  return `# Generated by scripts/bench/generate-library.ts for benchmarks.\n${stringify(categories)}`;
}

export function renderHome(plan: LibraryPlan): string {
  const popular = Array.from({ length: Math.min(4, plan.articlesPerLocale) }, (_, i) => articleAt(i, plan).key);
  return `# Generated by scripts/bench/generate-library.ts for benchmarks.\n${stringify({ popular })}`;
}

/**
 * The real service notices, moved to the generated categories: a notice for the real
 * "withdrawals" category names the first generated one of that area ("withdrawals-basics"); a
 * notice whose categories all lack a generated counterpart at this size is left out.
 */
export function renderNotices(source: string, plan: LibraryPlan): string {
  const ids = new Set(Array.from({ length: plan.categories }, (_, i) => categoryAt(i).id));
  const notices = ((parseYaml(source) as Record<string, unknown>[] | null) ?? []).flatMap((notice) => {
    if (!Array.isArray(notice.categories)) return [notice];
    const categories = (notice.categories as string[]).map((id) => `${id}-${sections[0]!.slug}`).filter((id) => ids.has(id));
    return categories.length ? [{ ...notice, categories }] : [];
  });
  return `# Generated by scripts/bench/generate-library.ts from content/notices.yaml.\n${stringify(notices)}`;
}

// guides/: the troubleshooters lead to real articles ("security/account-hacked") that a
// generated library does not have, so it has none.
const generated = new Set(['categories.yaml', 'home.yaml', 'notices.yaml', 'guides', ...locales]);

/**
 * Writes the library into `dir` (a content folder), copying every other data file of the real
 * `sourceContent` (contact.yaml, facts, search data, …) so the build sees a complete content
 * folder, and the notices moved to the generated categories. It passes the content checks.
 */
export function writeLibrary(dir: string, plan: LibraryPlan, sourceContent: string): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(sourceContent)) {
    if (!generated.has(entry)) cpSync(join(sourceContent, entry), join(dir, entry), { recursive: true });
  }
  writeFileSync(join(dir, 'categories.yaml'), renderCategories(plan));
  writeFileSync(join(dir, 'home.yaml'), renderHome(plan));
  const notices = join(sourceContent, 'notices.yaml');
  if (existsSync(notices)) writeFileSync(join(dir, 'notices.yaml'), renderNotices(readFileSync(notices, 'utf8'), plan));
  const made = new Set<string>();
  for (let i = 0; i < plan.articlesPerLocale; i++) {
    const { category, slug } = articleAt(i, plan);
    for (const locale of locales) {
      const folder = join(dir, locale, category);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      writeFileSync(join(folder, `${slug}.mdx`), renderArticle(i, locale, plan));
    }
  }
}
