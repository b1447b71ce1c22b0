import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFullAuth, FullAuthError } from '../src/index.js';
import { fakeServer, json } from './fake-server.js';

function client(routes) {
  const s = fakeServer(routes);
  return createFullAuth({ fetch: s.fetch });
}

test('a plain detail becomes message and detail', async () => {
  const c = client({ 'POST /api/v1/auth/login': () => json(401, { detail: 'Invalid credentials' }) });
  const error = await c.login({ email: 'e', password: 'p' }).catch((e) => e);
  assert.ok(error instanceof FullAuthError);
  assert.ok(error instanceof Error);
  assert.equal(error.name, 'FullAuthError');
  assert.equal(error.status, 401);
  assert.equal(error.detail, 'Invalid credentials');
  assert.equal(error.message, 'Invalid credentials');
  assert.deepEqual(error.errors, []);
  assert.equal(error.retryAfter, null);
});

test('the 422 list is kept in errors and joined in the message', async () => {
  const list = [
    { type: 'missing', loc: ['body', 'email'], msg: 'Field required' },
    { type: 'string_type', loc: ['body', 'password'], msg: 'Input should be a valid string' },
  ];
  const c = client({ 'POST /api/v1/auth/register': () => json(422, { detail: list }) });
  const error = await c.register({}).catch((e) => e);
  assert.equal(error.status, 422);
  assert.deepEqual(error.errors, list);
  assert.deepEqual(error.detail, list);
  assert.equal(error.message, 'Field required; Input should be a valid string');
});

test('a password policy 422 is a plain string with no list', async () => {
  const c = client({
    'POST /api/v1/auth/register': () => json(422, { detail: 'This password is too common' }),
  });
  const error = await c.register({ email: 'e', password: 'password' }).catch((e) => e);
  assert.equal(error.detail, 'This password is too common');
  assert.deepEqual(error.errors, []);
});

test('429 and 503 carry Retry-After in seconds', async () => {
  const c = client({
    'POST /api/v1/auth/login': () =>
      json(429, { detail: 'Too many requests. Try again later.' }, { 'Retry-After': '42' }),
    'POST /api/v1/auth/register': () =>
      json(503, { detail: 'Server busy. Try again later.' }, { 'Retry-After': '5' }),
    'POST /api/v1/auth/password-reset/request': () => json(429, { detail: 'Too many' }),
  });
  assert.equal((await c.login({ email: 'e', password: 'p' }).catch((e) => e)).retryAfter, 42);
  assert.equal((await c.register({}).catch((e) => e)).retryAfter, 5);
  assert.equal((await c.requestPasswordReset('e').catch((e) => e)).retryAfter, null);
});

test('an HTTP-date Retry-After becomes seconds from now', () => {
  const date = new Date(Date.now() + 30_000).toUTCString();
  const error = new FullAuthError(503, { detail: 'x' }, new Headers({ 'Retry-After': date }));
  assert.ok(error.retryAfter >= 28 && error.retryAfter <= 30, String(error.retryAfter));
});

test('a body that is not JSON still gives a typed error', async () => {
  const c = client({ 'GET /api/v1/auth/me': () => new Response('<html>', { status: 502 }) });
  const error = await c.me().catch((e) => e);
  assert.equal(error.status, 502);
  assert.equal(error.message, 'HTTP 502');
  assert.equal(error.body, null);
});

test('success bodies: JSON parsed, 204 is null', async () => {
  const c = client({
    'GET /api/v1/auth/oauth/providers': () => json(200, { providers: ['google', 'corp'] }),
    'DELETE /api/v1/auth/passkeys/p1': () => json(204),
  });
  assert.deepEqual(await c.providers(), ['google', 'corp']);
  assert.equal(await c.deletePasskey('p1'), null);
});
