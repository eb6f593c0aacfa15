import { ContentError } from '../content-error.ts';

/** One thing the content check found, anchored to the line an editor has to change. */
export interface Finding {
  severity: 'error' | 'warning';
  /** Path as the editor sees it, e.g. "content/en/payments/request-refund.mdx". */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** 1-based column, where the parser knows it (YAML and MDX syntax errors). */
  column?: number;
  field: string;
  problem: string;
  fix: string;
}

export const error = (file: string, line: number, field: string, problem: string, fix: string): Finding => ({
  severity: 'error',
  file,
  line,
  field,
  problem,
  fix,
});

export const warning = (file: string, line: number, field: string, problem: string, fix: string): Finding => ({
  ...error(file, line, field, problem, fix),
  severity: 'warning',
});

/** `file:line[:column]: field: problem Fix: fix`, the ContentError wording with a place an editor can jump to. */
export function formatFinding(finding: Finding): string {
  const place = `${finding.file}:${finding.line}${finding.column === undefined ? '' : `:${finding.column}`}`;
  return new ContentError(place, finding.field, finding.problem, finding.fix).message;
}

/** Reading order: by file, then line, so the output walks through each file once. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}
