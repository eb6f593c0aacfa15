import type { ContactPoint, DayOfWeek, OpeningHoursSpecification } from 'schema-dts';
import type { Contact } from './contact.ts';
import { weekdays, type Hours } from './hours.ts';

const dayOfWeek: Record<(typeof weekdays)[number], DayOfWeek> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};

/** schema.org convention: a closing time before the opening time means the next day. */
function openingHours(hours: Hours): OpeningHoursSpecification[] {
  if (hours === '24/7') {
    return [{ '@type': 'OpeningHoursSpecification', dayOfWeek: Object.values(dayOfWeek), opens: '00:00:00', closes: '23:59:59' }];
  }
  return hours.map((shift) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: shift.days.map((d) => dayOfWeek[d]),
    opens: `${shift.open}:00`,
    closes: `${shift.close.replace(' next day', '').replace('24:00', '23:59')}:00`,
  }));
}

/**
 * ContactPoint per phone number, email address and hours-only channel from contact.yaml, for
 * the Organization JSON-LD (built in src/lib/seo/json-ld.ts).
 */
export function contactPointsJsonLd(contact: Contact, locale: string): ContactPoint[] {
  const regions = new Map(contact.regions.map((r) => [r.id, r]));
  const points: ContactPoint[] = [];
  for (const channel of contact.channels) {
    const contactType = channel.label[locale] ?? channel.id;
    const hoursFor = (region: string) => channel.availability.find((a) => a.region === region)?.hours;
    const base = { '@type': 'ContactPoint' as const, contactType, availableLanguage: channel.languages };
    for (const phone of channel.phones) {
      const hours = hoursFor(phone.region);
      points.push({
        ...base,
        telephone: phone.number,
        areaServed: regions.get(phone.region)?.countries ?? [],
        ...(hours && { hoursAvailable: openingHours(hours) }),
      });
    }
    for (const email of channel.emails) points.push({ ...base, email });
    if (channel.phones.length === 0 && channel.emails.length === 0 && channel.url) {
      // One point per region: each region's hours are in its own time zone.
      const entries = channel.availability.length ? channel.availability : [undefined];
      for (const entry of entries) {
        points.push({
          ...base,
          url: channel.url,
          ...(entry && { areaServed: regions.get(entry.region)?.countries ?? [], hoursAvailable: openingHours(entry.hours) }),
        });
      }
    }
  }
  return points;
}

/** The official social profiles, as the Organization's sameAs. */
export function officialProfiles(contact: Contact): string[] {
  return contact.channels.flatMap((c) => c.social.map((s) => s.url));
}
