import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { encodeForTransfer, pickEncoding } from '../support/static-server.ts';

const html = Buffer.from('<p>hello</p>'.repeat(200));

test('the host sends text with brotli when the browser accepts it, else gzip, else plain', () => {
  assert.equal(pickEncoding('gzip, deflate, br, zstd'), 'br');
  assert.equal(pickEncoding('gzip'), 'gzip');
  assert.equal(pickEncoding(''), undefined);
  const br = encodeForTransfer(html, '.html', 'br');
  assert.equal(br.encoding, 'br');
  assert.equal(brotliDecompressSync(br.body).toString(), html.toString());
  assert.equal(gunzipSync(encodeForTransfer(html, '.html', 'gzip').body).toString(), html.toString());
  assert.deepEqual(encodeForTransfer(html, '.html', undefined), { body: html });
});

test('Pagefind’s already-gzipped index files and images go out as they are', () => {
  const index = gzipSync(Buffer.from('x'.repeat(1000)));
  assert.deepEqual(encodeForTransfer(index, '.pf_index', 'br'), { body: index });
  assert.deepEqual(encodeForTransfer(index, '.json', 'br'), { body: index });
  assert.deepEqual(encodeForTransfer(html, '.png', 'br'), { body: html });
});
