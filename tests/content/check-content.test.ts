import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesFor } from './fixtures.ts';

// Each fixture under tests/fixtures/content/ holds one kind of mistake; these are the exact lines
// `npm run check:content` prints for it (file:line: field: problem Fix: …).

const lintRule = (rule: string) => `change the line to follow the rule, explained at https://github.com/DavidAnson/markdownlint/blob/v0.42.1/doc/${rule}.md.`;

test('the valid fixture library passes every check, so each case below shows only its own mistake', () => {
  assert.deepEqual(messagesFor('_valid'), []);
});

test('invalid frontmatter is reported on the line and column of each field with the schema message as the fix', () => {
  assert.deepEqual(messagesFor('invalid-frontmatter'), [
    'error: content/en/payments/limits.mdx:1:1: description: is missing. Fix: Add a description: one sentence that answers the question (shown in search results and to search engines).',
    'error: content/en/payments/limits.mdx:2:1: title: is too long. Fix: title is longer than 50 characters: shorten it (with " | OKPay Help Center" it must fit a 70-character browser tab and search result); put detail in the description.',
    'error: content/en/payments/limits.mdx:3:1: order: has the wrong kind of value. Fix: order is a whole number; lower numbers come first in the category.',
    'error: content/en/payments/limits.mdx:4:1: updated: is not a valid date. Fix: updated is a date written as YYYY-MM-DD, e.g. 2026-11-01.',
  ]);
});

test('a misspelt frontmatter field is reported instead of being silently ignored', () => {
  assert.deepEqual(messagesFor('unknown-field'), [
    'error: content/en/payments/limits.mdx:4:1: keyword: is not a frontmatter field, so it is ignored. Fix: correct the spelling or remove it; the fields are title, description, order, updated, keywords, untranslated, redirectFrom, support, draft.',
  ]);
});

test('an article in a folder that is not a category is reported with the categories to choose from', () => {
  assert.deepEqual(messagesFor('unknown-category'), [
    'error: content/en/billing/invoice.mdx:1: category: "billing" is not a category in categories.yaml. Fix: move the file into one of: account, payments; or add the category to categories.yaml.',
    'error: content/zh-cn/billing/invoice.mdx:1: category: "billing" is not a category in categories.yaml. Fix: move the file into one of: account, payments; or add the category to categories.yaml.',
  ]);
});

test('the same slug in two categories of a locale is reported on both files', () => {
  const fix = 'Fix: rename one of the files: a slug names one article per locale, so links and translations are never ambiguous.';
  assert.deepEqual(messagesFor('duplicate-slug'), [
    `error: content/en/account/pay.mdx:1: slug: "pay" is also the slug of content/en/payments/pay.mdx. ${fix}`,
    `error: content/en/payments/pay.mdx:1: slug: "pay" is also the slug of content/en/account/pay.mdx. ${fix}`,
    `error: content/zh-cn/account/pay.mdx:1: slug: "pay" is also the slug of content/zh-cn/payments/pay.mdx. ${fix}`,
    `error: content/zh-cn/payments/pay.mdx:1: slug: "pay" is also the slug of content/zh-cn/account/pay.mdx. ${fix}`,
  ]);
});

test('two articles of a locale with the same title are reported on their title lines', () => {
  const fix = 'Fix: give each article its own title, so readers can tell them apart in lists and search results.';
  assert.deepEqual(messagesFor('duplicate-title'), [
    `error: content/en/payments/pay-again.mdx:2: title: "Pay with OKPay" is also the title of content/en/payments/pay.mdx. ${fix}`,
    `error: content/en/payments/pay.mdx:2: title: "Pay with OKPay" is also the title of content/en/payments/pay-again.mdx. ${fix}`,
  ]);
});

test('dead article links, unknown anchors, malformed site URLs and unknown contact channels are reported with what exists', () => {
  const headings = 'use one of its headings: #make-a-payment, #payment-didnt-go-through; or drop the anchor.';
  assert.deepEqual(messagesFor('broken-link'), [
    'error: content/en/payments/links.mdx:6: ArticleLink: <ArticleLink to="payments/refund">: there is no en article "payments/refund". Fix: use the "<category>/<slug>" of an existing article (its path under content/en/ without .mdx).',
    `error: content/en/payments/links.mdx:6: ArticleLink: <ArticleLink to="payments/pay#make-payment">: "#make-payment" is not a heading of content/en/payments/pay.mdx. Fix: ${headings}`,
    `error: content/en/payments/links.mdx:8: link: (/en/payments/pay/#steps): "#steps" is not a heading of content/en/payments/pay.mdx. Fix: ${headings}`,
    'error: content/en/payments/links.mdx:10: link: (/en/payments): "/en/payments" lacks the trailing slash every help-center URL has. Fix: write "/en/payments/".',
    'error: content/en/payments/links.mdx:10: link: (#more): "#more" is not a heading of content/en/payments/links.mdx. Fix: drop the anchor: that article has no headings.',
    'error: content/en/payments/links.mdx:14: ContactChannel: <ContactChannel channel="mail">: there is no channel "mail" in content/contact.yaml. Fix: use one of: email.',
  ]);
});

test('an article without its translation fails unless it is marked untranslated on purpose', () => {
  assert.deepEqual(messagesFor('missing-translation'), [
    'error: content/en/payments/english-only.mdx:1: translation: there is no zh-cn version (content/zh-cn/payments/english-only.mdx). Fix: write it with the same category and slug, or add "untranslated: true" to this file\'s frontmatter if it stays en-only for now.',
  ]);
});

test('descriptions outside the locale\'s configured length range are reported with the range', () => {
  assert.deepEqual(messagesFor('description-length'), [
    'error: content/en/payments/short.mdx:3: description: is 15 characters; en descriptions are 50-160. Fix: write one full sentence that answers the question; search results show it under the title.',
    'error: content/zh-cn/payments/short.mdx:3: description: is 81 characters; zh-cn descriptions are 25-80. Fix: shorten it to one sentence that answers the question; search engines cut longer ones off.',
  ]);
});

test('markdownlint errors are reported with the rule and where it is explained', () => {
  assert.deepEqual(messagesFor('markdownlint'), [
    `error: content/en/payments/lint.mdx:6: MD018/no-missing-space-atx: No space after hash on atx style heading: "#Steps". Fix: ${lintRule('md018')}`,
  ]);
});

test('an image without alt text is reported, one with alt text is not', () => {
  assert.deepEqual(messagesFor('image-alt'), [
    'error: content/en/payments/images.mdx:6: image: the image "/images/checkout.png" has no alt text. Fix: describe what the image shows, in the article\'s language, e.g. ![The "Forgot password" link under the password field](/images/checkout.png).',
  ]);
});

test('a leftover TODO fails the check', () => {
  assert.deepEqual(messagesFor('todo'), [
    'error: content/en/payments/unfinished.mdx:6: body: a TODO is left in the text. Fix: write the missing text and delete the TODO marker.',
  ]);
});

test('a translation older than its source is only a warning', () => {
  assert.deepEqual(messagesFor('outdated-translation'), [
    'warning: content/en/payments/pay.mdx:4: updated: 2026-10-01 is older than the zh-cn source (2026-11-01, content/zh-cn/payments/pay.mdx). Fix: bring the translation up to date with the source, then set updated: 2026-11-01.',
  ]);
});

test('invalid data files are reported on the line and column of the field', () => {
  assert.deepEqual(messagesFor('invalid-data'), [
    'error: content/categories.yaml:3:3: icon: is not one of the allowed values. Fix: icon must be one of: user, key, card, wallet, shield, tool, chat, search, globe, transfer, percent, alert, lock, briefcase.',
    'error: content/categories.yaml:13:3: name.en: is missing. Fix: Missing the en category name: add a "en:" line.',
  ]);
});

test('a popular article that a locale lacks is reported in home.yaml', () => {
  assert.deepEqual(messagesFor('unknown-popular'), [
    'error: content/home.yaml:1: popular: "payments/refund" has no zh-cn article. Fix: write content/zh-cn/payments/refund.mdx or remove "payments/refund" from the list.',
    'error: content/home.yaml:1: popular: "payments/refund" has no en article. Fix: write content/en/payments/refund.mdx or remove "payments/refund" from the list.',
  ]);
});

test('a channel the text sends the reader to but the help box does not offer fails, as do unknown support ids and an English mention starting a sentence in lower case', () => {
  assert.deepEqual(messagesFor('support-mismatch'), [
    'error: content/en/payments/pay.mdx:20: ContactChannel: <ContactChannel channel="chat" /> starts a sentence, so its label would be written in lower case. Fix: write <ContactChannel channel="chat" start /> there.',
    `error: content/en/payments/pay.mdx:20: support: the text sends the reader to <ContactChannel channel="chat">, but the "Still need help?" box offers only the category's channel (email). Fix: add it to the frontmatter, e.g. support: [email, chat], most fitting channel first; or change the text.`,
    'error: content/zh-cn/payments/pay.mdx:5: support: "fax" is not a channel in content/contact.yaml. Fix: use one of chat, email.',
    `error: content/zh-cn/payments/pay.mdx:21: support: the text sends the reader to <ContactChannel channel="chat">, but the "Still need help?" box offers only [email, fax]. Fix: add it to the frontmatter, e.g. support: [email, chat], most fitting channel first; or change the text.`,
  ]);
});
