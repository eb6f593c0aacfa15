import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import site from '../../src/site.config.ts';
import { checkContent } from '../../src/lib/content-checks/index.ts';
import { formatFinding } from '../../src/lib/content-checks/finding.ts';
import { safetyRule } from '../../src/lib/content-checks/safety.ts';
import { brokenCases } from './broken-cases.ts';
import { check, checkInput, fixtureFiles, messagesForFiles } from './fixtures.ts';

// Issue 14: each way a careless or hostile editor can break the site, and the exact lines
// check:content prints for it. The build runs the same rules (tests/build/broken-content.test.ts).
const expected = new Map<string, string[]>([
  [
    'an expression that would publish an environment variable',
    [
      'error: content/en/payments/home-dir.mdx:7: expression: "{process.env.HOME}" is code that the build would run and publish the result of. Fix: write the text itself; for a figure use <Fact id="…" />; for a literal brace write "\\{".',
    ],
  ],
  [
    'an export that would publish every secret of the build',
    [
      'error: content/en/payments/leak.mdx:7: import/export: "export const leak = JSON.stringify(process.env).length": an article cannot import or export code; the build would run it. Fix: remove the line: the components (ArticleLink, Callout, ContactChannel, Fact, Regions, Steps) are available without importing, and figures come from content/facts.yaml with <Fact id="…" />.',
      'error: content/en/payments/leak.mdx:9: expression: "{leak}" is code that the build would run and publish the result of. Fix: write the text itself; for a figure use <Fact id="…" />; for a literal brace write "\\{".',
    ],
  ],
  [
    'a script, a style, a frame, an event handler and a javascript: link',
    [
      `error: content/en/payments/scripts.mdx:7: <script>: the <script> tag would run or embed code in the reader's browser. Fix: remove it: an article is text, images and the components ArticleLink, Callout, ContactChannel, Fact, Regions, Steps; ask a developer for anything more.`,
      `error: content/en/payments/scripts.mdx:9: <style>: the <style> tag would run or embed code in the reader's browser. Fix: remove it: an article is text, images and the components ArticleLink, Callout, ContactChannel, Fact, Regions, Steps; ask a developer for anything more.`,
      'error: content/en/payments/scripts.mdx:9: expression: "{`body { display: none }`}" is code that the build would run and publish the result of. Fix: write the text itself; for a figure use <Fact id="…" />; for a literal brace write "\\{".',
      `error: content/en/payments/scripts.mdx:11: <iframe>: the <iframe> tag would run or embed code in the reader's browser. Fix: remove it: an article is text, images and the components ArticleLink, Callout, ContactChannel, Fact, Regions, Steps; ask a developer for anything more.`,
      'error: content/en/payments/scripts.mdx:13: <img>: is not an article component. Fix: write it in Markdown (text, **bold**, lists, [links](…), ![images](…)) or use one of <ArticleLink> (a link to another article of the same language), <Callout> (a boxed tip, note, warning or danger), <ContactChannel> (an official support channel from content/contact.yaml), <Fact> (a figure from content/facts.yaml), <Regions> (the list of countries and regions with their own support numbers and hours, from content/contact.yaml), <Steps> (numbered steps around a Markdown list).',
      `error: content/en/payments/scripts.mdx:13: onerror: onerror on <img> is a script that would run in the reader's browser. Fix: remove the attribute: articles cannot run scripts.`,
      'error: content/en/payments/scripts.mdx:15: link: "javascript:alert(1)" is a script, not a link. Fix: link to a page (https://…, /en/<category>/<slug>/) or use <ArticleLink to="<category>/<slug>" />.',
    ],
  ],
  [
    'raw HTML in a Markdown article',
    [
      'error: content/en/payments/raw-html.md:7: <b>: HTML is not allowed in an article. Fix: write it in Markdown; to use the article components, rename the file to .mdx.',
      'error: content/en/payments/raw-html.md:7: <img>: HTML is not allowed in an article. Fix: write it in Markdown; to use the article components, rename the file to .mdx.',
      `error: content/en/payments/raw-html.md:7: onerror: onerror on <img> is a script that would run in the reader's browser. Fix: remove the attribute: articles cannot run scripts.`,
    ],
  ],
  [
    'tags and attributes that are not the documented components',
    [
      'error: content/en/payments/components.mdx:7: <div>: is not an article component. Fix: write it in Markdown (text, **bold**, lists, [links](…), ![images](…)) or use one of <ArticleLink> (a link to another article of the same language), <Callout> (a boxed tip, note, warning or danger), <ContactChannel> (an official support channel from content/contact.yaml), <Fact> (a figure from content/facts.yaml), <Regions> (the list of countries and regions with their own support numbers and hours, from content/contact.yaml), <Steps> (numbered steps around a Markdown list).',
      'error: content/en/payments/components.mdx:9: <Callout> kind: <Callout> has no "kind" attribute. Fix: use type="…", title="…"; e.g. <Callout type="warning">Never share your verification code.</Callout>',
      'error: content/en/payments/components.mdx:11: <Callout> type: "info" is not a type of <Callout>. Fix: use one of: tip, note, warning, danger.',
      'error: content/en/payments/components.mdx:13: <ArticleLink>: the to="…" attribute is missing. Fix: write it like <ArticleLink to="signing-in/reset-password" />.',
      'error: content/en/payments/components.mdx:13: Fact: <Fact id="no-such-fact">: there is no fact "no-such-fact" in content/facts.yaml. Fix: use one of: refund-completion; or add the fact there.',
    ],
  ],
  [
    'a .md file beside the .mdx of the same article',
    [
      'error: content/en/payments/pay.md:1: file: en/payments/pay.md and en/payments/pay.mdx are the same article; only one of them would be published. Fix: keep one file: move any text you need into en/payments/pay.mdx and delete en/payments/pay.md.',
    ],
  ],
  [
    'a dead Markdown link and an ArticleLink split over two lines',
    [
      `error: content/en/payments/dead-links.mdx:7: link: (/en/payments/no-such-article/): there is no en article "payments/no-such-article". Fix: link to an existing article's /en/<category>/<slug>/ URL, or use <ArticleLink to="<category>/<slug>" />.`,
      'error: content/en/payments/dead-links.mdx:9: ArticleLink: <ArticleLink to="payments/no-such-article">: there is no en article "payments/no-such-article". Fix: use the "<category>/<slug>" of an existing article (its path under content/en/ without .mdx).',
    ],
  ],
  [
    'the same slug in two categories',
    [
      'error: content/en/account/twin.mdx:1: slug: "twin" is also the slug of content/en/payments/twin.mdx. Fix: rename one of the files: a slug names one article per locale, so links and translations are never ambiguous.',
      'error: content/en/payments/twin.mdx:1: slug: "twin" is also the slug of content/en/account/twin.mdx. Fix: rename one of the files: a slug names one article per locale, so links and translations are never ambiguous.',
    ],
  ],
  [
    'an article in one language only',
    [
      `error: content/en/payments/lonely.mdx:1: translation: there is no zh-cn version (content/zh-cn/payments/lonely.mdx). Fix: write it with the same category and slug, or add "untranslated: true" to this file's frontmatter if it stays en-only for now.`,
    ],
  ],
  [
    'an empty body',
    [
      'error: content/en/payments/empty.mdx:6: body: the article has no text. Fix: write the answer below the frontmatter, or delete the file.',
    ],
  ],
  [
    'an article far too long to search',
    [
      'error: content/en/payments/huge.mdx:1: body: the article is 34,133 characters; the limit is 30,000. Fix: split it into articles that each answer one question, and link them with <ArticleLink to="<category>/<slug>" />.',
    ],
  ],
  [
    'an unclosed quote in the frontmatter',
    [
      'error: content/en/payments/quote.mdx:2:8: yaml: the YAML cannot be read (Missing closing "quote). Fix: check indentation, the colon after each field name, and quote text that contains ": " or starts with a special character.',
    ],
  ],
  [
    'a redirect over the address of a live article',
    [
      'error: content/en/payments/moved.mdx:5: redirectFrom: "kept" is the address of an existing page (/en/payments/kept/); a redirect there would hide it. Fix: remove "kept" from redirectFrom, or move or delete the page at /en/payments/kept/.',
    ],
  ],
  [
    'a synonym entry without words',
    [
      'error: content/search/synonyms.en.yaml:3:3: words: is missing. Fix: words is a list of what customers type instead, e.g. [取款, 提款, 出金].',
    ],
  ],
  [
    'a category recommending a channel that does not exist',
    [
      'error: content/categories.yaml:4: account.channel: "fax" is not a channel in contact.yaml. Fix: use one of email.',
    ],
  ],
]);

for (const broken of brokenCases) {
  test(`check:content refuses ${broken.name}, naming file:line and the fix`, () => {
    const files = fixtureFiles('_valid');
    broken.edit(files);
    assert.deepEqual(messagesForFiles(files), expected.get(broken.name));
  });
}

test('text that only looks like code passes: escaped braces, code spans and blocks, a multi-line ArticleLink, plain .md', () => {
  const files = fixtureFiles('_valid');
  files.set(
    'en/payments/pay.mdx',
    `${files.get('en/payments/pay.mdx')}\nWrite \\{amount\\} as shown; \`<script>\` and \`{process.env}\` are only examples.\n\n\`\`\`text\nexport const x = {y}\n<iframe onload="x()">\n\`\`\`\n\nSee <ArticleLink\n  to="payments/pay#make-a-payment"\n/>.\n`,
  );
  files.set('en/payments/plain.md', '---\ntitle: Plain Markdown\ndescription: A Markdown article with no HTML at all, which is all a .md article needs to be.\nuntranslated: true\n---\n\nJust **text** and [a link](/en/payments/pay/).\n');
  assert.deepEqual(messagesForFiles(files), []);
});

test('an MDX comment is not code, an expression next to it is', () => {
  const files = fixtureFiles('_valid');
  files.set('en/payments/pay.mdx', `${files.get('en/payments/pay.mdx')}\n{/* A note for editors. */}\n\n{/* a */ process.env.HOME}\n`);
  assert.deepEqual(
    checkContent(checkInput(files), [safetyRule]).findings.map((f) => [f.line, f.field]),
    [[24, 'expression']],
  );
});

test('OKPAY_PRODUCTION=1: check:content lists every example value still in place, each on its line', () => {
  const files = fixtureFiles('_valid');
  files.set('facts.yaml', `${files.get('facts.yaml')}  placeholder: true\n`);
  const config = { file: 'src/site.config.ts', text: readFileSync(new URL('../../src/site.config.ts', import.meta.url), 'utf8') };
  const production = {
    ...site,
    production: true,
    url: 'https://help.okpay.example',
    editUrl: 'https://git.okpay.example/okpay/help-center/edit/main/content/',
    feedbackEndpoint: 'http://feedback.okpay.com/votes',
  };
  const report = checkContent({ ...checkInput(files), site: production, siteConfig: config });
  // Each deployment value is reported on the line of the config that reads it.
  const lineOf = (variable: string) => config.text.split('\n').findIndex((l) => l.includes(`env.${variable}`)) + 1;
  assert.deepEqual(report.findings.map((f) => `${f.severity}: ${formatFinding(f)}`), [
    'error: content/contact.yaml:19: channels.0.emails.0: "support@okpay.example" is a placeholder (a reserved example domain); a production build (OKPAY_PRODUCTION=1) refuses it. Fix: replace it with the verified official value.',
    'error: content/facts.yaml:7: refund-completion.placeholder: "3-5" (refund-completion) is not confirmed yet; a production build (OKPAY_PRODUCTION=1) refuses it. Fix: confirm the figure with OKPay, correct value and text if needed, and remove "placeholder: true".',
    `error: src/site.config.ts:${lineOf('SITE_URL')}: SITE_URL: "https://help.okpay.example" is an example value (a reserved example domain); a production build (OKPAY_PRODUCTION=1) refuses it. Fix: set SITE_URL to the help center's public https:// address.`,
    `error: src/site.config.ts:${lineOf('EDIT_URL')}: EDIT_URL: "https://git.okpay.example/okpay/help-center/edit/main/content/" is an example value (a reserved example domain); a production build (OKPAY_PRODUCTION=1) refuses it. Fix: set EDIT_URL to the repository's https:// "edit" address of the content folder, or to "" to hide the "Edit this page" link.`,
    `error: src/site.config.ts:${lineOf('FEEDBACK_ENDPOINT')}: FEEDBACK_ENDPOINT: "http://feedback.okpay.com/votes" is not an https:// address; a production build (OKPAY_PRODUCTION=1) refuses it. Fix: set FEEDBACK_ENDPOINT to the https:// address that collects votes, or leave it unset.`,
  ]);
  // Without the flag, the same content passes: examples are fine everywhere but production.
  assert.deepEqual(check(files).findings, []);
});
