import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { connectOrigins, cspDirectives, cspHash, cspHeader } from '../../src/lib/csp.ts';

test('cspHash is the base64 SHA-256 of the exact script text, as browsers compute it', () => {
  const source = "console.log('hi')";
  assert.equal(cspHash(source), `sha256-${createHash('sha256').update(source).digest('base64')}`);
  assert.notEqual(cspHash(source), cspHash(`${source} `), 'one extra space is another script');
});

test('the header policy forbids framing, plugins and foreign scripts but allows hashed ones and WebAssembly', () => {
  const header = cspHeader(['sha256-abc']);
  const directive = (name: string) => header.split('; ').find((d) => d.startsWith(`${name} `));
  assert.equal(directive('frame-ancestors'), "frame-ancestors 'none'");
  assert.equal(directive('object-src'), "object-src 'none'");
  assert.equal(directive('script-src'), "script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
  assert.doesNotMatch(header, /'unsafe-inline'|'unsafe-eval'|\*|https?:/);
});

test('a configured feedback endpoint is the only other origin pages may connect to', () => {
  assert.deepEqual(connectOrigins(undefined), []);
  assert.deepEqual(connectOrigins('/api/feedback'), [], "a path on this site is 'self'");
  assert.deepEqual(connectOrigins('https://feedback.okpay.example/votes?x=1'), ['https://feedback.okpay.example']);
  assert.ok(cspDirectives(['https://feedback.okpay.example']).includes("connect-src 'self' https://feedback.okpay.example"));
  assert.ok(!cspDirectives().some((d) => d.startsWith('connect-src')), 'default-src covers same-origin requests');
  assert.match(cspHeader(['sha256-abc'], ['https://feedback.okpay.example']), /connect-src 'self' https:\/\/feedback\.okpay\.example;/);
});
