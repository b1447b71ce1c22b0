import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  authenticationJSON,
  createFullAuth,
  creationOptions,
  fromBase64url,
  registrationJSON,
  requestOptions,
  toBase64url,
} from '../src/index.js';
import { fakeServer, json } from './fake-server.js';

const b = (...bytes) => Uint8Array.from(bytes).buffer;

const creationJSON = {
  rp: { name: 'Example', id: 'example.com' },
  user: { id: 'dXNlci0x', name: 'ann@example.com', displayName: 'ann@example.com' },
  challenge: 'AAECAw',
  pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
  timeout: 60000,
  excludeCredentials: [{ id: 'BAUG', type: 'public-key' }],
  authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
  attestation: 'none',
  challenge_key: 'passkey:reg:0123',
};

test('creation options by hand: buffers where WebAuthn wants them, no challenge_key', () => {
  const o = creationOptions(creationJSON, undefined);
  assert.equal('challenge_key' in o, false);
  assert.deepEqual(new Uint8Array(o.challenge), Uint8Array.of(0, 1, 2, 3));
  assert.equal(new TextDecoder().decode(o.user.id), 'user-1');
  assert.deepEqual(new Uint8Array(o.excludeCredentials[0].id), Uint8Array.of(4, 5, 6));
  assert.equal(o.user.name, 'ann@example.com');
  assert.deepEqual(o.authenticatorSelection, creationJSON.authenticatorSelection);
});

test("the browser's parse functions are used when present, without challenge_key", () => {
  const seen = [];
  const pkc = {
    parseCreationOptionsFromJSON: (o) => (seen.push(o), 'parsed-creation'),
    parseRequestOptionsFromJSON: (o) => (seen.push(o), 'parsed-request'),
  };
  assert.equal(creationOptions(creationJSON, pkc), 'parsed-creation');
  assert.equal(requestOptions({ challenge: 'AA', allowCredentials: [], challenge_key: 'k' }, pkc), 'parsed-request');
  assert.ok(seen.every((o) => !('challenge_key' in o)));
});

test('request options by hand: challenge and allowCredentials ids', () => {
  const o = requestOptions(
    {
      challenge: 'AAECAw',
      rpId: 'example.com',
      timeout: 60000,
      userVerification: 'required',
      allowCredentials: [{ id: 'BAUG', type: 'public-key', transports: ['internal'] }],
      challenge_key: 'k',
    },
    undefined,
  );
  assert.deepEqual(new Uint8Array(o.challenge), Uint8Array.of(0, 1, 2, 3));
  assert.deepEqual(o.allowCredentials[0].transports, ['internal']);
  assert.deepEqual(new Uint8Array(o.allowCredentials[0].id), Uint8Array.of(4, 5, 6));
  assert.equal(o.rpId, 'example.com');
});

test('credentials by hand: every binary value as base64url', () => {
  const created = {
    id: 'AQI',
    rawId: b(1, 2),
    type: 'public-key',
    authenticatorAttachment: 'platform',
    getClientExtensionResults: () => ({ credProps: { rk: true } }),
    response: { clientDataJSON: b(3), attestationObject: b(4, 5), getTransports: () => ['internal', 'hybrid'] },
  };
  assert.deepEqual(registrationJSON(created), {
    id: 'AQI',
    rawId: 'AQI',
    type: 'public-key',
    response: { clientDataJSON: 'Aw', attestationObject: 'BAU', transports: ['internal', 'hybrid'] },
    clientExtensionResults: { credProps: { rk: true } },
    authenticatorAttachment: 'platform',
  });
  const asserted = {
    id: 'AQI',
    rawId: b(1, 2),
    type: 'public-key',
    getClientExtensionResults: () => ({}),
    response: { clientDataJSON: b(3), authenticatorData: b(6), signature: b(7), userHandle: null },
  };
  assert.deepEqual(authenticationJSON(asserted).response, {
    clientDataJSON: 'Aw',
    authenticatorData: 'Bg',
    signature: 'Bw',
    userHandle: null,
  });
  assert.equal(authenticationJSON({ ...asserted, response: { ...asserted.response, userHandle: b(8) } }).response.userHandle, 'CA');
  assert.equal(registrationJSON({ toJSON: () => 'native' }), 'native');
});

/** A browser scope with a fake authenticator. */
function browser() {
  const requests = [];
  const scope = {
    PublicKeyCredential: { isConditionalMediationAvailable: async () => true },
    navigator: {
      credentials: {
        create: async (r) => {
          requests.push(r);
          return {
            id: 'AQI',
            rawId: b(1, 2),
            type: 'public-key',
            getClientExtensionResults: () => ({}),
            response: { clientDataJSON: b(3), attestationObject: b(4), getTransports: () => ['internal'] },
          };
        },
        get: async (r) => {
          requests.push(r);
          return {
            id: 'AQI',
            rawId: b(1, 2),
            type: 'public-key',
            getClientExtensionResults: () => ({}),
            response: { clientDataJSON: b(3), authenticatorData: b(4), signature: b(5), userHandle: b(6) },
          };
        },
      },
    },
  };
  return { scope, requests };
}

test('registerPasskey: begin, create, complete with challenge_key and device name', async () => {
  const { scope, requests } = browser();
  const s = fakeServer({
    'POST /api/v1/auth/login': () => json(200, { access_token: 'a', refresh_token: 'r', user: {} }),
    'POST /api/v1/auth/passkeys/register/begin': () => json(200, creationJSON),
    'POST /api/v1/auth/passkeys/register/complete': (c) => json(201, { id: 'p1', device_name: c.body.device_name }),
  });
  const client = createFullAuth({ fetch: s.fetch, scope });
  await client.login({ email: 'e', password: 'p' });
  assert.deepEqual(await client.registerPasskey('Laptop'), { id: 'p1', device_name: 'Laptop' });
  const complete = s.calls.at(-1);
  assert.equal(complete.headers.get('Authorization'), 'Bearer a');
  assert.equal(complete.body.challenge_key, 'passkey:reg:0123');
  assert.equal(complete.body.credential.response.attestationObject, 'BA');
  assert.deepEqual(complete.body.credential.response.transports, ['internal']);
  assert.equal(toBase64url(requests[0].publicKey.challenge), 'AAECAw');
});

test('loginWithPasskey with and without e-mail; conditional UI asks with mediation conditional', async () => {
  const { scope, requests } = browser();
  const s = fakeServer({
    'POST /api/v1/auth/passkeys/authenticate/begin': () =>
      json(200, { challenge: 'AAEC', rpId: 'localhost', allowCredentials: [], challenge_key: 'passkey:auth:1' }),
    'POST /api/v1/auth/passkeys/authenticate/complete': () =>
      json(200, { access_token: 'a', refresh_token: 'r', user: { id: 'u' } }),
  });
  const client = createFullAuth({ fetch: s.fetch, scope });
  let logins = 0;
  client.on('login', () => logins++);
  await client.loginWithPasskey({ email: 'ann@example.com' });
  await client.loginWithPasskey();
  const controller = new AbortController();
  await client.conditionalPasskeyLogin(controller.signal);
  const begins = s.calls.filter((c) => c.path.endsWith('/authenticate/begin')).map((c) => c.body);
  assert.deepEqual(begins, [{ email: 'ann@example.com' }, {}, {}]);
  assert.equal(requests[2].mediation, 'conditional');
  assert.equal(requests[2].signal, controller.signal);
  const complete = s.calls.find((c) => c.path.endsWith('/authenticate/complete'));
  assert.equal(complete.body.challenge_key, 'passkey:auth:1');
  assert.equal(complete.body.credential.response.userHandle, 'Bg');
  assert.equal(complete.headers.get('Authorization'), null);
  assert.equal(logins, 3);
  assert.deepEqual(client.tokens(), { access_token: 'a', refresh_token: 'r' });
});

test('conditional UI resolves null where the browser cannot do it; no WebAuthn is a typed error', async () => {
  const s = fakeServer({});
  const noConditional = createFullAuth({
    fetch: s.fetch,
    scope: { PublicKeyCredential: {}, navigator: { credentials: {} } },
  });
  assert.equal(await noConditional.conditionalPasskeyLogin(), null);
  const none = createFullAuth({ fetch: s.fetch, scope: {} });
  assert.equal(none.passkeysSupported(), false);
  await assert.rejects(none.loginWithPasskey(), { name: 'FullAuthError', status: 0 });
  assert.equal(s.calls.length, 0);
});

test('list and delete passkeys', async () => {
  const s = fakeServer({
    'GET /api/v1/auth/passkeys': () => json(200, [{ id: 'p/1' }]),
    'DELETE /api/v1/auth/passkeys/p%2F1': () => json(204),
  });
  const client = createFullAuth({ fetch: s.fetch });
  assert.deepEqual(await client.listPasskeys(), [{ id: 'p/1' }]);
  assert.equal(await client.deletePasskey('p/1'), null);
});

test('fromBase64url undoes toBase64url on WebAuthn-sized values', () => {
  const id = crypto.getRandomValues(new Uint8Array(64));
  assert.deepEqual(new Uint8Array(fromBase64url(toBase64url(id))), id);
});
