import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { readContentFiles } from '../../scripts/content-files.ts';
import { dataFilesRule } from '../../src/lib/content-checks/data-files.ts';
import { messagesForFiles, projectRoot } from './fixtures.ts';

type Yaml = Record<string, any>;

/**
 * The data-file rule of check:content (and so of the build, which runs the same rules) over the
 * real content with contact.yaml changed by `edit`: every message, each naming file, line and field.
 */
function messagesWithContact(edit: (contact: Yaml) => void): string[] {
  const files = readContentFiles(join(projectRoot, 'content'));
  const contact = parse(files.get('contact.yaml')!) as Yaml;
  edit(contact);
  files.set('contact.yaml', stringify(contact));
  return messagesForFiles(files, [dataFilesRule]);
}

const channel = (contact: Yaml, id: string): Yaml => contact.channels.find((c: Yaml) => c.id === id);

const failsWith = (messages: string[], pattern: RegExp) => {
  assert.equal(messages.length, 1, messages.join('\n'));
  assert.match(messages[0]!, /^error: content\/contact\.yaml:\d+:\d+: /);
  assert.match(messages[0]!, pattern);
};

test('a malformed phone number is refused, naming the field and the E.164 fix', () => {
  const messages = messagesWithContact((contact) => (channel(contact, 'phone').phones[0].number = '020 7946 0321'));
  failsWith(messages, /channels\.phones\.number: is not valid\. Fix: number is not a valid E\.164 phone number: write "\+", the country code/);
});

test('a non-https channel URL is refused', () => {
  failsWith(messagesWithContact((contact) => (channel(contact, 'chat').url = 'http://okpay.example/chat')), /channels\.url: .* Fix: The channel url must be a full https:\/\/ address/);
});

test('an unknown region is refused with the known ones', () => {
  failsWith(
    messagesWithContact((contact) => (channel(contact, 'phone').phones[0].region = 'france')),
    /channels\.phones\.region: .* Fix: channel "phone": unknown region "france": use one of mainland-china, hong-kong, taiwan, singapore, uk, north-america, australia, or add it under regions\./,
  );
});

test('an unknown time zone is refused', () => {
  failsWith(messagesWithContact((contact) => (contact.regions[0].timeZone = 'Europe/Londn')), /regions\.timeZone: .* Fix: timeZone is not a known IANA time zone: write one like "Europe\/London"/);
});

test('overlapping hours are refused', () => {
  failsWith(
    messagesWithContact((contact) => channel(contact, 'phone').availability.find((a: Yaml) => a.region === 'australia').hours.push({ days: ['fri'], open: '19:00', close: '21:00' })),
    /channel "phone", region "australia": the fri shift from 08:00 overlaps the fri shift from 19:00/,
  );
});

test('inverted hours are refused with the overnight fix', () => {
  failsWith(
    messagesWithContact((contact) => (channel(contact, 'phone').availability.find((a: Yaml) => a.region === 'australia').hours[1] = { days: ['sat'], open: '17:00', close: '09:00' })),
    /close "09:00" is not after open "17:00" \(sat\): swap them, or write close: "09:00 next day"/,
  );
});

test('a channel without a label in every locale is refused', () => {
  failsWith(messagesWithContact((contact) => delete channel(contact, 'email').label.en), /channels\.label\.en: is missing\. Fix: Missing the en channel label: add a "en:" line\./);
});
