import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFullAuth } from '../src/index.js';
import { fakeServer, json, MemoryStorage } from './fake-server.js';

function page(href) {
  const scope = {
    sessionStorage: new MemoryStorage(),
    location: {
      href,
      assigned: null,
      assign(url) {
        this.assigned = url;
      },
    },
    history: {
      state: { keep: true },
      replaced: null,
      replaceState(state, title, url) {
        this.replaced = { state, url };
        scope.location.href = new URL(url, scope.location.href).href;
      },
    },
  };
  return scope;
}

test('startOAuth asks for the URL with credentials and sends the browser there', async () => {
  const scope = page('http://localhost:8080/demo/');
  const s = fakeServer({
    'GET /api/v1/auth/oauth/corp/authorize': () => json(200, { authorization_url: 'https://idp.test/auth?state=s' }),
  });
  const client = createFullAuth({ fetch: s.fetch, scope });
  await client.startOAuth('corp', 'http://localhost:8080/demo/callback');
  assert.equal(s.calls[0].query, '?redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fdemo%2Fcallback');
  assert.equal(s.calls[0].credentials, 'include');
  assert.equal(scope.location.assigned, 'https://idp.test/auth?state=s');
  assert.equal(scope.sessionStorage.getItem('fullauth.oauth.provider'), 'corp');
});

test('completeOAuth posts code and state, stores the tokens and strips them from the address', async () => {
  const scope = page('http://localhost:8080/demo/callback?code=c1&state=s1&keep=1#top');
  scope.sessionStorage.setItem('fullauth.oauth.provider', 'corp');
  const s = fakeServer({
    'POST /api/v1/auth/oauth/corp/callback': () =>
      json(200, { access_token: 'a', refresh_token: 'r', user: { email: 'ann@example.com' } }),
  });
  const client = createFullAuth({ fetch: s.fetch, scope, storage: 'session' });
  const login = await client.completeOAuth();
  assert.equal(login.user.email, 'ann@example.com');
  assert.deepEqual(s.calls[0].body, { code: 'c1', state: 's1' });
  assert.equal(s.calls[0].credentials, 'include');
  assert.deepEqual(scope.history.replaced, { state: { keep: true }, url: '/demo/callback?keep=1#top' });
  assert.deepEqual(client.tokens(), { access_token: 'a', refresh_token: 'r' });
  assert.equal(scope.sessionStorage.getItem('fullauth.oauth.provider'), null);
});

test('a provider error or a page without code is a typed error, and nothing is posted', async () => {
  const s = fakeServer({});
  const denied = page('http://localhost/cb?error=access_denied&state=s');
  await assert.rejects(createFullAuth({ fetch: s.fetch, scope: denied }).completeOAuth({ provider: 'corp' }), {
    status: 0,
    message: /access_denied/,
  });
  assert.equal(denied.history.replaced.url, '/cb');
  await assert.rejects(createFullAuth({ fetch: s.fetch, scope: page('http://localhost/cb') }).completeOAuth(), {
    status: 0,
  });
  assert.equal(s.calls.length, 0);
});

test('a refused callback is the server error, and the code is gone from the address anyway', async () => {
  const scope = page('http://localhost/cb?code=c&state=s');
  const s = fakeServer({
    'POST /api/v1/auth/oauth/corp/callback': () => json(400, { detail: 'OAuth authentication failed' }),
  });
  await assert.rejects(createFullAuth({ fetch: s.fetch, scope }).completeOAuth({ provider: 'corp' }), {
    status: 400,
    detail: 'OAuth authentication failed',
  });
  assert.equal(scope.history.replaced.url, '/cb');
});

test('account calls use the documented paths and bodies', async () => {
  const s = fakeServer(
    Object.fromEntries(
      [
        'POST /register',
        'GET /me',
        'PATCH /me',
        'DELETE /me',
        'POST /change-password',
        'GET /sessions',
        'POST /verify-email/request',
        'POST /verify-email/confirm',
        'POST /password-reset/request',
        'POST /password-reset/confirm',
        'GET /oauth/accounts',
        'DELETE /oauth/accounts/github',
      ].map((k) => {
        const [m, p] = k.split(' ');
        return [`${m} /api/v1/auth${p}`, () => json(m === 'DELETE' ? 204 : 200, {})];
      }),
    ),
  );
  const c = createFullAuth({ fetch: s.fetch });
  await c.register({ email: 'e', password: 'p' });
  await c.me();
  await c.updateProfile({ display_name: 'Ann' });
  await c.changePassword({ currentPassword: 'old', newPassword: 'new' });
  await c.sessions.list();
  await c.requestEmailVerification();
  await c.confirmEmail('t1');
  await c.requestPasswordReset('e@x');
  await c.resetPassword('t2', 'new pw');
  await c.oauthAccounts();
  await c.unlinkOAuth('github');
  await c.deleteAccount();
  assert.deepEqual(
    s.calls.map((x) => [x.method, x.path.replace('/api/v1/auth', ''), x.body]),
    [
      ['POST', '/register', { email: 'e', password: 'p' }],
      ['GET', '/me', undefined],
      ['PATCH', '/me', { display_name: 'Ann' }],
      ['POST', '/change-password', { current_password: 'old', new_password: 'new' }],
      ['GET', '/sessions', undefined],
      ['POST', '/verify-email/request', undefined],
      ['POST', '/verify-email/confirm', { token: 't1' }],
      ['POST', '/password-reset/request', { email: 'e@x' }],
      ['POST', '/password-reset/confirm', { token: 't2', new_password: 'new pw' }],
      ['GET', '/oauth/accounts', undefined],
      ['DELETE', '/oauth/accounts/github', undefined],
      ['DELETE', '/me', undefined],
    ],
  );
});
