import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleJsonLd, breadcrumbJsonLd, organizationJsonLd, serializeJsonLd, webSiteJsonLd } from '../../../src/lib/seo/json-ld.ts';

const publisher = { name: 'OKPay', url: 'https://okpay.example/en/', logo: 'https://okpay.example/logo.png' };

test('an Article carries headline, description, dateModified, language and publisher', () => {
  const data = articleJsonLd({
    headline: 'Request a refund',
    description: 'Ask the merchant first.',
    url: 'https://okpay.example/en/payments/request-refund/',
    inLanguage: 'en',
    dateModified: new Date('2026-10-02T08:00:00Z'),
    publisher,
  });
  assert.equal(data['@context'], 'https://schema.org');
  assert.equal(data['@type'], 'Article');
  assert.equal(data.headline, 'Request a refund');
  assert.equal(data.dateModified, '2026-10-02T08:00:00.000Z');
  assert.equal(data.inLanguage, 'en');
  assert.deepEqual(data.publisher, { '@type': 'Organization', ...publisher });
});

test('an Article without a known date leaves dateModified out rather than inventing one', () => {
  const data = articleJsonLd({ headline: 'h', description: 'd', url: 'https://okpay.example/x/', inLanguage: 'en', publisher });
  assert.equal('dateModified' in data, false);
});

test('a BreadcrumbList numbers its items from 1 with absolute URLs', () => {
  const data = breadcrumbJsonLd([
    { name: 'Home', url: 'https://okpay.example/en/' },
    { name: 'Payments', url: 'https://okpay.example/en/payments/' },
  ]);
  assert.deepEqual(data.itemListElement, [
    { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://okpay.example/en/' },
    { '@type': 'ListItem', position: 2, name: 'Payments', item: 'https://okpay.example/en/payments/' },
  ]);
});

test('the WebSite search action points to the search page with the search_term_string placeholder', () => {
  const data = webSiteJsonLd({ name: 'OKPay', url: 'https://okpay.example/en/', inLanguage: 'en', searchUrlTemplate: 'https://okpay.example/en/search/?q={search_term_string}' });
  assert.deepEqual(data.potentialAction, {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: 'https://okpay.example/en/search/?q={search_term_string}' },
    'query-input': 'required name=search_term_string',
  });
  assert.throws(() => webSiteJsonLd({ name: 'x', url: 'https://okpay.example/', inLanguage: 'en', searchUrlTemplate: 'https://okpay.example/search/' }), /search_term_string/);
});

test('an Organization lists contact points only when the contact data provides them', () => {
  assert.equal('contactPoint' in organizationJsonLd(publisher), false);
  const withContact = organizationJsonLd({ ...publisher, contactPoint: [{ '@type': 'ContactPoint', contactType: 'customer support', email: 'help@okpay.example' }] });
  assert.deepEqual(withContact.contactPoint, [{ '@type': 'ContactPoint', contactType: 'customer support', email: 'help@okpay.example' }]);
});

test('serialised JSON-LD cannot close its script element and still parses to the same data', () => {
  const data = { headline: 'Bad </script><script>alert(1)</script> & co\u2028' };
  const json = serializeJsonLd(data);
  assert.doesNotMatch(json, /<|>|&/);
  assert.deepEqual(JSON.parse(json), data);
});
