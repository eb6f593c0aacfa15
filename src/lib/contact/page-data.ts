import type { OfficialContacts, Verdict } from './check.ts';

/**
 * What the contact page hands its checker (as JSON in the page): the official identifiers and
 * the words to show, in the page's language. Opening hours travel separately (AvailabilityData).
 */
export interface ContactPageData {
  lang: string;
  regions: { id: string; name: string; timeZone: string }[];
  channels: Record<string, string>;
  official: OfficialContacts;
  messages: {
    empty: string;
    official: string;
    officialRegion: string;
    lookalike: string;
    unofficial: string;
    advice: string;
  };
}

const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);

/** The checker's verdict as a sentence, plus what to do when it is not official. */
export function describeVerdict(verdict: Verdict, data: Pick<ContactPageData, 'channels' | 'regions' | 'messages'>): { text: string; advice?: string; ok: boolean } {
  const { messages } = data;
  switch (verdict.verdict) {
    case 'empty':
      return { text: messages.empty, ok: false };
    case 'official': {
      const channel = data.channels[verdict.channel] ?? verdict.channel;
      const region = data.regions.find((r) => r.id === verdict.region)?.name;
      const label = verdict.network ? `${channel} (${verdict.network} ${verdict.value})` : channel;
      return { text: fill(region ? messages.officialRegion : messages.official, { channel: label, region: region ?? '' }), ok: true };
    }
    case 'lookalike':
      return { text: fill(messages.lookalike, { value: verdict.value, imitates: verdict.imitates, characters: verdict.characters }), advice: messages.advice, ok: false };
    case 'unofficial':
      return { text: fill(messages.unofficial, { value: verdict.value }), advice: messages.advice, ok: false };
  }
}
