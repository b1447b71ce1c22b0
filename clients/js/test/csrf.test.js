import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFullAuth } from '../src/index.js';
import { fakeServer, json } from './fake-server.js';

test('cookie mode sends the fullauth_csrf cookie as X-CSRF-Token on unsafe methods only', async () => {
  const scope = { document: { cookie: 'theme=dark; fullauth_csrf=0123abcd.sig%3D; other=1' } };
  const s = fakeServer({
    'GET /api/v1/auth/me': () => json(200, {}),
    'PATCH /api/v1/auth/me': () => json(200, {}),
    'DELETE /api/v1/auth/sessions/f1': () => json(204),
    'POST /api/v1/auth/sessions/revoke-others': () => json(200, { detail: 'ok' }),
  });
  const client = createFullAuth({ transport: 'cookie', fetch: s.fetch, scope });
  await client.me();
  await client.updateProfile({ display_name: 'Ann' });
  await client.sessions.revoke('f1');
  await client.sessions.revokeOthers();
  assert.deepEqual(
    s.calls.map((c) => [c.method, c.headers.get('X-CSRF-Token')]),
    [
      ['GET', null],
      ['PATCH', '0123abcd.sig='],
      ['DELETE', '0123abcd.sig='],
      ['POST', '0123abcd.sig='],
    ],
  );
});

test('cookie mode without the cookie gets it with one GET first, shared by concurrent calls', async () => {
  const scope = { document: { cookie: '' } };
  const s = fakeServer({
    'GET /api/v1/auth/oauth/providers': () => {
      scope.document.cookie = 'fullauth_csrf=fresh.token';
      return json(200, { providers: [] });
    },
    'POST /api/v1/auth/login': () => json(200, { access_token: 'a', refresh_token: null, user: {} }),
    'POST /api/v1/auth/register': () => json(202, { detail: 'ok' }),
  });
  const client = createFullAuth({ transport: 'cookie', fetch: s.fetch, scope });
  await Promise.all([client.login({ email: 'e', password: 'p' }), client.register({ email: 'f', password: 'p' })]);
  assert.equal(s.count('GET /api/v1/auth/oauth/providers'), 1);
  assert.equal(s.calls[0].credentials, 'include');
  for (const c of s.calls.filter((c) => c.method === 'POST')) {
    assert.equal(c.headers.get('X-CSRF-Token'), 'fresh.token');
  }
});

test('the refresh itself carries the CSRF header in cookie mode, with an empty body', async () => {
  const scope = { document: { cookie: 'fullauth_csrf=t.s' } };
  let first = true;
  const s = fakeServer({
    'GET /api/v1/auth/me': () => {
      const answer = first ? json(401, { detail: 'x' }) : json(200, { id: 'u' });
      first = false;
      return answer;
    },
    'POST /api/v1/auth/refresh': () => json(200, { access_token: 'a', refresh_token: null }),
  });
  const client = createFullAuth({ transport: 'cookie', fetch: s.fetch, scope });
  assert.deepEqual(await client.me(), { id: 'u' });
  const refresh = s.calls.find((c) => c.path.endsWith('/refresh'));
  assert.equal(refresh.headers.get('X-CSRF-Token'), 't.s');
  assert.deepEqual(refresh.body, {});
  assert.equal(refresh.credentials, 'include');
});

test('bearer mode sends a readable CSRF cookie too, but never fetches one', async () => {
  const scope = { document: { cookie: '' } };
  const s = fakeServer({ 'POST /api/v1/auth/register': () => json(202, { detail: 'ok' }) });
  const client = createFullAuth({ fetch: s.fetch, scope });
  await client.register({ email: 'e', password: 'p' });
  scope.document.cookie = 'fullauth_csrf=x.y';
  await client.register({ email: 'e', password: 'p' });
  assert.deepEqual(
    s.calls.map((c) => c.headers.get('X-CSRF-Token')),
    [null, 'x.y'],
  );
  assert.equal(s.count('GET /api/v1/auth/oauth/providers'), 0);
});
