import { z } from 'zod';

/**
 * A text given once per locale, e.g. `{ zh-cn: 账户, en: Account }`. Every configured locale
 * must be present, so no page ever renders a missing label.
 */
export function localizedText(localeCodes: readonly string[], what: string) {
  const shape: Record<string, z.ZodString> = {};
  for (const code of localeCodes) {
    shape[code] = z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? `Missing the ${code} ${what}: add a "${code}:" line.`
            : `The ${code} ${what} must be text.`,
      })
      .trim()
      .min(1, { error: `The ${code} ${what} is empty: write it.` });
  }
  return z.object(shape).strict();
}
