import type { Configuration } from 'markdownlint';
import { articleSchema, type ArticleFrontmatter } from '../../schemas/article.ts';
import { categorySchema, type Category } from '../../schemas/category.ts';
import { contactSchema } from '../../schemas/contact.ts';
import { homeSchema } from '../../schemas/home.ts';
import type { LocaleConfig, SiteConfig } from '../../schemas/site.ts';
import { parseArticlePath } from '../article-path.ts';
import { buildLibrary, LibraryError, type Library, type SourceArticle } from '../library.ts';
import { error, sortFindings, warning, type Finding } from './finding.ts';
import { articleHeadings, type SourceHeading } from './headings.ts';
import { findLinks, resolveSiteLink, type LinkRef } from './links.ts';
import { markdownLint } from './markdown-lint.ts';
import { imagesWithoutAlt, leftoverTodos } from './prose.ts';
import { splitArticle, type ArticleSource } from './source.ts';
import { translationStatus } from './translations.ts';
import { parseLocatedYaml, validateYaml, type LocatedYaml } from './yaml.ts';
import { situationChecks } from './situations.ts';

export interface ContentInput {
  /** Prefix of file names in messages, ending in "/", e.g. "content/". */
  contentDir: string;
  /** Every file of the content folder: path relative to it → text. */
  files: ReadonlyMap<string, string>;
  site: Pick<SiteConfig, 'url' | 'base' | 'defaultLocale'> & { locales: readonly Pick<LocaleConfig, 'code' | 'descriptionLength'>[] };
  markdownlint: Configuration;
}

/** What the check knows about one article file. */
export interface CheckedArticle {
  file: string;
  source: ArticleSource;
  frontmatter: LocatedYaml;
  headings: SourceHeading[];
  /** False when the frontmatter failed validation: only its existence is then relied on. */
  valid: boolean;
}

export interface ContentReport {
  /** Errors and warnings in file and line order. */
  findings: Finding[];
  /** Article files per locale code. */
  checked: ReadonlyMap<string, number>;
  /** The library as the site would build it (drafts included); undefined when the data files are broken. */
  library: Library<CheckedArticle> | undefined;
}

const isArticleFile = (relative: string) => /\.mdx?$/.test(relative) && relative.includes('/');

/** Runs every content check over an in-memory content folder. Pure: the CLI reads the files. */
export function checkContent(input: ContentInput): ContentReport {
  const { contentDir, files, site } = input;
  const localeCodes = site.locales.map((l) => l.code);
  const findings: Finding[] = [];
  const checked = new Map(localeCodes.map((l) => [l, 0]));

  const readData = <S extends Parameters<typeof validateYaml>[0]>(name: string, schema: S) => {
    const file = `${contentDir}${name}`;
    const text = files.get(name);
    if (text === undefined) {
      findings.push(error(file, 1, '(file)', 'is missing.', `create ${file}; the site cannot be built without it.`));
      return undefined;
    }
    const yaml = parseLocatedYaml(text, 1);
    const result = validateYaml(schema, yaml, file);
    findings.push(...result.findings);
    return { data: result.data, yaml };
  };
  const categories = readData('categories.yaml', categorySchema(localeCodes).array());
  const home = readData('home.yaml', homeSchema);
  const contact = readData('contact.yaml', contactSchema(localeCodes));

  const sources: SourceArticle<CheckedArticle>[] = [];
  const lintable = new Map<string, string>();
  for (const [relative, text] of [...files].filter(([name]) => isArticleFile(name)).sort(([a], [b]) => a.localeCompare(b))) {
    const file = `${contentDir}${relative}`;
    const source = splitArticle(text);
    lintable.set(file, text);
    findings.push(...leftoverTodos(file, source), ...imagesWithoutAlt(file, source));
    const path = parseArticlePath(relative);
    if ('locale' in path && checked.has(path.locale)) checked.set(path.locale, checked.get(path.locale)! + 1);
    if (source.frontmatter === undefined) {
      findings.push(
        error(file, 1, 'frontmatter', 'is missing.', 'start the file with a "---" line, the fields (title, description, …) and a closing "---" line; `npm run new` writes them for you.'),
      );
      continue;
    }
    const frontmatter = parseLocatedYaml(source.frontmatter, source.frontmatterLine, 1);
    const { data, findings: invalid } = validateYaml(articleSchema, frontmatter, file);
    findings.push(...invalid, ...unknownFields(file, frontmatter));
    // buildLibrary() judges the path (locale, category, slug). An article with invalid
    // frontmatter still counts as existing, so its error is not echoed as a missing translation.
    sources.push({
      file: relative,
      data: data ?? salvage(frontmatter.value),
      entry: { file, source, frontmatter, headings: articleHeadings(source.body), valid: data !== undefined },
    });
  }
  findings.push(...markdownLint(lintable, input.markdownlint));

  if (!categories?.data || !home?.data) return { findings: sortFindings(findings), checked, library: undefined };
  const library = libraryOf(sources, categories.data, home, localeCodes, contentDir, findings);
  findings.push(...libraryChecks(library, input, contact?.data?.channels.map((c) => c.id)));
  findings.push(...situationChecks(input, { library, categories: categories.data, contact: contact?.data }));
  return { findings: sortFindings(findings), checked, library };
}

/** buildLibrary() is the site's own judge of paths, locales, categories and popular articles. */
function libraryOf(
  sources: SourceArticle<CheckedArticle>[],
  categories: Category[],
  home: { data: { popular: string[] } | undefined; yaml: LocatedYaml },
  locales: string[],
  contentDir: string,
  findings: Finding[],
): Library<CheckedArticle> {
  const build = (articles: SourceArticle<CheckedArticle>[], popular: string[]) =>
    buildLibrary({ locales, categories, articles, popular, includeDrafts: true, contentDir });
  try {
    return build(sources, home.data?.popular ?? []);
  } catch (e) {
    if (!(e instanceof LibraryError)) throw e;
    const rejected = new Set<string>();
    for (const problem of e.problems) {
      rejected.add(problem.file);
      const line = problem.file.endsWith('home.yaml') ? home.yaml.lineOf(['popular']) : 1;
      findings.push(error(problem.file, line, problem.field, problem.problem, problem.fix));
    }
    // Go on without the rejected files so the remaining checks still run.
    return build(
      sources.filter((s) => !rejected.has(`${contentDir}${s.file}`)),
      [],
    );
  }
}

/** Every field that is valid, the schema's default (or an empty title) for the rest. */
function salvage(value: unknown): ArticleFrontmatter {
  const raw = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const fields = Object.entries(articleSchema.shape).map(([key, schema]) => {
    const result = schema.safeParse(raw[key]);
    return [key, result.success ? result.data : schema.safeParse(undefined).data];
  });
  return { ...Object.fromEntries(fields), title: String(raw.title ?? '') } as ArticleFrontmatter;
}

function unknownFields(file: string, frontmatter: LocatedYaml): Finding[] {
  const value = frontmatter.value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const known = Object.keys(articleSchema.shape);
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) =>
      error(file, frontmatter.lineOf([key]), key, 'is not a frontmatter field, so it is ignored.', `correct the spelling or remove it; the fields are ${known.join(', ')}.`),
    );
}

type LibraryArticle = ReturnType<Library<CheckedArticle>['articles']>[number];

function libraryChecks(library: Library<CheckedArticle>, input: ContentInput, channels: string[] | undefined): Finding[] {
  const { site, contentDir } = input;
  const findings: Finding[] = [];
  const localeCodes = site.locales.map((l) => l.code);
  const lineOf = (a: LibraryArticle, field: keyof ArticleFrontmatter) => a.entry.frontmatter.lineOf([field]);

  for (const { code, descriptionLength: range } of site.locales) {
    const articles = library.articles(code);
    findings.push(
      ...duplicates(articles, (a) => a.slug, (a, other) =>
        error(a.file, 1, 'slug', `"${a.slug}" is also the slug of ${other.file}.`, 'rename one of the files: a slug names one article per locale, so links and translations are never ambiguous.'),
      ),
      ...duplicates(articles, (a) => a.title.toLocaleLowerCase(), (a, other) =>
        error(a.file, lineOf(a, 'title'), 'title', `"${a.title}" is also the title of ${other.file}.`, 'give each article its own title, so readers can tell them apart in lists and search results.'),
      ),
    );
    for (const article of articles) {
      if (!article.entry.valid) continue;
      const length = [...article.description].length;
      if (length < range.min || length > range.max) {
        findings.push(
          error(
            article.file,
            lineOf(article, 'description'),
            'description',
            `is ${length} characters; ${code} descriptions are ${range.min}-${range.max}.`,
            length < range.min
              ? 'write one full sentence that answers the question; search results show it under the title.'
              : 'shorten it to one sentence that answers the question; search engines cut longer ones off.',
          ),
        );
      }
      findings.push(...linkChecks(article, library, input, channels));
    }
  }

  for (const { key, source, states } of translationStatus(library, localeCodes, site.defaultLocale)) {
    for (const [locale, state] of states) {
      if (state === 'missing') {
        findings.push(
          error(
            source.file,
            1,
            'translation',
            `there is no ${locale} version (${contentDir}${locale}/${key}.mdx).`,
            `write it with the same category and slug, or add "untranslated: true" to this file's frontmatter if it stays ${source.locale}-only for now.`,
          ),
        );
      } else if (state === 'outdated') {
        const translation = library.article(locale, key)!;
        const day = (d: Date | undefined) => d?.toISOString().slice(0, 10);
        findings.push(
          warning(
            translation.file,
            lineOf(translation, 'updated'),
            'updated',
            `${day(translation.updated)} is older than the ${source.locale} source (${day(source.updated)}, ${source.file}).`,
            `bring the translation up to date with the source, then set updated: ${day(source.updated)}.`,
          ),
        );
      }
    }
  }
  return findings;
}

/** Each article that shares a name with another one, reported on both so either can be renamed. */
function duplicates(
  articles: LibraryArticle[],
  name: (a: LibraryArticle) => string,
  report: (a: LibraryArticle, other: LibraryArticle) => Finding,
): Finding[] {
  const byName = Map.groupBy(articles.filter((a) => a.entry.valid), name);
  return [...byName.values()].flatMap((group) => group.flatMap((a) => group.filter((b) => b !== a).map((b) => report(a, b))));
}

function linkChecks(article: LibraryArticle, library: Library<CheckedArticle>, input: ContentInput, channels: string[] | undefined): Finding[] {
  const { site, contentDir } = input;
  const findings: Finding[] = [];
  const routes = { url: site.url, base: site.base, locales: site.locales.map((l) => l.code) };
  const fail = (link: LinkRef, problem: string, fix: string) =>
    findings.push(error(article.file, link.line, link.kind === 'url' ? 'link' : link.kind, `${link.written}: ${problem}`, fix));

  for (const link of findLinks(article.entry.source.body)) {
    let locale = article.locale;
    let key: string;
    let anchor: string | undefined;
    if (link.kind === 'ContactChannel') {
      if (channels && !channels.includes(link.target)) {
        fail(link, `there is no channel "${link.target}" in ${contentDir}contact.yaml.`, `use one of: ${channels.join(', ')}.`);
      }
      continue;
    }
    if (link.kind === 'ArticleLink') {
      [key = '', anchor] = link.target.split('#');
      const path = parseArticlePath(`${locale}/${key}.mdx`);
      if ('error' in path || !/^[^/]+\/[^/]+$/.test(key)) {
        fail(link, `"${link.target}" is not "<category>/<slug>".`, 'write the target as its category folder and file name without .mdx, e.g. to="signing-in/reset-password".');
        continue;
      }
    } else {
      const target = resolveSiteLink(link.target, article, routes);
      if (target.kind === 'unknown') {
        fail(link, target.problem, target.fix);
        continue;
      }
      if (target.kind === 'category') {
        if (!library.group(target.locale, target.category)) {
          fail(link, `there is no ${target.locale} category "${target.category}".`, 'link to a folder that has articles (see content/categories.yaml) or use <ArticleLink>.');
        }
        continue;
      }
      if (target.kind !== 'article') continue;
      ({ locale, key, anchor } = target);
    }
    const target = library.article(locale, key);
    if (!target) {
      const slug = key.split('/')[1];
      const guess = library.articles(locale).find((a) => a.slug === slug);
      fail(
        link,
        `there is no ${locale} article "${key}".`,
        (link.kind === 'ArticleLink'
          ? `use the "<category>/<slug>" of an existing article (its path under ${contentDir}${locale}/ without .mdx)`
          : `link to an existing article's /${locale}/<category>/<slug>/ URL, or use <ArticleLink to="<category>/<slug>" />`) +
          (guess ? `; did you mean "${guess.key}"?` : '.'),
      );
      continue;
    }
    if (target.draft && !article.draft) {
      fail(link, `${target.file} is a draft, so the link would be dead on the published site.`, 'publish the target first (remove draft: true) or remove the link.');
      continue;
    }
    if (anchor !== undefined && !target.entry.headings.some((h) => h.slug === anchor)) {
      const anchors = target.entry.headings.filter((h) => h.depth <= 3).map((h) => `#${h.slug}`);
      fail(
        link,
        `"#${anchor}" is not a heading of ${target.file}.`,
        anchors.length ? `use one of its headings: ${anchors.join(', ')}; or drop the anchor.` : 'drop the anchor: that article has no headings.',
      );
    }
  }
  return findings;
}
