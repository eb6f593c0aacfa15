import { parse as parseYaml } from 'yaml';
import type { Library } from '../library.ts';
import type { Category } from '../library.ts';
import type { Contact } from '../contact/contact.ts';
import { guideSchema } from '../../schemas/guide.ts';
import { filledYaml } from './conversion.ts';
import { noticesSchema } from '../../schemas/notice.ts';
import { guideProblems } from '../guides/check.ts';
import { noticeProblems, staleNotices } from '../notices/notices.ts';
import { slugPattern } from '../routes.ts';
import { error, warning, type Finding } from './finding.ts';
import { parseLocatedYaml, validateYaml, type LocatedYaml } from './yaml.ts';
import type { ContentInput, Rule } from './rule.ts';

/**
 * check:content for the troubleshooters (`guides/<id>.yaml`) and service notices
 * (`notices.yaml`): their schemas, then the same tree and notice rules the build applies.
 */
export interface SituationContext {
  library: Library<unknown> | undefined;
  categories: readonly Category[] | undefined;
  contact: Contact | undefined;
  /** The check's clock, for stale notices. */
  now?: Date;
}

/** YAML with line positions, but values read as the site reads them (times stay strings). */
function located(text: string): LocatedYaml {
  const yaml = parseLocatedYaml(text, 1);
  if (yaml.syntaxErrors.length) return yaml;
  return { ...yaml, value: parseYaml(text) as unknown };
}

function factIds(files: ContentInput['files']): string[] {
  const facts = parseYaml(files.get('facts.yaml') ?? '[]') as unknown;
  return Array.isArray(facts) ? facts.flatMap((f) => (f && typeof f === 'object' && typeof (f as { id?: unknown }).id === 'string' ? [(f as { id: string }).id] : [])) : [];
}

export function situationChecks(input: ContentInput, context: SituationContext): Finding[] {
  const { contentDir, files, site } = input;
  const locales = site.locales.map((l) => l.code);
  const findings: Finding[] = [];
  const categories = context.categories?.map((c) => c.id) ?? [];
  const channels = context.contact?.channels.map((c) => c.id) ?? [];
  const regions = context.contact?.regions.map((r) => r.id) ?? [];

  const guideFiles = [...files.keys()].filter((name) => /^guides\/[^/]+$/.test(name)).sort();
  for (const name of guideFiles) {
    const file = `${contentDir}${name}`;
    const id = name.slice('guides/'.length).replace(/\.yaml$/, '');
    if (!name.endsWith('.yaml') || !slugPattern.test(id)) {
      findings.push(error(file, 1, '(file name)', 'is not "<id>.yaml" with a lower-case, hyphenated id.', 'rename it, e.g. guides/money-not-arrived.yaml; the name is the guide\'s URL.'));
      continue;
    }
    const yaml = filledYaml(located(files.get(name)!), input);
    const { data, findings: invalid } = validateYaml(guideSchema(locales), yaml, file);
    findings.push(...invalid);
    if (!data || !context.library || !context.contact) continue;
    const library = context.library;
    const problems = guideProblems(data, {
      // Generated locales (zh-hk from zh-cn) mirror their source, whose message says what to write.
      articles: new Map(site.locales.filter((l) => !l.convertedFrom).map(({ code }) => [code, new Set(library.articles(code).map((a) => a.key))])),
      channels,
      categories,
      facts: factIds(files),
    });
    findings.push(...problems.map((p) => error(file, yaml.lineOf(p.path), p.path.join('.'), p.problem, p.fix)));
  }

  const noticesText = files.get('notices.yaml');
  if (noticesText !== undefined) {
    const file = `${contentDir}notices.yaml`;
    const yaml = filledYaml(located(noticesText), input);
    const { data, findings: invalid } = validateYaml(noticesSchema(locales), { ...yaml, value: yaml.value ?? [] }, file);
    findings.push(...invalid);
    if (data && context.contact && context.categories) {
      for (const p of noticeProblems(data, { categories, channels, regions })) {
        findings.push(error(file, yaml.lineOf([p.index, p.field]), `${data[p.index]!.id}.${p.field}`, p.problem, p.fix));
      }
      for (const index of staleNotices(data, context.now ?? new Date())) {
        findings.push(
          warning(file, yaml.lineOf([index]), data[index]!.id, 'ended more than a month ago.', 'remove it: every page still carries it (hidden).'),
        );
      }
    }
  }
  return findings;
}

export const situationsRule: Rule = {
  name: 'situations',
  summary:
    'Troubleshooters (`guides/<id>.yaml`) and service notices (`notices.yaml`) follow their schemas; every branch of a troubleshooter ends in an answer, an article or a channel, with no dead ends or loops; a notice ends after it starts and names known categories, channels and regions.',
  example: {
    bad: '# notices.yaml\n- id: maintenance\n  start: "2026-12-06T02:00:00+08:00"\n  end: "2026-12-06T01:00:00+08:00"',
    good: '# notices.yaml\n- id: maintenance\n  start: "2026-12-06T02:00:00+08:00"\n  end: "2026-12-06T04:00:00+08:00"',
    lang: 'yaml',
  },
  content: ({ input, library, data }) => situationChecks(input, { library, categories: data.categories, contact: data.contact }),
};
