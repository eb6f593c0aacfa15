import { articleSchema } from '../../schemas/article.ts';
import { error, type Finding } from './finding.ts';
import type { Rule } from './rule.ts';
import { validateYaml, type LocatedYaml } from './yaml.ts';

export const frontmatterRule: Rule = {
  name: 'frontmatter',
  summary:
    'Every article starts with YAML frontmatter whose fields follow the reference below; a misspelt field is an error rather than silently ignored.',
  example: {
    bad: '---\ntitle: Request a refund\nkeyword: [money back]\n---',
    good: '---\ntitle: Request a refund\ndescription: Ask the merchant first; if they do not answer in 7 days, open a dispute.\nkeywords: [money back]\n---',
  },
  article({ file, frontmatter }) {
    if (!frontmatter) {
      return [
        error(file, 1, 'frontmatter', 'is missing.', 'start the file with a "---" line, the fields (title, description, …) and a closing "---" line; `npm run new` writes them for you.'),
      ];
    }
    return [...validateYaml(articleSchema, frontmatter, file).findings, ...unknownFields(file, frontmatter)];
  },
};

function unknownFields(file: string, frontmatter: LocatedYaml): Finding[] {
  const value = frontmatter.value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const known = Object.keys(articleSchema.shape);
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const { line, column } = frontmatter.positionOf([key]);
      return { ...error(file, line, key, 'is not a frontmatter field, so it is ignored.', `correct the spelling or remove it; the fields are ${known.join(', ')}.`), column };
    });
}
