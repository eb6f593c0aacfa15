import type { Configuration } from 'markdownlint';
import type { ArticleFrontmatter, Category, Home, Library } from '../library.ts';
import type { Contact } from '../contact/contact.ts';
import type { Fact } from '../facts.ts';
import type { Glossary } from './glossary.ts';
import type { ContentError } from '../content-error.ts';
import type { Finding } from './finding.ts';
import type { SourceHeading } from './headings.ts';
import type { ArticleFormat, TreeNode } from './mdx.ts';
import type { ArticleSource } from './source.ts';
import type { LocatedYaml } from './yaml.ts';
import type { ConvertibleLocale } from '../conversion/convert.ts';

/**
 * A content rule: one small module with its documentation, registered in rules.ts. check:content
 * and the build (src/integrations/content-checks.ts) run the same list, and CONTRIBUTING.md is
 * generated from it, so what an editor reads, what the check says and what the build refuses
 * are one thing.
 */
export interface Rule {
  /** Short kebab-case name, shown in CONTRIBUTING.md. */
  name: string;
  /** What the rule asks of an editor and why, one or two sentences. */
  summary: string;
  /** A wrong and a right way, shown in CONTRIBUTING.md; `lang` names what they are (default mdx). */
  example: { bad: string; good: string; lang?: 'mdx' | 'yaml' | 'text' | 'sh' };
  /** Runs once per article file. */
  article?(article: ArticleFile, context: ContentContext): Finding[];
  /** Runs once over the whole content folder, for rules across files. */
  content?(context: ContentContext): Finding[];
}

/** What the rules read of a locale in src/site.config.ts. */
export interface ContentLocale extends ConvertibleLocale {
  code: string;
  /** Bounds of an article description, in characters. */
  descriptionLength: { min: number; max: number };
}

export interface ContentInput {
  /** Prefix of file names in messages, ending in "/", e.g. "content/". */
  contentDir: string;
  /** Every file of the content folder: path relative to it → text. */
  files: ReadonlyMap<string, string>;
  /** What the rules read of src/site.config.ts. */
  site: {
    url: string;
    base: string;
    defaultLocale: string;
    production: boolean;
    editUrl?: string | undefined;
    feedbackEndpoint?: string | undefined;
    locales: readonly ContentLocale[];
  };
  markdownlint: Configuration;
  /** The site configuration's source, so deployment values are reported on their line. */
  siteConfig?: { file: string; text: string };
}

/** One article file as read, parsed and (if its frontmatter is valid) validated. */
export interface ArticleFile {
  /** Path as the editor sees it in messages, e.g. "content/en/payments/pay.mdx". */
  file: string;
  /** Path inside the content folder, e.g. "en/payments/pay.mdx". */
  path: string;
  format: ArticleFormat;
  text: string;
  source: ArticleSource;
  /** The MDX/Markdown syntax tree; undefined when the file cannot be parsed. */
  tree: TreeNode | undefined;
  parseError: { line: number; column: number; message: string } | undefined;
  /** Undefined when the file has no frontmatter. */
  frontmatter: LocatedYaml | undefined;
  /** The validated frontmatter; undefined when it is invalid. */
  data: ArticleFrontmatter | undefined;
  headings: SourceHeading[];
}

/** The content data files, each undefined when missing or invalid. */
export interface ContentData {
  categories: Category[] | undefined;
  home: Home | undefined;
  contact: Contact | undefined;
  facts: Fact[] | undefined;
  glossary: Glossary | undefined;
  /** Parsed YAML of every data file read, by path inside the content folder. */
  yaml: ReadonlyMap<string, LocatedYaml>;
}

export interface ContentContext {
  input: ContentInput;
  articles: readonly ArticleFile[];
  data: ContentData;
  /** The library as the site would build it (drafts included); undefined when categories or home are broken. */
  library: Library<ArticleFile> | undefined;
  /** What buildLibrary() refused (paths, locales, categories, popular articles). */
  libraryProblems: readonly ContentError[];
}
