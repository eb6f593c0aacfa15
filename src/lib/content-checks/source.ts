/** A line of an article with its 1-based number, as the editor's editor shows it. */
export interface SourceLine {
  number: number;
  text: string;
  /** Inside a fenced code block (fences included): examples there are not checked as prose. */
  code: boolean;
}

export interface ArticleSource {
  /** The YAML between the `---` fences, or undefined when the file has no frontmatter. */
  frontmatter: string | undefined;
  /** Line number of the first YAML line (the one after the opening `---`). */
  frontmatterLine: number;
  /** Every line of the file, frontmatter included, so line numbers stay true. */
  lines: SourceLine[];
  /** The lines after the frontmatter. */
  body: SourceLine[];
}

const fence = /^ {0,3}(`{3,}|~{3,})/;

/** Splits an article into frontmatter and body, marking fenced code so checks can skip it. */
export function splitArticle(text: string): ArticleSource {
  const raw = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let end = -1;
  if (raw[0]?.trimEnd() === '---') {
    end = raw.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  }
  let open: string | undefined;
  const lines = raw.map((lineText, i): SourceLine => {
    if (i <= end) return { number: i + 1, text: lineText, code: false };
    const marker = fence.exec(lineText)?.[1];
    const inCode = open !== undefined || marker !== undefined;
    if (marker && open === undefined) open = marker;
    else if (marker && open && marker[0] === open[0] && marker.length >= open.length && lineText.trim() === marker) open = undefined;
    return { number: i + 1, text: lineText, code: inCode };
  });
  return {
    frontmatter: end > 0 ? raw.slice(1, end).join('\n') : undefined,
    frontmatterLine: 2,
    lines,
    body: lines.slice(end + 1),
  };
}

