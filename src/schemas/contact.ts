import { z } from 'zod';
import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';
import { slugPattern } from '../lib/routes.ts';
import { isTimeZone, parseTime, scheduleProblems, weekdays } from '../lib/contact/hours.ts';
import type { Contact } from '../lib/contact/contact.ts';
import { localizedText } from './localized.ts';

/**
 * `content/contact.yaml`: the official support channels, the one source for contact data. The
 * contact page, article help boxes, the contact checker and the JSON-LD all render from it.
 */

const id = (example: string) =>
  z.string({ error: `Write an id: lower-case words joined by hyphens, e.g. "${example}".` }).regex(slugPattern, {
    error: `An id is lower-case words joined by hyphens, e.g. "${example}".`,
  });

const httpsUrl = (what: string) =>
  z
    .url({
      protocol: /^https$/,
      error: `${what} must be a full https:// address, e.g. "https://okpay.example/chat" (http:// and other schemes are not allowed).`,
    })
    .describe(`${what}; https only.`);

const domain = z
  .string({ error: 'Write a domain name, e.g. "okpay.example".' })
  .trim()
  .toLowerCase()
  .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/, {
    error: 'A domain is written without "https://", "www." or a path, e.g. "okpay.example".',
  });

const shift = z
  .object({
    days: z
      .array(z.enum(weekdays, { error: `A day is one of ${weekdays.join(', ')}.` }))
      .min(1, { error: 'List at least one day, e.g. days: [mon, tue, wed, thu, fri].' })
      .describe('Days this shift starts on.'),
    open: z
      .string({ error: 'open is a time in quotes, e.g. open: "08:00".' })
      .refine((t) => (parseTime(t) ?? Infinity) < 24 * 60, { error: 'open is "HH:MM" between "00:00" and "23:59", e.g. "08:00".' })
      .describe('Local opening time, "HH:MM".'),
    close: z
      .string({ error: 'close is a time in quotes, e.g. close: "20:00" (or "02:00 next day").' })
      .refine((t) => parseTime(t) !== undefined, {
        error: 'close is "HH:MM" (up to "24:00"), or "HH:MM next day" for a shift that runs past midnight.',
      })
      .describe('Local closing time, "HH:MM"; "HH:MM next day" for overnight shifts.'),
  })
  .describe('One block of opening time on the listed days.');

const schedule = z
  .union([z.literal('24/7'), z.array(shift).min(1, { error: 'List at least one shift, or write hours: 24/7.' })], {
    error: 'hours is 24/7 or a list of shifts like "- { days: [mon, tue], open: "08:00", close: "20:00" }".',
  })
  .describe('"24/7" or weekly shifts in the region\'s local time.');

const languageTag = z
  .string({ error: 'A language is a BCP 47 tag, e.g. "zh-CN" or "en".' })
  .refine(
    (tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    },
    { error: 'A language is a BCP 47 tag, e.g. "zh-CN" or "en".' },
  );

/** A list of short texts per locale, e.g. the tips shown on the contact page. */
function localizedList(localeCodes: readonly string[], what: string) {
  const shape: Record<string, z.ZodArray<z.ZodString>> = {};
  for (const code of localeCodes) {
    shape[code] = z
      .array(z.string().trim().min(1, { error: `Remove the empty ${code} ${what} item.` }), {
        error: `Add the ${code} ${what}: a "${code}:" key with one "- item" per line.`,
      })
      .min(1, { error: `The ${code} ${what} list is empty: add at least one item.` });
  }
  return z.object(shape).strict();
}

/** Placeholder (fictional) values are valid data; the production rule of the content checks refuses them. */
export function contactSchema(localeCodes: readonly string[]) {
  const region = z
    .object({
      id: id('uk').describe('Stable name of the region, used by channels\' numbers and hours.'),
      name: localizedText(localeCodes, 'region name').describe('Region name per locale, shown in the region selector.'),
      timeZone: z
        .string({ error: 'timeZone is an IANA time zone, e.g. "Europe/London".' })
        .refine(isTimeZone, {
          error: 'timeZone is not a known IANA time zone: write one like "Europe/London", "America/New_York" or "Asia/Shanghai".',
        })
        .describe('IANA time zone the region\'s opening hours are written in.'),
      nearbyTimeZones: z
        .array(
          z.string().refine(isTimeZone, {
            error: 'nearbyTimeZones lists IANA time zones, e.g. [America/Los_Angeles, America/Chicago].',
          }),
        )
        .default([])
        .describe('Other time zones whose visitors this region serves (Los Angeles → United States & Canada); the region picker starts there.'),
      countries: z
        .array(z.string().regex(/^[A-Z]{2}$/, { error: 'A country is an ISO 3166 code in capitals, e.g. "GB".' }))
        .min(1, { error: 'List at least one country code, e.g. countries: [GB].' })
        .describe('ISO 3166-1 alpha-2 codes the region serves (JSON-LD areaServed).'),
    })
    .describe('A place with its own phone numbers and opening hours.');

  const phone = z.object({
    region: id('uk').describe('Region (from regions) this number serves.'),
    number: z
      .string({ error: 'number is an E.164 phone number in quotes, e.g. "+442079460123".' })
      .refine((n) => /^\+[1-9]\d{6,14}$/.test(n) && isValidPhoneNumber(n), {
        error: 'number is not a valid E.164 phone number: write "+", the country code and the number without spaces or a leading 0, e.g. "+442079460123".',
      })
      .describe('E.164 phone number: "+", country code, number; no spaces.'),
  });

  const availability = z.object({
    region: id('uk').describe('Region (from regions) these hours apply to.'),
    hours: schedule,
    languages: z
      .array(languageTag)
      .min(1, { error: 'List the languages agents speak in this region, e.g. languages: [zh-HK, en], or remove the field.' })
      .optional()
      .describe("Languages agents answer in for this region, when they differ from the channel's."),
  });

  const social = z.object({
    network: z.string().trim().min(1, { error: 'Name the network, e.g. "Weibo".' }).describe('Name of the social network.'),
    handle: z
      .string({ error: 'handle is the account name, e.g. "okpay_help".' })
      .regex(/^[A-Za-z0-9_.-]+$/, { error: 'handle is written without "@" or a URL, e.g. "okpay_help".' })
      .describe('Account name without "@".'),
    url: httpsUrl('The account\'s url'),
  });

  const channel = z.object({
    id: id('email').describe('Stable name used by articles (<ContactChannel channel="email" />), categories and page anchors.'),
    label: localizedText(localeCodes, 'channel label').describe('Name of the channel per locale.'),
    bestFor: localizedText(localeCodes, 'channel "bestFor" text').describe('When to use this channel, per locale.'),
    responseTime: localizedText(localeCodes, 'channel response time').describe('How fast it answers, per locale, e.g. "within 48 hours".'),
    languages: z
      .array(languageTag)
      .min(1, { error: 'List the languages the channel serves, e.g. languages: [zh-CN, en].' })
      .default(['zh-CN', 'en'])
      .describe('BCP 47 tags of the languages agents answer in.'),
    urgent: z
      .boolean({ error: 'urgent is true or false.' })
      .default(false)
      .describe('The channel for urgent problems (hacked, frozen, payments you didn\'t make). An article that names it first always offers a channel open 24/7.'),
    holidayNote: localizedText(localeCodes, 'channel holiday note').optional().describe('What changes on public holidays, per locale.'),
    url: httpsUrl('The channel url').optional().describe('Where the channel opens (chat window, help center), https only.'),
    availability: z
      .array(availability)
      .default([])
      .describe('Opening hours per region. Empty: the channel takes messages any time (email, social).'),
    phones: z.array(phone).default([]).describe('Official phone numbers, one or more per region.'),
    emails: z
      .array(z.email({ error: 'Write an email address, e.g. "support@okpay.example".' }).toLowerCase())
      .default([])
      .describe('Official email addresses.'),
    emailDomains: z.array(domain).default([]).describe('Domains every address of which is official mail from OKPay.'),
    webDomains: z.array(domain).default([]).describe('Official web domains; their subdomains are official too.'),
    social: z.array(social).default([]).describe('Official social media accounts.'),
  });

  return z
    .object({
      regions: z.array(region).min(1, { error: 'List at least one region.' }).describe('Regions with their own numbers and hours.'),
      channels: z
        .array(channel)
        .min(1, { error: 'List at least one support channel.' })
        .describe('Support channels in the order the contact page shows them.'),
      advice: z
        .object({
          prepare: localizedList(localeCodes, 'prepare advice').describe('What to have ready before contacting support.'),
          email: localizedList(localeCodes, 'email tips').describe('Tips for writing to support by email.'),
          call: localizedList(localeCodes, 'call tips').describe('Tips for a call or chat with an agent.'),
        })
        .describe('Advice lists shown on the contact page, per locale.'),
    })
    .superRefine((contact, ctx) => {
      const regionIds = contact.regions.map((r) => r.id);
      const known = regionIds.join(', ');
      const duplicates = (list: string[]) => list.filter((value, i) => list.indexOf(value) !== i);
      for (const dup of duplicates(regionIds)) {
        ctx.addIssue({ code: 'custom', path: ['regions'], message: `The region id "${dup}" is used twice: give each region its own id.` });
      }
      for (const dup of duplicates(contact.channels.map((c) => c.id))) {
        ctx.addIssue({ code: 'custom', path: ['channels'], message: `The channel id "${dup}" is used twice: give each channel its own id.` });
      }
      contact.channels.forEach((channel, c) => {
        const unknownRegion = (path: (string | number)[], regionId: string) =>
          ctx.addIssue({
            code: 'custom',
            path: ['channels', c, ...path],
            message: `channel "${channel.id}": unknown region "${regionId}": use one of ${known}, or add it under regions.`,
          });
        channel.phones.forEach((p, i) => regionIds.includes(p.region) || unknownRegion(['phones', i, 'region'], p.region));
        channel.availability.forEach((a, i) => {
          if (!regionIds.includes(a.region)) unknownRegion(['availability', i, 'region'], a.region);
          for (const problem of scheduleProblems(a.hours)) {
            ctx.addIssue({
              code: 'custom',
              path: ['channels', c, 'availability', i, 'hours'],
              message: `channel "${channel.id}", region "${a.region}": ${problem}`,
            });
          }
        });
        for (const dup of duplicates(channel.phones.map((p) => p.region))) {
          ctx.addIssue({
            code: 'custom',
            path: ['channels', c, 'phones'],
            message: `channel "${channel.id}" has two numbers for region "${dup}": keep one line per purpose, or make a separate channel for the other purpose.`,
          });
        }
        channel.phones.forEach((p, i) => {
          if (isValidPhoneNumber(p.number) && parsePhoneNumber(p.number).getType() === 'MOBILE') {
            ctx.addIssue({
              code: 'custom',
              path: ['channels', c, 'phones', i, 'number'],
              message: `channel "${channel.id}": "${p.number}" is a mobile number; an official line is a landline or service number, so customers can tell it from a scammer's mobile.`,
            });
          }
        });
        for (const dup of duplicates(channel.availability.map((a) => a.region))) {
          ctx.addIssue({
            code: 'custom',
            path: ['channels', c, 'availability'],
            message: `channel "${channel.id}" lists hours for region "${dup}" twice: put all its shifts in one entry.`,
          });
        }
      });
      // Urgent articles (those naming the urgent channel first) must always find a channel open.
      for (const region of contact.channels.some((c) => c.urgent) ? regionIds : []) {
        const roundTheClock = contact.channels.some((channel) => channel.availability.some((a) => a.region === region && a.hours === '24/7'));
        if (!roundTheClock) {
          ctx.addIssue({
            code: 'custom',
            path: ['regions', regionIds.indexOf(region)],
            message: `region "${region}" has no channel open 24/7: urgent articles must always offer one. Add "hours: 24/7" for this region to a channel's availability.`,
          });
        }
      }
    }) satisfies z.ZodType<Contact>;
}

export type { Contact, ContactChannelData, ContactRegion } from '../lib/contact/contact.ts';
