import GithubSlugger from 'github-slugger';
import type { SourceLine } from './source.ts';

export interface SourceHeading {
  line: number;
  depth: number;
  text: string;
  /** The id Astro gives the heading, i.e. the `#anchor` a link uses. */
  slug: string;
}

const atxHeading = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * The text a heading renders to (its textContent): Markdown and JSX markup dropped, link text
 * and code kept. Astro derives the id from exactly this text.
 */
export function headingText(markdown: string): string {
  // Escaped characters are literal text: park them so the markup rules below leave them alone.
  const escaped: string[] = [];
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => `\u0000${escaped.push(c) - 1}\u0000`)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
    .replace(/(`+)(.*?)\1/g, '$2')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|__|~~|\*)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|\W)_(?=\S)(.+?)(?<=\S)_(?=\W|$)/g, '$1$2')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => escaped[Number(i)] ?? '')
    .trim();
}

/**
 * ATX headings of an article body with the ids Astro assigns: github-slugger over the heading
 * text, one slugger per page, so a repeated heading gets "-1", "-2" like on the built page.
 */
export function articleHeadings(body: readonly SourceLine[]): SourceHeading[] {
  const slugger = new GithubSlugger();
  const result: SourceHeading[] = [];
  for (const line of body) {
    if (line.code) continue;
    const match = atxHeading.exec(line.text);
    if (!match) continue;
    const text = headingText(match[2] ?? '');
    result.push({ line: line.number, depth: match[1]!.length, text, slug: slugger.slug(text) });
  }
  return result;
}
