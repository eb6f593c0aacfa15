import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { error, type Finding } from './finding.ts';

/** A YAML text parsed with the position of every key, so a problem can name its line. */
export interface LocatedYaml {
  value: unknown;
  /** Line of the deepest existing part of `path` (a missing field points at its parent). */
  lineOf(path: readonly PropertyKey[]): number;
  /** Line and column of the same place. */
  positionOf(path: readonly PropertyKey[]): { line: number; column: number };
  syntaxErrors: { line: number; column: number; message: string }[];
}

/**
 * @param firstLine line number of the YAML's first line in its file (2 for frontmatter).
 * @param fallbackLine where problems without a better place point (the opening `---`).
 */
export function parseLocatedYaml(text: string, firstLine: number, fallbackLine = firstLine): LocatedYaml {
  const counter = new LineCounter();
  // Dates as in Astro's frontmatter parser (js-yaml), so `updated: 2026-11-01` reads the same.
  const doc = parseDocument(text, { lineCounter: counter, customTags: ['timestamp'], prettyErrors: false });
  const positionOf = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let position = { line: fallbackLine, column: 1 };
    const at = (offset: number) => {
      const { line, col } = counter.linePos(offset);
      position = { line: line + firstLine - 1, column: col };
    };
    for (const segment of path) {
      let next: Node | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        if (isScalar(pair.key) && pair.key.range) at(pair.key.range[0]);
        next = pair.value as Node | undefined;
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment] as Node | undefined;
        if (next?.range) at(next.range[0]);
      }
      if (!next) break;
      node = next;
    }
    return position;
  };
  return {
    value: doc.errors.length ? undefined : doc.toJS(),
    syntaxErrors: doc.errors.map((e) => {
      const { line, col } = counter.linePos(unclosedAt(text, e.pos[0]) ?? e.pos[0]);
      return { line: line + firstLine - 1, column: col, message: e.message.split('\n')[0] ?? e.message };
    }),
    lineOf: (path) => positionOf(path).line,
    positionOf,
  };
}

/**
 * An unclosed quote or bracket makes the parser complain where it gave up (often the end of the
 * frontmatter); the editor needs the line that opened it. Returns that opener's offset, if any.
 */
function unclosedAt(text: string, errorOffset: number): number | undefined {
  let offset = 0;
  for (const line of text.slice(0, errorOffset).split('\n')) {
    const value = /^\s*(?:-\s+)?(?:[^\s:#][^:#]*:\s+)?/.exec(line)?.[0].length ?? 0;
    const rest = line.slice(value);
    const opener = rest[0];
    const closed =
      (opener === '"' && /^"(?:[^"\\]|\\.)*"/.test(rest)) ||
      (opener === "'" && /^'(?:[^']|'')*'/.test(rest)) ||
      (opener === '[' && rest.split('[').length === rest.split(']').length) ||
      (opener === '{' && rest.split('{').length === rest.split('}').length);
    if ((opener === '"' || opener === "'" || opener === '[' || opener === '{') && !closed) return offset + value;
    offset += line.length + 1;
  }
  return undefined;
}

const valueAt = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value);

/** What is wrong, in a few words; the schema's own message then says how to fix it. */
function describeIssue(issue: z.core.$ZodIssue, present: boolean): string {
  if (!present) return 'is missing.';
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? 'is too long.' : 'is too large.';
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'is empty.' : issue.origin === 'string' || issue.origin === 'array' ? 'is too short.' : 'is too small.';
    case 'invalid_type':
      return issue.expected === 'date' ? 'is not a valid date.' : 'has the wrong kind of value.';
    case 'invalid_value':
      return 'is not one of the allowed values.';
    case 'invalid_format':
      return 'is not written in the expected format.';
    default:
      return 'is not valid.';
  }
}

/**
 * Validates parsed YAML with one of the project's zod schemas and turns each issue into a finding
 * on the line of the offending field, with the schema's message as the fix.
 */
export function validateYaml<S extends z.ZodType>(
  schema: S,
  yaml: LocatedYaml,
  file: string,
): { data: z.output<S> | undefined; findings: Finding[] } {
  if (yaml.syntaxErrors.length) {
    return {
      data: undefined,
      findings: yaml.syntaxErrors.map((e) => ({
        ...error(file, e.line, 'yaml', `the YAML cannot be read (${e.message}).`, 'check indentation, the colon after each field name, and quote text that contains ": " or starts with a special character.'),
        column: e.column,
      })),
    };
  }
  const result = schema.safeParse(yaml.value ?? {});
  if (result.success) return { data: result.data, findings: [] };
  return {
    data: undefined,
    findings: result.error.issues.map((issue) => {
      const field = issue.path.filter((p) => typeof p === 'string').join('.') || '(file)';
      const present = issue.path.length === 0 || valueAt(yaml.value, issue.path) !== undefined;
      const { line, column } = yaml.positionOf(issue.path);
      return { ...error(file, line, field, describeIssue(issue, present), issue.message), column };
    }),
  };
}
