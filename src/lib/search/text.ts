/** Text helpers shared by the query pipeline and the build-time vocabulary. */

const han = /\p{Script=Han}/u;

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
