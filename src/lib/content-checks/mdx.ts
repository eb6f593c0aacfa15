import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';

/**
 * The syntax tree of an article from Sätteri, the parser @astrojs/mdx compiles articles with
 * (same features as its MDX processor), so the check sees exactly what the build would run.
 * A loose node type: rules read a few fields and must not break on node kinds they do not know.
 */
export interface TreeNode {
  type: string;
  position?: { start: { line: number; column: number }; end: { line: number; column: number } };
  children?: TreeNode[];
  value?: unknown;
  /** JSX element name; null for a fragment `<>`. */
  name?: string | null;
  attributes?: TreeAttribute[];
  url?: string;
  depth?: number;
  identifier?: string;
  alt?: string | null;
}

export interface TreeAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export type ArticleFormat = 'md' | 'mdx';

export type ParsedTree = { tree: TreeNode } | { error: { line: number; column: number; message: string } };

const features = { gfm: true, smartPunctuation: true };

/** Parses an article as the build does: `.mdx` as MDX, `.md` as plain Markdown. */
export function parseArticleTree(text: string, format: ArticleFormat): ParsedTree {
  try {
    const tree = (format === 'mdx' ? mdxToMdast : markdownToMdast)(text, { features });
    return { tree: tree as unknown as TreeNode };
  } catch (e) {
    // Sätteri's messages start with "line:column: ".
    const message = e instanceof Error ? e.message : String(e);
    const at = /^(\d+):(\d+): (.*)$/s.exec(message);
    return { error: { line: Number(at?.[1] ?? 1), column: Number(at?.[2] ?? 1), message: (at?.[3] ?? message).replace(/\s*\([a-z-]+:[a-z-]+\)$/, '') } };
  }
}

/** Every node of the tree, depth first. */
export function* walk(node: TreeNode): Generator<TreeNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

export const lineOf = (node: TreeNode, fallback = 1) => node.position?.start.line ?? fallback;

/** A raw HTML element as a browser would read it, for `.md` articles where HTML is passed through. */
export interface HtmlElement {
  tagName: string;
  properties: Record<string, unknown>;
}

/** The elements inside a raw HTML snippet of a Markdown article. */
export function htmlElements(html: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
    if (node.type === 'element' && node.tagName) found.push({ tagName: node.tagName, properties: node.properties ?? {} });
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(htmlToHast(html, { fragment: true }) as unknown as Parameters<typeof visit>[0]);
  return found;
}

/** A JSX attribute's text value, or undefined when it is missing or written as an expression. */
export function attributeText(node: TreeNode, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}
