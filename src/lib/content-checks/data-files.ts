import type { z } from 'zod';
import { categorySchema } from '../../schemas/category.ts';
import { contactSchema } from '../../schemas/contact.ts';
import { factSchema } from '../../schemas/facts.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { homeSchema } from '../../schemas/home.ts';
import { synonymsSchema } from '../../schemas/synonyms.ts';
import { phraseTableSchema } from '../../schemas/conversion.ts';
import { phraseTableFile } from '../conversion/convert.ts';
import { filledYaml } from './conversion.ts';
import { error } from './finding.ts';
import type { ContentData, ContentInput, Rule } from './rule.ts';
import { parseLocatedYaml, validateYaml, type LocatedYaml } from './yaml.ts';

interface DataFile {
  /** Path inside the content folder. */
  path: string;
  schema: z.ZodType;
  required: boolean;
  /** Per-locale records gain the generated locales before validation, as in the site's loaders. */
  filled?: boolean;
}

/** The data files of the content folder, each with the schema the site's loaders validate it with. */
export function dataFiles(locales: readonly string[], generated: readonly string[] = []): DataFile[] {
  return [
    { path: 'categories.yaml', schema: categorySchema(locales).array(), required: true, filled: true },
    { path: 'home.yaml', schema: homeSchema, required: true },
    { path: 'contact.yaml', schema: contactSchema(locales), required: true, filled: true },
    { path: 'facts.yaml', schema: factSchema(locales).array(), required: true, filled: true },
    { path: 'glossary.yaml', schema: glossarySchema(locales), required: false },
    ...locales.map((l) => ({ path: `search/synonyms.${l}.yaml`, schema: synonymsSchema, required: false })),
    ...generated.map((l) => ({ path: phraseTableFile(l), schema: phraseTableSchema, required: false })),
  ];
}

/** The data files of a check's content folder. */
const dataFilesOf = (input: ContentInput) =>
  dataFiles(
    input.site.locales.map((l) => l.code),
    input.site.locales.filter((l) => l.convertedFrom).map((l) => l.code),
  );

/** Reads every data file that exists; a missing or invalid one is undefined (the rule below says why). */
export function loadData(input: ContentInput): ContentData {
  const yaml = new Map<string, LocatedYaml>();
  const valid = new Map<string, unknown>();
  for (const { path, schema, filled } of dataFilesOf(input)) {
    const text = input.files.get(path);
    if (text === undefined) continue;
    const parsed = filled ? filledYaml(parseLocatedYaml(text, 1), input) : parseLocatedYaml(text, 1);
    yaml.set(path, parsed);
    const result = parsed.syntaxErrors.length ? undefined : schema.safeParse(parsed.value ?? {});
    if (result?.success) valid.set(path, result.data);
  }
  const get = <T>(path: string) => valid.get(path) as T | undefined;
  return {
    categories: get('categories.yaml'),
    home: get('home.yaml'),
    contact: get('contact.yaml'),
    facts: get('facts.yaml'),
    glossary: get('glossary.yaml'),
    yaml,
  };
}

export const dataFilesRule: Rule = {
  name: 'data-files',
  summary:
    'categories.yaml, home.yaml, contact.yaml, facts.yaml, glossary.yaml and `search/synonyms.<locale>.yaml` follow their schemas (src/schemas/); the message names the line and column of the field.',
  example: {
    bad: '# categories.yaml\n- id: payments\n  icon: money',
    good: '# categories.yaml\n- id: payments\n  icon: card',
    lang: 'yaml',
  },
  content({ input, data }) {
    return dataFilesOf(input).flatMap(({ path, schema, required }) => {
      const file = `${input.contentDir}${path}`;
      const yaml = data.yaml.get(path);
      if (!yaml) return required ? [error(file, 1, '(file)', 'is missing.', `create ${file}; the site cannot be built without it.`)] : [];
      return validateYaml(schema, yaml, file).findings;
    });
  },
};
