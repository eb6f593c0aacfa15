/** A heading as Astro's Markdown renderer reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Nests h2/h3 headings into a two-level table of contents. An h3 before any h2 is promoted so
 * no heading is lost; deeper headings are left out to keep the list short.
 */
export function tableOfContents(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth === 2) items.push({ slug, text, children: [] });
    else if (depth === 3) {
      const parent = items.at(-1);
      if (parent) parent.children.push({ slug, text, children: [] });
      else items.push({ slug, text, children: [] });
    }
  }
  return items;
}
