import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFullAuth } from '../src/index.js';
import { fakeServer, json, MemoryStorage } from './fake-server.js';

function server() {
  return fakeServer({
    'POST /api/v1/auth/login': () =>
      json(200, { access_token: 'a1', refresh_token: 'r1', token_type: 'bearer', user: { id: 'u1' } }),
    'GET /api/v1/auth/me': (c) =>
      c.headers.get('Authorization') === 'Bearer a1' ? json(200, { id: 'u1' }) : json(401, { detail: 'x' }),
    'POST /api/v1/auth/logout': () => json(204),
  });
}

test('memory (the default) keeps the tokens in this client only', async () => {
  const s = server();
  const scope = { sessionStorage: new MemoryStorage(), localStorage: new MemoryStorage() };
  const client = createFullAuth({ fetch: s.fetch, scope });
  await client.login({ email: 'e', password: 'p' });
  assert.deepEqual(client.tokens(), { access_token: 'a1', refresh_token: 'r1' });
  assert.equal(scope.sessionStorage.getItem('fullauth.tokens'), null);
  assert.equal(scope.localStorage.getItem('fullauth.tokens'), null);
  const another = createFullAuth({ fetch: s.fetch, scope });
  assert.equal(another.isLoggedIn(), false);
});

for (const [kind, name] of [
  ['session', 'sessionStorage'],
  ['local', 'localStorage'],
]) {
  test(`${kind} keeps the tokens in ${name}, where a reloaded page finds them`, async () => {
    const s = server();
    const scope = { sessionStorage: new MemoryStorage(), localStorage: new MemoryStorage() };
    const client = createFullAuth({ fetch: s.fetch, storage: kind, scope });
    await client.login({ email: 'e', password: 'p' });
    assert.deepEqual(JSON.parse(scope[name].getItem('fullauth.tokens')), {
      access_token: 'a1',
      refresh_token: 'r1',
    });
    const reloaded = createFullAuth({ fetch: s.fetch, storage: kind, scope });
    assert.deepEqual(await reloaded.me(), { id: 'u1' });
    await reloaded.logout();
    assert.equal(scope[name].getItem('fullauth.tokens'), null);
  });
}

test('cookie mode stores nothing and sends credentials instead of a bearer header', async () => {
  const s = server();
  const scope = {
    sessionStorage: new MemoryStorage(),
    localStorage: new MemoryStorage(),
    document: { cookie: 'fullauth_csrf=abc.def' },
  };
  const client = createFullAuth({ fetch: s.fetch, transport: 'cookie', storage: 'local', scope });
  await client.login({ email: 'e', password: 'p' });
  assert.deepEqual(client.tokens(), { access_token: null, refresh_token: null });
  assert.equal(client.isLoggedIn(), null);
  assert.equal(scope.localStorage.getItem('fullauth.tokens'), null);
  await client.me().catch(() => {});
  for (const call of s.calls) {
    assert.equal(call.credentials, 'include');
    assert.equal(call.headers.get('Authorization'), null);
  }
});

test('unknown transport or storage is refused', () => {
  assert.throws(() => createFullAuth({ transport: 'jwt' }), TypeError);
  assert.throws(() => createFullAuth({ storage: 'indexeddb', scope: {} }), TypeError);
  assert.throws(() => createFullAuth({ storage: 'local', scope: {} }), /localStorage is not available/);
});

test('a corrupt stored value reads as logged out', () => {
  const scope = { localStorage: new MemoryStorage() };
  scope.localStorage.setItem('fullauth.tokens', '{not json');
  const client = createFullAuth({ storage: 'local', scope, fetch: async () => json(200, {}) });
  assert.equal(client.isLoggedIn(), false);
});

test('local storage: a tab that finds a newer token under the refresh lock uses it', async () => {
  const scope = { localStorage: new MemoryStorage(), navigator: {} };
  let release;
  const otherTab = new Promise((r) => {
    release = r;
  });
  scope.navigator.locks = { request: async (name, fn) => otherTab.then(fn) };
  let valid = 'a1';
  const s = fakeServer({
    'POST /api/v1/auth/login': () => json(200, { access_token: 'a1', refresh_token: 'r1', user: {} }),
    'GET /api/v1/auth/me': (c) =>
      c.headers.get('Authorization') === `Bearer ${valid}` ? json(200, {}) : json(401, { detail: 'x' }),
    'POST /api/v1/auth/refresh': () => json(401, { detail: 'a second rotation of r1 burns the session' }),
  });
  const tab = createFullAuth({ fetch: s.fetch, storage: 'local', scope });
  await tab.login({ email: 'e', password: 'p' });
  valid = 'a2';
  const answer = tab.me(); // fails with a1, then waits for the lock the other tab holds
  await new Promise((r) => setTimeout(r, 5));
  scope.localStorage.setItem('fullauth.tokens', JSON.stringify({ access_token: 'a2', refresh_token: 'r2' }));
  release();
  assert.deepEqual(await answer, {});
  assert.equal(s.count('POST /api/v1/auth/refresh'), 0);
});
