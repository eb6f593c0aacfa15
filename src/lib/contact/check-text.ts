import { fill } from '../message-format.ts';
import type { ContactKind, ImitationReason, OfficialContacts, UnknownReason, Verdict } from './check.ts';

/** What the checker's script reads from its page: where the official values are, and the words for each answer. */
export interface CheckerPageData {
  /** URL of the official values (src/pages/contact-checker.json.ts), fetched on first use. */
  officialUrl: string;
  /** Channel id → label, region id → name, in the page's language. */
  channels: Record<string, string>;
  regions: Record<string, string>;
  texts: CheckerTexts;
}

export interface CheckerData extends Omit<CheckerPageData, 'officialUrl'> {
  official: OfficialContacts;
}

export interface CheckerTexts {
  empty: string;
  official: string;
  officialRegion: string;
  imitation: Record<ImitationReason | 'lookalikePlain', string>;
  unknown: Record<UnknownReason, string>;
  judged: Record<ContactKind, string>;
  advice: string;
  /** The official values could not be loaded. */
  unavailable: string;
}

/** The answer as the page shows it: a state for styling and tools, and its sentences. */
export interface Answer {
  state: Verdict['verdict'];
  text: string;
  /** What exactly was judged: the host, the address, the number in international form. */
  judged?: string;
  /** What to do, for anything that is not official. */
  advice?: string;
}

export function describeVerdict(verdict: Verdict, data: Omit<CheckerData, 'official'>): Answer {
  const { texts } = data;
  const judgedLine = (kind: ContactKind | undefined, value: string | undefined) =>
    kind && value ? fill(texts.judged[kind], { value }) : undefined;
  switch (verdict.verdict) {
    case 'empty':
      return { state: 'empty', text: texts.empty };
    case 'official': {
      const channel = data.channels[verdict.channel] ?? verdict.channel;
      const region = verdict.region ? data.regions[verdict.region] : undefined;
      const label = verdict.network ? `${channel} (${verdict.network} ${verdict.judged})` : channel;
      const text = fill(region ? texts.officialRegion : texts.official, { channel: label, region: region ?? '' });
      return { state: 'official', text, judged: judgedLine(verdict.kind, verdict.judged) };
    }
    case 'imitation': {
      const key = verdict.reason === 'lookalike' && !verdict.characters ? 'lookalikePlain' : verdict.reason;
      const text = fill(texts.imitation[key], { value: verdict.judged, imitates: verdict.imitates, characters: verdict.characters ?? '' });
      return { state: 'imitation', text, judged: judgedLine(verdict.kind, verdict.judged), advice: texts.advice };
    }
    case 'unknown': {
      const text = fill(texts.unknown[verdict.reason], { value: verdict.judged ?? '' });
      const advice = verdict.reason === 'not-listed' ? texts.advice : undefined;
      return { state: 'unknown', text, judged: judgedLine(verdict.kind, verdict.judged), ...(advice ? { advice } : {}) };
    }
  }
}
