import { z } from 'zod';
import { articleSchema } from '../../schemas/article.ts';
import type { ContentLocale } from './rule.ts';

/** The generated region of CONTRIBUTING.md; everything between the markers is rewritten. */
export const referenceStart = '<!-- frontmatter-reference:start: generated from src/schemas/article.ts by `npm run docs:frontmatter`; do not edit by hand -->';
export const referenceEnd = '<!-- frontmatter-reference:end -->';

interface JsonField {
  type?: string;
  format?: string;
  description?: string;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  items?: JsonField;
}

function kind(field: JsonField): string {
  switch (field.type) {
    case 'string':
      if (field.format === 'date') return 'date, `YYYY-MM-DD`';
      return field.maxLength !== undefined ? `text, at most ${field.maxLength} characters` : 'text';
    case 'integer':
      return field.minimum !== undefined ? `whole number, ${field.minimum} or more` : 'whole number';
    case 'boolean':
      return '`true` or `false`';
    case 'array':
      return `list of ${field.items ? kind(field.items) : 'values'}, e.g. \`[a, b]\``;
    default:
      return 'any';
  }
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The frontmatter reference as a Markdown table, straight from the zod schema (types, defaults,
 * descriptions), plus the per-locale description lengths from the site configuration.
 */
export function renderFrontmatterReference(locales: readonly ContentLocale[]): string {
  const json = z.toJSONSchema(articleSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === 'date') Object.assign(jsonSchema, { type: 'string', format: 'date' });
    },
  }) as { properties: Record<string, JsonField>; required?: string[] };
  const required = new Set(json.required ?? []);
  const rows = Object.entries(json.properties).map(([name, field]) => {
    const need = required.has(name) ? 'yes' : field.default !== undefined ? `no (default \`${JSON.stringify(field.default)}\`)` : 'no';
    return `| \`${name}\` | ${cell(kind(field))} | ${need} | ${cell(field.description ?? '')} |`;
  });
  const lengths = locales.map((l) => `${l.code} ${l.descriptionLength.min}-${l.descriptionLength.max}`).join(', ');
  return [
    '| field | value | required | meaning |',
    '|---|---|---|---|',
    ...rows,
    '',
    `\`description\` length, in characters: ${lengths} (\`descriptionLength\` of each locale in \`src/site.config.ts\`).`,
  ].join('\n');
}

/** The document with the region between two marker comments replaced, or why it cannot be. */
export function withGeneratedRegion(document: string, markers: { start: string; end: string }, content: string): string | { error: string } {
  const start = document.indexOf(markers.start);
  const end = document.indexOf(markers.end);
  if (start < 0 || end < start) return { error: `the markers ${markers.start} and ${markers.end} are missing or out of order.` };
  return `${document.slice(0, start + markers.start.length)}\n${content}\n${document.slice(end)}`;
}

/** The document with the frontmatter reference replaced, or why it cannot be. */
export function withFrontmatterReference(document: string, reference: string): string | { error: string } {
  return withGeneratedRegion(document, { start: referenceStart, end: referenceEnd }, reference);
}
