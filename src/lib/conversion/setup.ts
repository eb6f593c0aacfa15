import { parse as parseYaml } from 'yaml';
import { phraseTableSchema } from '../../schemas/conversion.ts';
import { conversionsOf, phraseTableFile, type Conversion, type ConvertibleLocale } from './convert.ts';

/**
 * The generated locales of a site with their phrase tables, read through `read` (path inside
 * the content folder → text, or undefined when the file is missing). A missing or invalid table
 * converts with OpenCC alone; check:content reports why.
 */
export function loadConversions(locales: readonly ConvertibleLocale[], read: (path: string) => string | undefined): Conversion[] {
  return conversionsOf(locales).map((c) => {
    const text = read(phraseTableFile(c.locale));
    let phrases: Conversion['phrases'] = [];
    if (text !== undefined) {
      try {
        const parsed = phraseTableSchema.safeParse(parseYaml(text) ?? []);
        if (parsed.success) phrases = parsed.data;
      } catch {
        // A YAML syntax error: check:content names the line.
      }
    }
    return { ...c, phrases };
  });
}
