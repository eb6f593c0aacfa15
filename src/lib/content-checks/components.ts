import { componentCatalog, componentNames, type ComponentSpec } from '../../components/mdx/catalog.ts';
import { error, type Finding } from './finding.ts';
import { htmlElements, lineOf, walk } from './mdx.ts';
import type { Rule } from './rule.ts';
import { isCodeTag, isEventHandler } from './safety.ts';

const catalog: Record<string, ComponentSpec> = componentCatalog;
const list = componentNames.map((name) => `<${name}> (${catalog[name]!.purpose})`).join(', ');

/** Only the documented components, with their documented attributes; any other tag is refused. */
export const componentsRule: Rule = {
  name: 'components',
  summary: `Besides Markdown, an .mdx article may use exactly these components: ${list}. HTML tags are not allowed (Markdown does the same job), nor in .md articles.`,
  example: {
    bad: '<div class="note">Keep your code secret.</div>\n\n<Callout kind="warning">Never share it.</Callout>',
    good: '<Callout type="warning">Never share your verification code.</Callout>',
  },
  article({ file, tree, format }) {
    if (!tree) return [];
    const findings: Finding[] = [];
    for (const node of walk(tree)) {
      if (node.type === 'html' && format === 'md') {
        const tags = htmlElements(String(node.value)).map((e) => e.tagName).filter((t) => !isCodeTag(t));
        for (const tag of new Set(tags)) {
          findings.push(
            error(file, lineOf(node), `<${tag}>`, `HTML is not allowed in an article.`, 'write it in Markdown; to use the article components, rename the file to .mdx.'),
          );
        }
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
      const tag = node.name ?? '';
      if (isCodeTag(tag)) continue;
      const spec = Object.hasOwn(catalog, tag) ? catalog[tag] : undefined;
      if (!spec) {
        findings.push(
          error(
            file,
            lineOf(node),
            `<${tag}>`,
            `is not an article component.`,
            `write it in Markdown (text, **bold**, lists, [links](…), ![images](…)) or use one of ${list}.`,
          ),
        );
        continue;
      }
      const written = new Set<string>();
      for (const attribute of node.attributes ?? []) {
        const name = attribute.name;
        if (attribute.type !== 'mdxJsxAttribute' || !name || isEventHandler(name)) continue;
        written.add(name);
        const allowed = spec.attributes[name];
        if (!allowed) {
          const names = Object.keys(spec.attributes);
          findings.push(
            error(file, lineOf(node), `<${tag}> ${name}`, `<${tag}> has no "${name}" attribute.`, names.length ? `use ${names.map((n) => `${n}="…"`).join(', ')}; e.g. ${spec.example}` : `remove it; e.g. ${spec.example}`),
          );
        } else if (allowed.values && typeof attribute.value === 'string' && !allowed.values.includes(attribute.value)) {
          findings.push(error(file, lineOf(node), `<${tag}> ${name}`, `"${attribute.value}" is not a ${name} of <${tag}>.`, `use one of: ${allowed.values.join(', ')}.`));
        }
      }
      for (const [name, { required }] of Object.entries(spec.attributes)) {
        if (required && !written.has(name)) {
          findings.push(error(file, lineOf(node), `<${tag}>`, `the ${name}="…" attribute is missing.`, `write it like ${spec.example}.`));
        }
      }
    }
    return findings;
  },
};
