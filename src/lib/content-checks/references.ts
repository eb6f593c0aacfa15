import { error } from './finding.ts';
import { attributeText, lineOf, walk } from './mdx.ts';
import type { Rule } from './rule.ts';

/** `<Fact id>` renders a figure of facts.yaml; an unknown id would fail the build's rendering. */
export const factIdsRule: Rule = {
  name: 'fact-ids',
  summary: 'Figures (time frames, fees, limits) are never typed by hand: <Fact id> names a fact of content/facts.yaml, which holds its wording in every language.',
  example: { bad: 'Refunds take <Fact id="refund-time" />.', good: 'Refunds take <Fact id="refund-completion" />.' },
  article({ file, tree }, { data, input }) {
    if (!tree || !data.facts) return [];
    const ids = data.facts.map((f) => f.id);
    return [...walk(tree)].flatMap((node) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Fact') return [];
      const id = attributeText(node, 'id');
      if (id === undefined || ids.includes(id)) return [];
      return [error(file, lineOf(node), 'Fact', `<Fact id="${id}">: there is no fact "${id}" in ${input.contentDir}facts.yaml.`, `use one of: ${ids.join(', ')}; or add the fact there.`)];
    });
  },
};

/** Each category recommends a support channel under its articles; it must be one of contact.yaml. */
export const categoryChannelRule: Rule = {
  name: 'category-channel',
  summary: 'The channel a category recommends (categories.yaml `channel`) is a channel id of contact.yaml.',
  example: { bad: '- id: payments\n  channel: fax', good: '- id: payments\n  channel: email', lang: 'yaml' },
  content({ data, input }) {
    const { categories, contact } = data;
    if (!categories || !contact) return [];
    const yaml = data.yaml.get('categories.yaml');
    const ids = contact.channels.map((c) => c.id);
    return categories.flatMap((category, i) =>
      ids.includes(category.channel)
        ? []
        : [
            error(
              `${input.contentDir}categories.yaml`,
              yaml?.lineOf([i, 'channel']) ?? 1,
              `${category.id}.channel`,
              `"${category.channel}" is not a channel in contact.yaml.`,
              `use one of ${ids.join(', ')}.`,
            ),
          ],
    );
  },
};
