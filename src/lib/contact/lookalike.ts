import { confusables } from './confusables.ts';

/**
 * How a contact looks to a reader, for telling imitations from official values. Every function
 * here runs in time linear in its input (the edit distance is bounded), so hostile input can't
 * stall the page.
 */

const prototypeOf = new Map<string, string>();
for (const [prototype, chars] of Object.entries(confusables)) for (const char of chars) prototypeOf.set(char, prototype);

/** Invisible characters people paste along with contacts (zero-width, word joiner, BOM, soft hyphen). */
const invisible = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** Full stops that IDNA (UTS #46) reads as a dot, as browsers do: ideographic and its half-width form. */
const ideographicStop = /[\u3002\uff61]/g;

/** Text as a person reads it: compatibility forms folded (full-width, ligatures), invisible characters gone, lower case. */
export function fold(text: string): string {
  return text.normalize('NFKC').replace(invisible, '').replace(ideographicStop, '.').toLowerCase().trim();
}

/**
 * Characters no official source writes in an address or handle: full-width and other
 * compatibility forms, ideographic full stops and invisible characters. The checker reads
 * through them, but an address spelled with them was made to slip past filters or eyes.
 */
export function disguiseCharacters(text: string): string[] {
  const odd = [...text].filter((c) => !/\s/.test(c) && (c.normalize('NFKC') !== c || /[\u3002\uff61]/.test(c) || c.replace(invisible, '') === ''));
  return [...new Set(odd)];
}

/** Characters spelled out so a reader can see them: “о” U+043E. */
export const spellOut = (chars: string[]) =>
  chars.map((c) => `“${c}” U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');

/**
 * The UTS #39 skeleton of folded text, with the marks removed as well: two texts with the same
 * skeleton look the same. Lower case again at the end, because prototypes such as "O" for the
 * digit zero are capitals.
 */
export function skeleton(folded: string): string {
  let mapped = '';
  for (const char of folded.normalize('NFD')) mapped += prototypeOf.get(char) ?? char;
  return mapped.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The characters of a value that are not what they look like, spelled out: “о” U+043E. Plain
 * letters are left out: "rn" imitating "m" is two honest letters.
 */
export function lookalikeCharacters(value: string): string {
  return spellOut([...new Set([...value].filter((c) => c.codePointAt(0)! > 0x7e || (prototypeOf.has(c) && !/[a-z]/.test(c))))]);
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) between a and b, or `limit + 1` when
 * there are more than `limit`. Only a band of width 2·limit+1 is computed: O(length · limit).
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const far = limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : far));
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(far);
    if (i <= limit) current[0] = i;
    let best = current[0]!;
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = Math.min(value, far);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return far;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, far);
}
