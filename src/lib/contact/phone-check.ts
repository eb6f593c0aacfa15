import { parsePhoneNumberFromString, type CountryCode, type MetadataJson, type PhoneNumber } from 'libphonenumber-js/core';
import { editDistance } from './lookalike.ts';

/**
 * Phone numbers as a phone dials them, through libphonenumber-js: "+", the 00 and 011 exit
 * codes, a national trunk 0, "(0)" after the country code. The page carries only the metadata of
 * the official numbers' calling codes (see officialContacts), so the bundle stays small.
 */

export interface OfficialPhone {
  /** E.164, e.g. "+442079460321". */
  e164: string;
  channel: string;
  region: string;
  /** International format, e.g. "+44 20 7946 0321". */
  display: string;
}

export interface PhoneOfficials {
  phones: OfficialPhone[];
  /** Countries of the official numbers: a number without "+" is read as dialled in each of them. */
  phoneCountries: string[];
  phoneMetadata: MetadataJson;
}

/** Only characters people write numbers with; a linear pattern (no nested repetition). */
const phoneLike = /^(?:tel:)?\+?[\d\s().\-/]+$/;
/** Exit codes that, dialled first, mean "a country code follows" (Europe and most of the world; North America). */
const exitCodes = ['00', '011'];

export type PhoneResult =
  | { verdict: 'official'; phone: OfficialPhone }
  | { verdict: 'imitation'; judged: string; phone: OfficialPhone }
  | { verdict: 'unknown'; judged: string };

/** Whether folded text is written like a phone number (and nothing else). */
export function looksLikePhone(text: string): boolean {
  if (!phoneLike.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 6;
}

/** Every number the text could be when dialled from one of the official numbers' countries or with an exit code. */
function readings(text: string, official: PhoneOfficials): PhoneNumber[] {
  const number = text.replace(/^tel:/, '').replace(/\(0\)/g, ' ');
  const metadata = official.phoneMetadata;
  const found: (PhoneNumber | undefined)[] = [];
  if (number.startsWith('+')) {
    found.push(parsePhoneNumberFromString(number, metadata));
  } else {
    for (const country of official.phoneCountries) found.push(parsePhoneNumberFromString(number, country as CountryCode, metadata));
    const digits = number.replace(/\D/g, '');
    for (const code of exitCodes) if (digits.startsWith(code)) found.push(parsePhoneNumberFromString(`+${digits.slice(code.length)}`, metadata));
  }
  return found.filter((n): n is PhoneNumber => n !== undefined);
}

/** The verdict for folded text that looks like a phone number. */
export function checkPhone(text: string, official: PhoneOfficials): PhoneResult {
  const candidates = readings(text, official);
  for (const candidate of candidates) {
    const phone = official.phones.find((p) => p.e164 === candidate.number);
    if (phone) return { verdict: 'official', phone };
  }
  const shown = candidates.find((c) => c.isValid()) ?? candidates[0];
  const judged = shown ? shown.formatInternational() : text.replace(/^tel:/, '').replace(/\s+/g, ' ');
  for (const candidate of candidates) {
    // One digit dropped, added, changed or two swapped: a number made to pass for the official one.
    const phone = official.phones.find((p) => editDistance(candidate.number, p.e164, 1) === 1);
    if (phone) return { verdict: 'imitation', judged: candidate.formatInternational(), phone };
  }
  return { verdict: 'unknown', judged };
}
