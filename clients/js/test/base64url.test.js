import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromBase64url, toBase64url } from '../src/index.js';

test('round trips every length and every byte value', () => {
  for (let length = 0; length <= 70; length++) {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) % 256);
    const text = toBase64url(bytes);
    assert.match(text, /^[A-Za-z0-9_-]*$/, 'no padding, no + or /');
    assert.deepEqual(new Uint8Array(fromBase64url(text)), bytes);
  }
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  assert.deepEqual(new Uint8Array(fromBase64url(toBase64url(all.buffer))), all);
});

test('matches RFC 4648 test vectors in the URL alphabet', () => {
  const enc = (s) => toBase64url(new TextEncoder().encode(s));
  assert.equal(enc(''), '');
  assert.equal(enc('f'), 'Zg');
  assert.equal(enc('fo'), 'Zm8');
  assert.equal(enc('foo'), 'Zm9v');
  assert.equal(enc('foobar'), 'Zm9vYmFy');
  assert.equal(toBase64url(Uint8Array.of(0xfb, 0xff, 0xbf)), '-_-_');
});

test('accepts padding, views and large buffers', () => {
  assert.deepEqual(new Uint8Array(fromBase64url('Zm8=')), new TextEncoder().encode('fo'));
  const big = new Uint8Array(200_000).map((_, i) => i % 251);
  assert.deepEqual(new Uint8Array(fromBase64url(toBase64url(big))), big);
  const view = new Uint8Array([9, 1, 2, 3, 9]).subarray(1, 4);
  assert.equal(toBase64url(view), 'AQID');
});

test('refuses what is not base64url', () => {
  for (const bad of ['a+b', 'a/b', 'abcde', 'ab c', '===', null]) {
    assert.throws(() => fromBase64url(bad), TypeError, String(bad));
  }
});
