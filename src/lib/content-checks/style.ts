import { factSchema, type Fact } from '../../schemas/facts.ts';
import { glossarySchema, type Glossary } from '../../schemas/glossary.ts';
import type { Finding } from './finding.ts';
import { glossaryTerms } from './glossary.ts';
import { handTypedFacts } from './hand-typed-facts.ts';
import { proseLines } from './prose-lines.ts';
import { halfWidthPunctuation } from './punctuation.ts';
import { informalAddress } from './register.ts';
import type { ArticleSource } from './source.ts';
import { parseLocatedYaml, validateYaml } from './yaml.ts';

export interface StyleRules {
  /** Problems in glossary.yaml and facts.yaml themselves. */
  findings: Finding[];
  /** Register, punctuation, glossary and hand-typed figures in one article. */
  check(file: string, locale: string, source: ArticleSource): Finding[];
}

/**
 * The house style as rules over an article's prose, with their data (content/glossary.yaml,
 * content/facts.yaml) read from the content folder. A missing data file only switches its
 * rule off: the build itself requires facts.yaml.
 */
export function styleRules(contentDir: string, files: ReadonlyMap<string, string>, localeCodes: readonly string[]): StyleRules {
  const findings: Finding[] = [];
  const read = <T,>(name: string, schema: Parameters<typeof validateYaml>[0], empty: T): T => {
    const text = files.get(name);
    if (text === undefined) return empty;
    const result = validateYaml(schema, parseLocatedYaml(text, 1), `${contentDir}${name}`);
    findings.push(...result.findings);
    return (result.data as T | undefined) ?? empty;
  };
  const glossary = read<Glossary>('glossary.yaml', glossarySchema(localeCodes), {});
  const facts = read<Fact[]>('facts.yaml', factSchema(localeCodes).array(), []);
  return {
    findings,
    check(file, locale, source) {
      const lines = proseLines(source);
      return [
        ...informalAddress(file, locale, lines),
        ...halfWidthPunctuation(file, locale, lines),
        ...glossaryTerms(file, locale, lines, glossary),
        ...handTypedFacts(file, locale, lines, facts),
      ];
    },
  };
}
