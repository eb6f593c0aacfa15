import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelHasCase, mentionLabel, mentionStatus } from '../../../src/lib/contact/mention.ts';
import { en } from '../../../src/i18n/en.ts';
import { zhCn } from '../../../src/i18n/zh-cn.ts';

test('English labels are lower case mid-sentence and capitalised at a sentence start', () => {
  assert.equal(mentionLabel('Phone hotline', 'en'), 'phone hotline');
  assert.equal(mentionLabel('Live chat', 'en', true), 'Live chat');
  assert.equal(mentionLabel('secure document upload', 'en', true), 'Secure document upload');
  assert.equal(mentionLabel('SMS codes', 'en'), 'SMS codes', 'an acronym keeps its capitals');
});

test('Chinese labels are written as they are', () => {
  assert.equal(mentionLabel('客服热线', 'zh-CN'), '客服热线');
  assert.equal(labelHasCase('客服热线', 'zh-CN'), false);
  assert.equal(labelHasCase('Live chat', 'en'), true);
});

test('a status follows the label in the language\'s own brackets', () => {
  const closed = zhCn['mention.closed'].replace('{time}', '08:00');
  assert.equal(`在线客服${mentionStatus(closed, { wrap: zhCn['mention.wrap'] })}`, '在线客服（现已关闭，您当地时间 08:00 开放）');
  const open = en['mention.open'];
  assert.equal(`live chat${mentionStatus(open, { wrap: en['mention.wrap'] })}`, 'live chat (open now)');
  assert.doesNotMatch(mentionStatus(closed, { wrap: zhCn['mention.wrap'] }), /[()]/, 'no ASCII brackets in Chinese');
});
