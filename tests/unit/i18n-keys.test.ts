import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { dictionaries } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import type { Message } from '../../src/lib/message-format.ts';

const root = new URL('../../', import.meta.url).pathname;
const englishKeys = Object.keys(en);

test('every locale defines exactly the keys English defines', () => {
  for (const [locale, messages] of Object.entries(dictionaries)) {
    const keys = Object.keys(messages);
    const missing = englishKeys.filter((k) => !keys.includes(k));
    const extra = keys.filter((k) => !englishKeys.includes(k));
    assert.deepEqual({ locale, missing, extra }, { locale, missing: [], extra: [] }, `src/i18n/${locale}.ts`);
  }
});

const placeholders = (message: Message) =>
  [...new Set((typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

test('a message has the same placeholders in every locale, and is plural in every locale or none', () => {
  for (const [locale, messages] of Object.entries(dictionaries)) {
    for (const [key, english] of Object.entries(en) as [keyof typeof en, Message][]) {
      const message = messages[key];
      if (message === undefined) continue; // the test above names it
      assert.deepEqual(placeholders(message), placeholders(english), `src/i18n/${locale}.ts: ${key}`);
      assert.equal(typeof message, typeof english, `src/i18n/${locale}.ts: ${key} is plural in en.ts`);
    }
  }
});

/**
 * The code that can use a UI string: everything but the dictionaries themselves and what builds
 * leave behind (scripts/bench/floor/.astro/ after `npm run bench:floor`: a folder named like a file).
 */
function sources(): string {
  return ['src', 'scripts', 'functions']
    .flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)))
    .filter((file) => !file.split(sep).some((part) => part.startsWith('.') || part === 'node_modules'))
    .filter((file) => /\.(ts|astro|mjs)$/.test(file) && !file.startsWith(join('src', 'i18n')))
    .map((file) => readFileSync(join(root, file), 'utf8'))
    .join('\n');
}

test('every key is used: named in the code, or under a prefix the code completes (t(`callout.${type}`))', () => {
  const code = sources();
  // A key built at run time shows only its prefix; every key under such a prefix counts as used.
  const prefixes = [...code.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1]!);
  const unused = englishKeys.filter((key) => !['\'', '"', '`'].some((q) => code.includes(`${q}${key}${q}`)) && !prefixes.some((p) => key.startsWith(p)));
  assert.deepEqual(unused, [], 'remove these from every src/i18n/<locale>.ts, or use them');
});
