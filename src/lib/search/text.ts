/** Text helpers shared by the query pipeline and the build-time vocabulary. */

const han = /\p{Script=Han}/u;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The word segmenter for a locale, made once: creating one loads the language's dictionary,
 * which for Chinese costs a phone far more than the segmenting.
 */
export function wordSegments(text: string, locale: string): Intl.SegmentData[] {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  return [...segmenter.segment(text)].filter((s) => s.isWordLike);
}

export function hasHan(text: string): boolean {
  return han.test(text);
}

/** Folds width and case so "ＯＫＰａｙ" and "okpay" compare equal. */
export function normalizeQuery(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Latin words (letters, inner apostrophes and hyphens kept out), lower-cased. */
export function latinWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[a-z]+/g) ?? [];
}
