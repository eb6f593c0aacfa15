import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { zhCn } from '../../src/i18n/zh-cn.ts';
import { informalAddress } from '../../src/lib/content-checks/register.ts';
import { halfWidthPunctuation } from '../../src/lib/content-checks/punctuation.ts';
import type { ProseLine } from '../../src/lib/content-checks/prose-lines.ts';

// The article rules of check:content, applied to the Chinese copy outside the articles.
const problems = (where: string, texts: readonly string[]) => {
  const lines: ProseLine[] = texts.map((text, i) => ({ number: i + 1, text, field: 'body' }));
  return [...informalAddress(where, 'zh-cn', lines), ...halfWidthPunctuation(where, 'zh-cn', lines)].map((f) => `${texts[f.line - 1]}: ${f.problem}`);
};

/** Every text given for zh-cn anywhere in a parsed YAML value ({ zh-cn: … } maps). */
function zhCnTexts(value: unknown, inZh = false): string[] {
  if (typeof value === 'string') return inZh ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => zhCnTexts(v, inZh));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => zhCnTexts(v, inZh || key === 'zh-cn'));
  return [];
}

test('the Chinese interface strings address the reader as 您 with full-width punctuation', () => {
  const texts = Object.values(zhCn).flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message)));
  assert.deepEqual(problems('src/i18n/zh-cn.ts', texts), []);
});

test('the Chinese texts of the content data files address the reader as 您 with full-width punctuation', () => {
  const content = new URL('../../content/', import.meta.url);
  for (const name of readdirSync(content).filter((n) => n.endsWith('.yaml') && n !== 'glossary.yaml')) {
    const texts = zhCnTexts(parse(readFileSync(new URL(name, content), 'utf8')));
    assert.deepEqual(problems(`content/${name}`, texts), [], name);
  }
});
