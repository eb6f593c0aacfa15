import type { ArticleSource } from './source.ts';

/** A line of reader-facing text, with everything that is not prose taken out. */
export interface ProseLine {
  number: number;
  text: string;
  /** "title" or "description" (frontmatter, which cannot hold components such as <Fact>) or "body". */
  field: 'title' | 'description' | 'body';
}

// Frontmatter fields a reader sees as sentences. keywords are left out on purpose: they hold
// the words customers type (取款, "log in", 你们的客服), which the style rules would reject.
const proseField = /^(title|description):\s*/;

/**
 * The reader-facing text of an article: the title and description, and every body line outside
 * fenced code with inline code, URLs, e-mail addresses, link targets and component/HTML tags
 * (with their attributes) removed. A tag is cut out rather than blanked, so the text on both
 * sides meets as the rendered sentence does ("请看<ArticleLink … />," reads "请看,").
 */
export function proseLines(source: ArticleSource): ProseLine[] {
  const bodyStart = source.body[0]?.number ?? Infinity;
  const lines: ProseLine[] = [];
  for (const line of source.lines) {
    if (line.number < bodyStart) {
      const field = proseField.exec(line.text);
      if (field) lines.push({ number: line.number, text: line.text.slice(field[0].length).replace(/^(["'])(.*)\1\s*$/, '$2'), field: field[1] as 'title' | 'description' });
    } else if (!line.code) {
      lines.push({ number: line.number, text: proseOf(line.text), field: 'body' });
    }
  }
  return lines;
}

/** One body line as prose: code spans, URLs, addresses, link targets and tags removed. */
export function proseOf(text: string): string {
  return withoutInlineCode(text)
    .replace(/<!--.*?-->/g, '')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ')
    .replace(/\*+/g, '');
}

/** Inline code spans blanked to spaces, so columns stay where the editor sees them. */
export function withoutInlineCode(text: string): string {
  return text.replace(/(`+)[^`]*?\1/g, (span) => ' '.repeat(span.length));
}
