import { articleSchema } from '../../schemas/article.ts';
import type { ContentError } from '../content-error.ts';
import { buildLibrary, LibraryError, type ArticleFrontmatter, type Library, type SourceArticle } from '../library.ts';
import { loadData } from './data-files.ts';
import { contentConversions } from './conversion.ts';
import { sortFindings, type Finding } from './finding.ts';
import { articleHeadings } from './headings.ts';
import { parseArticleTree } from './mdx.ts';
import type { ArticleFile, ContentContext, ContentData, ContentInput, Rule } from './rule.ts';
import { rules as allRules } from './rules.ts';
import { splitArticle } from './source.ts';
import { parseLocatedYaml } from './yaml.ts';

export type { ArticleFile, ContentInput } from './rule.ts';

export interface ContentReport {
  /** Errors and warnings in file and line order. */
  findings: Finding[];
  /** Article files per locale code. */
  checked: ReadonlyMap<string, number>;
  /** The library as the site would build it (drafts included); undefined when the data files are broken. */
  library: Library<ArticleFile> | undefined;
}

/** Article files: Markdown one folder or more below the content root (what the site's loader reads). */
const isArticleFile = (path: string) => /\.mdx?$/.test(path) && path.includes('/');

/**
 * Runs the rule set over an in-memory content folder. Pure: check:content and the build's
 * integration read the files and print the findings.
 */
export function checkContent(input: ContentInput, rules: readonly Rule[] = allRules): ContentReport {
  const articles = [...input.files]
    .filter(([path]) => isArticleFile(path))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => readArticle(input.contentDir, path, text));
  const data = loadData(input);
  // The generated locales' articles (zh-hk, zh-tw from zh-cn) join the library, so links,
  // translations and troubleshooters see them; the rules judge them through their source.
  const generated = [...contentConversions(input).articles].map(([path, { text, source }]) => ({
    article: readArticle(input.contentDir, path, text, false),
    source,
  }));
  const { library, problems } = libraryOf(articles, generated, data, input);
  const context: ContentContext = { input, articles, data, library, libraryProblems: problems };

  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.article) for (const article of articles) findings.push(...rule.article(article, context));
    if (rule.content) findings.push(...rule.content(context));
  }
  const localeCodes = input.site.locales.map((l) => l.code);
  const inLocale = (code: string) => (a: { path: string }) => a.path.startsWith(`${code}/`);
  const checked = new Map(localeCodes.map((code) => [code, articles.filter(inLocale(code)).length + generated.filter((g) => inLocale(code)(g.article)).length]));
  return { findings: sortFindings(findings), checked, library };
}

function readArticle(contentDir: string, path: string, text: string, withTree = true): ArticleFile {
  const source = splitArticle(text);
  const frontmatter = source.frontmatter === undefined ? undefined : parseLocatedYaml(source.frontmatter, source.frontmatterLine, 1);
  const parsed = frontmatter && !frontmatter.syntaxErrors.length ? articleSchema.safeParse(frontmatter.value ?? {}) : undefined;
  // A generated article is judged through its source, whose tree the rules already read.
  const tree = withTree ? parseArticleTree(text, path.endsWith('.md') ? 'md' : 'mdx') : undefined;
  return {
    file: `${contentDir}${path}`,
    path,
    format: path.endsWith('.md') ? 'md' : 'mdx',
    text,
    source,
    tree: tree && 'tree' in tree ? tree.tree : undefined,
    parseError: tree && 'error' in tree ? tree.error : undefined,
    frontmatter,
    data: parsed?.success ? parsed.data : undefined,
    headings: articleHeadings(source.body),
  };
}

/**
 * buildLibrary() is the site's own judge of paths, locales, categories and popular articles. An
 * article with invalid frontmatter still counts as existing, so its error is not echoed as a
 * missing translation; files it refuses are left out so the other rules still run.
 */
function libraryOf(
  articles: ArticleFile[],
  generated: { article: ArticleFile; source: string }[],
  data: ContentData,
  input: ContentInput,
): { library: Library<ArticleFile> | undefined; problems: ContentError[] } {
  if (!data.categories || !data.home) return { library: undefined, problems: [] };
  const sourceLocale = (path: string) => path.split('/')[0]!;
  const sources: SourceArticle<ArticleFile>[] = [
    ...articles.filter((a) => a.frontmatter).map((a) => ({ file: a.path, data: a.data ?? salvage(a.frontmatter?.value), entry: a })),
    ...generated
      .filter(({ article }) => article.frontmatter)
      .map(({ article, source }) => ({
        file: article.path,
        data: article.data ?? salvage(article.frontmatter?.value),
        entry: { ...article, file: `${input.contentDir}${source}` },
        convertedFrom: { locale: sourceLocale(source), file: source },
      })),
  ];
  const build = (list: SourceArticle<ArticleFile>[], popular: readonly string[]) =>
    buildLibrary({
      locales: input.site.locales.map((l) => l.code),
      categories: data.categories!,
      articles: list,
      popular,
      includeDrafts: true,
      contentDir: input.contentDir,
      convertedFrom: new Map(input.site.locales.flatMap((l) => (l.convertedFrom ? [[l.code, l.convertedFrom.locale] as const] : []))),
    });
  try {
    return { library: build(sources, data.home.popular), problems: [] };
  } catch (e) {
    if (!(e instanceof LibraryError)) throw e;
    const rejected = new Set(e.problems.map((p) => p.file));
    const fileOf = (s: SourceArticle<ArticleFile>) => `${input.contentDir}${s.convertedFrom?.file ?? s.file}`;
    return { library: build(sources.filter((s) => !rejected.has(fileOf(s))), []), problems: e.problems };
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
