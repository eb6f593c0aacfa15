import { error, type Finding } from './finding.ts';
import type { ArticleSource } from './source.ts';
import { withoutInlineCode } from './source.ts';

const markdownImage = /!\[((?:[^\]\\]|\\.)*)\]\(\s*<?([^\s)>]*)/g;
const htmlImage = /<img\b[^>]*>/gi;
const altAttribute = /\balt=(?:"([^"]*)"|'([^']*)'|\{)/;

/** Images a reader using a screen reader would miss: no alt text, or only blanks. */
export function imagesWithoutAlt(file: string, source: ArticleSource): Finding[] {
  const findings: Finding[] = [];
  for (const line of source.body) {
    if (line.code) continue;
    const text = withoutInlineCode(line.text);
    const missing: string[] = [];
    for (const m of text.matchAll(markdownImage)) if (!m[1]?.trim()) missing.push(m[2] ?? '');
    for (const m of text.matchAll(htmlImage)) {
      const alt = altAttribute.exec(m[0]);
      if (!alt || !(alt[0].endsWith('{') || (alt[1] ?? alt[2] ?? '').trim())) missing.push(/\bsrc=["']([^"']*)/.exec(m[0])?.[1] ?? '');
    }
    for (const src of missing) {
      findings.push(
        error(
          file,
          line.number,
          'image',
          `the image "${src}" has no alt text.`,
          `describe what the image shows, in the article's language, e.g. ![The "Forgot password" link under the password field](${src}).`,
        ),
      );
    }
  }
  return findings;
}

const todo = /\bTODO\b/;
const yamlKey = /^([A-Za-z_][\w-]*)\s*:/;

/** A TODO marks unfinished text (`npm run new` writes them), so it must never be published. */
export function leftoverTodos(file: string, source: ArticleSource): Finding[] {
  const bodyStart = source.body[0]?.number ?? Infinity;
  return source.lines
    .filter((line) => todo.test(line.text))
    .map((line) =>
      error(
        file,
        line.number,
        line.number < bodyStart ? (yamlKey.exec(line.text)?.[1] ?? 'frontmatter') : 'body',
        'a TODO is left in the text.',
        'write the missing text and delete the TODO marker.',
      ),
    );
}
