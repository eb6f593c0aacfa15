import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactPointsJsonLd, officialProfiles } from '../../../src/lib/contact/json-ld.ts';
import { placeholderValues } from '../../../src/lib/contact/placeholders.ts';
import { regionById } from '../../../src/lib/contact/contact.ts';
import { shippedContact } from './fixture.ts';

test('the JSON-LD has one ContactPoint per phone number with its area, languages and hours from contact.yaml', () => {
  // Read back as plain JSON, as a search engine does.
  const points = JSON.parse(JSON.stringify(contactPointsJsonLd(shippedContact(), 'en'))) as Record<string, unknown>[];
  const uk = points.find((p) => p.telephone === '+442079460321');
  assert.deepEqual(uk, {
    '@type': 'ContactPoint',
    contactType: 'Phone hotline',
    availableLanguage: ['cmn', 'en'],
    telephone: '+442079460321',
    areaServed: ['GB'],
    hoursAvailable: [
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `https://schema.org/${d}`),
        opens: '00:00:00',
        closes: '23:59:59',
      },
    ],
  });
  const australia = points.find((p) => p.telephone === '+61255501234') as { hoursAvailable: { opens: string; closes: string }[] };
  assert.deepEqual(australia.hoursAvailable.map((h) => `${h.opens}-${h.closes}`), ['08:00:00-20:00:00', '09:00:00-17:00:00']);
  assert.ok(points.some((p) => p.email === 'support@okpay.example'));
  assert.deepEqual(officialProfiles(shippedContact()), ['https://weibo.example/OKPayHelp', 'https://x.example/okpay_support']);
});

test('every shipped contact value is recognised as a placeholder', () => {
  const found = placeholderValues(shippedContact());
  const values = found.map((p) => p.value);
  for (const expected of ['+442079460321', '+12025550147', '+61255501234', '+864000000000', '+852800000000', '+886800000000', '+6518000000000', 'support@okpay.example', 'okpay.example', 'https://weibo.example/OKPayHelp', 'https://help.okpay.example/']) {
    assert.ok(values.includes(expected), `${expected} is flagged`);
  }
  assert.deepEqual(found.find((p) => p.value === '+442079460321')?.path, ['channels', 2, 'phones', 4, 'number']);
});

test('verified real-looking values are not placeholders', () => {
  const contact = shippedContact();
  const real = {
    ...contact,
    channels: contact.channels.map((c) => ({
      ...c,
      url: c.url && 'https://okpay.com/chat',
      phones: c.phones.map((p) => ({ ...p, number: '+442071234567' })),
      emails: c.emails.map(() => 'support@okpay.com'),
      emailDomains: c.emailDomains.map(() => 'okpay.com'),
      webDomains: c.webDomains.map(() => 'okpay.com'),
      social: c.social.map((s) => ({ ...s, url: 'https://weibo.com/okpay' })),
    })),
  };
  assert.deepEqual(placeholderValues(real), []);
});

test('a region is found by id, and an unknown id is named in the error', () => {
  const regions = [{ id: 'uk', name: { en: 'UK' }, timeZone: 'Europe/London', nearbyTimeZones: [], countries: ['GB'] }];
  assert.equal(regionById({ regions }, 'uk').timeZone, 'Europe/London');
  assert.throws(() => regionById({ regions }, 'mars'), /no region "mars"/);
});
