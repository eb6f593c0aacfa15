/**
 * Just enough HTML reading for the link check: the URLs a page points at and the ids it
 * defines. Astro's output is well-formed, so a tag tokenizer is enough; script, style and
 * comment contents are skipped so code is never mistaken for markup.
 */

export interface PageLink {
  tag: string;
  attribute: string;
  url: string;
  /** <link rel>, which tells a navigation (canonical, alternate) from a download (stylesheet). */
  rel?: string;
}

const tagPattern = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function decode(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function withoutCode(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');
}

export function tags(html: string): { name: string; attributes: Map<string, string> }[] {
  return [...withoutCode(html).matchAll(tagPattern)].map((match) => {
    const attributes = new Map<string, string>();
    for (const a of (match[2] ?? '').matchAll(attributePattern)) {
      attributes.set(a[1]!.toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    return { name: match[1]!.toLowerCase(), attributes };
  });
}

/** Attributes that make the browser navigate to or fetch a URL. */
const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  form: ['action'],
  use: ['href'],
};

export function pageLinks(html: string): PageLink[] {
  return tags(html).flatMap(({ name, attributes }) =>
    (urlAttributes[name] ?? []).flatMap((attribute) => {
      const value = attributes.get(attribute);
      if (value === undefined) return [];
      const urls = attribute === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      return urls.filter(Boolean).map((url) => ({ tag: name, attribute, url, rel: attributes.get('rel') }));
    }),
  );
}

/** Every id (and legacy <a name>) a page defines, i.e. the fragments that can point into it. */
export function pageAnchors(html: string): Set<string> {
  const anchors = new Set<string>();
  for (const { name, attributes } of tags(html)) {
    const id = attributes.get('id');
    if (id) anchors.add(id);
    if (name === 'a' && attributes.get('name')) anchors.add(attributes.get('name')!);
  }
  return anchors;
}

/** url(...) references in a stylesheet. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? '')
    .filter((u) => u && !u.startsWith('data:') && !u.startsWith('#'));
}
