import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFullAuth } from '../src/index.js';
import { fakeServer, json, tick } from './fake-server.js';

const API = 'http://auth.test/api/v1/auth';

function loggedIn(server, extra = {}) {
  return createFullAuth({ baseUrl: 'http://auth.test', fetch: server.fetch, ...extra });
}

test('five concurrent 401s share one refresh, and each request is retried once', async () => {
  let valid = 'a-old';
  let refreshToken = 'r1';
  const server = fakeServer({
    'POST /api/v1/auth/login': () =>
      json(200, { access_token: 'a-old', refresh_token: 'r1', user: { id: 'u1' } }),
    'GET /api/v1/auth/me': (c) =>
      c.headers.get('Authorization') === `Bearer ${valid}` ? json(200, { id: 'u1' }) : json(401, { detail: 'x' }),
    'POST /api/v1/auth/refresh': async (c) => {
      await tick(20);
      assert.equal(c.body.refresh_token, refreshToken);
      valid = 'a-new';
      refreshToken = 'r2';
      return json(200, { access_token: 'a-new', refresh_token: 'r2' });
    },
  });
  const client = loggedIn(server);
  await client.login({ email: 'ann@example.com', password: 'pw' });
  valid = 'a-expired-meanwhile';
  const answers = await Promise.all([1, 2, 3, 4, 5].map(() => client.me()));

  assert.deepEqual(answers, Array(5).fill({ id: 'u1' }));
  assert.equal(server.count('POST /api/v1/auth/refresh'), 1);
  assert.equal(server.count('GET /api/v1/auth/me'), 10);
  const retried = server.calls.filter((c) => c.path.endsWith('/me')).slice(5);
  assert.ok(retried.every((c) => c.headers.get('Authorization') === 'Bearer a-new'));
  assert.deepEqual(client.tokens(), { access_token: 'a-new', refresh_token: 'r2' });
});

test('a 401 arriving after the refresh finished is retried with the new token, not refreshed again', async () => {
  let valid = 'a1';
  const slow = [];
  const server = fakeServer({
    'POST /api/v1/auth/login': () => json(200, { access_token: 'a1', refresh_token: 'r1', user: {} }),
    'GET /api/v1/auth/slow': async (c) => {
      const sent = c.headers.get('Authorization');
      await new Promise((r) => slow.push(r));
      return sent === `Bearer ${valid}` ? json(200, {}) : json(401, { detail: 'x' });
    },
    'GET /api/v1/auth/me': (c) =>
      c.headers.get('Authorization') === `Bearer ${valid}` ? json(200, {}) : json(401, { detail: 'x' }),
    'POST /api/v1/auth/refresh': () => {
      valid = 'a2';
      return json(200, { access_token: 'a2', refresh_token: 'r2' });
    },
  });
  const client = loggedIn(server);
  await client.login({ email: 'e', password: 'p' });
  valid = 'stale';
  const pending = client.fetch(`${API}/slow`);
  await tick();
  await client.me(); // 401 → refresh → retry
  slow.shift()(); // the slow request now fails with the old token
  await tick();
  slow.shift()();
  const answer = await pending;
  assert.equal(answer.status, 200);
  assert.equal(server.count('POST /api/v1/auth/refresh'), 1);
});

test('a refused refresh ends the session once: tokens cleared, one session-ended, no retries', async () => {
  const server = fakeServer({
    'POST /api/v1/auth/login': () => json(200, { access_token: 'a1', refresh_token: 'r1', user: {} }),
    'GET /api/v1/auth/me': () => json(401, { detail: 'Could not validate credentials' }),
    'POST /api/v1/auth/refresh': async () => {
      await tick(10);
      return json(401, { detail: 'Could not validate credentials' });
    },
  });
  const client = loggedIn(server);
  await client.login({ email: 'e', password: 'p' });
  let ended = 0;
  client.on('session-ended', () => ended++);

  const results = await Promise.allSettled([1, 2, 3, 4, 5].map(() => client.me()));

  assert.ok(results.every((r) => r.status === 'rejected' && r.reason.status === 401));
  assert.equal(ended, 1);
  assert.equal(server.count('POST /api/v1/auth/refresh'), 1);
  assert.equal(server.count('GET /api/v1/auth/me'), 5, 'no request is retried');
  assert.deepEqual(client.tokens(), { access_token: null, refresh_token: null });
  // Logged out now: a further 401 neither refreshes nor ends anything again.
  await assert.rejects(client.me(), { status: 401 });
  assert.equal(server.count('POST /api/v1/auth/refresh'), 1);
  assert.equal(ended, 1);
});

test('a retried request that fails again is not refreshed again (no loop)', async () => {
  const server = fakeServer({
    'POST /api/v1/auth/login': () => json(200, { access_token: 'a1', refresh_token: 'r1', user: {} }),
    'GET /api/v1/auth/me': () => json(401, { detail: 'x' }),
    'POST /api/v1/auth/refresh': (c) =>
      json(200, { access_token: 'a2', refresh_token: c.body.refresh_token === 'r1' ? 'r2' : 'r3' }),
  });
  const client = loggedIn(server);
  await client.login({ email: 'e', password: 'p' });
  await assert.rejects(client.me(), { status: 401 });
  assert.equal(server.count('POST /api/v1/auth/refresh'), 1);
  assert.equal(server.count('GET /api/v1/auth/me'), 2);
  assert.equal(client.tokens().refresh_token, 'r2');
});

test('a refresh that answers 429 keeps the tokens and ends nothing', async () => {
  const server = fakeServer({
    'POST /api/v1/auth/login': () => json(200, { access_token: 'a1', refresh_token: 'r1', user: {} }),
    'GET /api/v1/auth/me': () => json(401, { detail: 'x' }),
    'POST /api/v1/auth/refresh': () => json(429, { detail: 'Too many requests. Try again later.' }, { 'Retry-After': '7' }),
  });
  const client = loggedIn(server);
  await client.login({ email: 'e', password: 'p' });
  let ended = 0;
  client.on('session-ended', () => ended++);
  await assert.rejects(client.me(), { status: 401 });
  assert.equal(ended, 0);
  assert.deepEqual(client.tokens(), { access_token: 'a1', refresh_token: 'r1' });
});

test('without rotation the same refresh token is kept; a body without one keeps the old', async () => {
  let valid = 'a1';
  const server = fakeServer({
    'POST /api/v1/auth/login': () => json(200, { access_token: 'a1', refresh_token: 'r1', user: {} }),
    'GET /api/v1/auth/me': (c) =>
      c.headers.get('Authorization') === `Bearer ${valid}` ? json(200, {}) : json(401, { detail: 'x' }),
    'POST /api/v1/auth/refresh': () => {
      valid = 'a2';
      return json(200, { access_token: 'a2', refresh_token: null });
    },
  });
  const client = loggedIn(server);
  await client.login({ email: 'e', password: 'p' });
  valid = 'other';
  await client.me();
  assert.deepEqual(client.tokens(), { access_token: 'a2', refresh_token: 'r1' });
});

test('anonymous 401s and login failures never try a refresh', async () => {
  const server = fakeServer({
    'GET /api/v1/auth/me': () => json(401, { detail: 'x' }),
    'POST /api/v1/auth/login': () => json(401, { detail: 'Invalid credentials' }),
  });
  const client = loggedIn(server);
  await assert.rejects(client.me(), { status: 401 });
  await assert.rejects(client.login({ email: 'e', password: 'p' }), { status: 401, detail: 'Invalid credentials' });
  assert.equal(server.count('POST /api/v1/auth/refresh'), 0);
});

test('the access token goes only to FullAuth and the configured origins', async () => {
  const server = fakeServer({
    'POST /api/v1/auth/login': () => json(200, { access_token: 'a1', refresh_token: 'r1', user: {} }),
    'GET /data': () => json(200, {}),
  });
  const client = loggedIn(server, { tokenOrigins: ['https://api.example.com'] });
  await client.login({ email: 'e', password: 'p' });
  await client.fetch('https://api.example.com/data');
  await client.fetch('https://tracker.example.net/data');
  await client.fetch(new URL('http://auth.test/data'));
  const auth = server.calls.filter((c) => c.path === '/data').map((c) => c.headers.get('Authorization'));
  assert.deepEqual(auth, ['Bearer a1', null, 'Bearer a1']);
});

test('logout sends the latest refresh token and forgets the tokens', async () => {
  const server = fakeServer({
    'POST /api/v1/auth/login': () => json(200, { access_token: 'a1', refresh_token: 'r1', user: {} }),
    'POST /api/v1/auth/logout': (c) =>
      c.headers.get('Authorization') === 'Bearer a2' ? json(204) : json(401, { detail: 'x' }),
    'POST /api/v1/auth/refresh': () => json(200, { access_token: 'a2', refresh_token: 'r2' }),
  });
  const client = loggedIn(server);
  await client.login({ email: 'e', password: 'p' });
  let loggedOut = 0;
  client.on('logout', () => loggedOut++);
  await client.logout();
  const logouts = server.calls.filter((c) => c.path.endsWith('/logout'));
  assert.deepEqual(
    logouts.map((c) => c.body.refresh_token),
    ['r1', 'r2'],
    'the retry after the refresh carries the rotated token',
  );
  assert.equal(loggedOut, 1);
  assert.equal(client.isLoggedIn(), false);
});

test('a 401 arriving after a refused refresh is neither refreshed nor retried', async () => {
  const late = [];
  const server = fakeServer({
    'POST /api/v1/auth/login': () => json(200, { access_token: 'a1', refresh_token: 'r1', user: {} }),
    'GET /api/v1/auth/me': () => json(401, { detail: 'x' }),
    'GET /api/v1/auth/slow': async () => {
      await new Promise((r) => late.push(r));
      return json(401, { detail: 'x' });
    },
    'POST /api/v1/auth/refresh': () => json(401, { detail: 'x' }),
  });
  const client = loggedIn(server);
  await client.login({ email: 'e', password: 'p' });
  let ended = 0;
  client.on('session-ended', () => ended++);
  const slow = client.fetch(`${API}/slow`);
  await assert.rejects(client.me(), { status: 401 });
  late.shift()();
  assert.equal((await slow).status, 401);
  assert.equal(server.count('GET /api/v1/auth/slow'), 1);
  assert.equal(server.count('POST /api/v1/auth/refresh'), 1);
  assert.equal(ended, 1);
});
