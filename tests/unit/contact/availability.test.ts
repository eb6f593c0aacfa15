import { test } from 'node:test';
import assert from 'node:assert/strict';
import { channelStatus, formatTime, helpPlan, regionForTimeZone, type AvailabilityData } from '../../../src/lib/contact/availability.ts';
import { supportChannels, supportIds } from '../../../src/lib/contact/support.ts';
import { shippedContact } from './fixture.ts';

/** The shipped contact data as the pages hand it to the browser. */
function shipped(): AvailabilityData {
  const contact = shippedContact();
  const zone = (id: string) => contact.regions.find((r) => r.id === id)!.timeZone;
  return {
    channels: contact.channels.map((c) => ({ id: c.id, urgent: c.urgent })),
    regions: contact.regions.map((r) => ({ id: r.id, timeZone: r.timeZone, nearbyTimeZones: r.nearbyTimeZones })),
    schedules: contact.channels.flatMap((c) => c.availability.map((a) => ({ channel: c.id, region: a.region, timeZone: zone(a.region), hours: a.hours }))),
  };
}

// Thursday 15 January 2026, 19:30 UTC: 03:30 Friday in Shanghai, 19:30 in London, 14:30 in New York.
const night = new Date('2026-01-15T19:30:00Z');

test('a visitor is placed in the region of their own or a nearby time zone', () => {
  const { regions } = shipped();
  assert.equal(regionForTimeZone(regions, 'Asia/Shanghai'), 'mainland-china');
  assert.equal(regionForTimeZone(regions, 'America/Los_Angeles'), 'north-america');
  assert.equal(regionForTimeZone(regions, 'Australia/Perth'), 'australia');
  assert.equal(regionForTimeZone(regions, 'Asia/Kuala_Lumpur'), 'singapore');
  assert.equal(regionForTimeZone(regions, 'Europe/Berlin'), undefined);
});

test('chat is closed at 03:30 in Shanghai and opens at 08:00 Shanghai time; the hotline is open 24/7', () => {
  const data = shipped();
  const chat = channelStatus(data, 'chat', 'mainland-china', night);
  assert.deepEqual(chat, { open: false, opensAt: new Date('2026-01-16T00:00:00Z') });
  assert.deepEqual(channelStatus(data, 'phone', 'mainland-china', night), { open: true, closesAt: null });
  assert.deepEqual(channelStatus(data, 'email', 'mainland-china', night), { open: true, anytime: true });
});

test('with no region known, a channel open in any region counts as open', () => {
  assert.equal(channelStatus(shipped(), 'chat', undefined, night).open, true);
});

test('a closed first channel is replaced by the article\'s next open one, else by any open channel', () => {
  const data = shipped();
  assert.equal(helpPlan(data, ['chat', 'email'], 'mainland-china', night).alternative, 'email');
  assert.equal(helpPlan(data, ['chat'], 'mainland-china', night).alternative, 'email');
  assert.equal(helpPlan(data, ['chat', 'email'], 'uk', night).alternative, undefined);
});

test('an urgent article always has a channel open 24/7 in the visitor\'s region', () => {
  const data = shipped();
  // Sunday 03:00 in Sydney: the Australian hotline is closed, chat runs around the clock there.
  const sydneyNight = new Date('2026-01-17T16:00:00Z');
  const australia = helpPlan(data, ['phone', 'email'], 'australia', sydneyNight);
  assert.equal(australia.statuses.get('phone')?.open, false);
  assert.equal(australia.roundTheClock, 'chat');
  assert.equal(helpPlan(data, ['phone', 'email'], 'uk', night).roundTheClock, 'phone');
  assert.equal(helpPlan(data, ['chat', 'phone'], 'uk', night).roundTheClock, undefined, 'not urgent: chat comes first');
  for (const region of data.regions) {
    assert.ok(helpPlan(data, ['phone'], region.id, night).roundTheClock, `${region.id} has a 24/7 channel`);
  }
});

test('an article without support uses its category\'s channel; unknown ids name the file or categories.yaml', () => {
  const contact = shippedContact();
  const category = { id: 'payments', channel: 'email' } as Parameters<typeof supportChannels>[1];
  const where = { file: 'content/en/payments/pay.mdx', contentDir: 'content/' };
  assert.deepEqual(supportIds(undefined, { channel: 'chat' }), ['chat']);
  assert.deepEqual(supportIds(['phone', 'email', 'phone'], { channel: 'chat' }), ['phone', 'email']);
  assert.deepEqual(supportChannels(['phone', 'upload'], category, contact, where).map((c) => c.id), ['phone', 'upload']);
  assert.throws(() => supportChannels(['fax'], category, contact, where), /^ContentError: content\/en\/payments\/pay\.mdx: support: "fax" is not a channel in contact\.yaml\. Fix: use one of chat, email, phone, social, upload, help-center\.$/);
  assert.throws(() => supportChannels(['email'], { ...category, channel: 'fax' }, contact, where), /^ContentError: content\/categories\.yaml: payments\.channel: "fax"/);
});

test('an opening today reads as a time, a later one with its weekday, in the visitor\'s zone', () => {
  const opens = new Date('2026-01-16T00:00:00Z');
  assert.equal(formatTime(opens, night, 'en', 'Asia/Shanghai'), '08:00');
  assert.equal(formatTime(opens, night, 'en', 'Europe/London'), 'Fri 00:00');
  assert.equal(formatTime(opens, night, 'zh-CN', 'Europe/London'), '周五00:00');
});

test('without a zone, times read in the runtime\'s own zone, as in a visitor\'s browser', () => {
  const ownZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (const hoursLater of [1, 7, 20, 30, 50]) {
    const at = new Date(night.getTime() + hoursLater * 3600_000);
    assert.equal(formatTime(at, night, 'en'), formatTime(at, night, 'en', ownZone));
  }
});
