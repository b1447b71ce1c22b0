/**
 * fullauth-client: the browser side of FullAuth's JSON API (`/api/v1/auth`). No dependencies.
 *
 * `createFullAuth()` returns a client that keeps the tokens (bearer mode) or lets the browser keep
 * them in HttpOnly cookies (cookie mode), wraps `fetch` so that an expired access token is renewed
 * once for all requests that failed with it, and offers every account, OAuth and passkey call.
 */
import { FullAuthError, errorFrom } from './errors.js';
import { tokenStore } from './storage.js';
import * as webauthn from './webauthn.js';

export { FullAuthError } from './errors.js';
export { fromBase64url, toBase64url } from './base64url.js';
export {
  creationOptions,
  requestOptions,
  registrationJSON,
  authenticationJSON,
} from './webauthn.js';

const API_PATH = '/api/v1/auth';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CSRF_COOKIE = 'fullauth_csrf';
const CSRF_HEADER = 'X-CSRF-Token';
const OAUTH_PROVIDER_KEY = 'fullauth.oauth.provider';
const OAUTH_PARAMETERS = ['code', 'state', 'error', 'error_description', 'error_uri', 'iss', 'session_state'];
const REFRESH_LOCK = 'fullauth-refresh';

/**
 * @param {object} [options]
 * @param {string} [options.baseUrl] FullAuth's origin, e.g. `https://auth.example.com`; empty for
 *   the page's own origin
 * @param {'bearer' | 'cookie'} [options.transport] `bearer` (the client holds the tokens) or
 *   `cookie` (the server sets HttpOnly cookies; nothing is stored here)
 * @param {'memory' | 'session' | 'local'} [options.storage] where bearer tokens live
 * @param {typeof fetch} [options.fetch] the fetch to use (tests pass a fake)
 * @param {string[]} [options.tokenOrigins] further origins that receive the access token from
 *   `client.fetch` (FullAuth's own origin always does)
 * @param {any} [options.scope] where `location`, `history`, `document`, `navigator` and the Web
 *   Storages are found; the global scope by default
 */
export function createFullAuth(options = {}) {
  const {
    baseUrl = '',
    transport = 'bearer',
    storage = 'memory',
    fetch: fetchImpl = (...args) => globalThis.fetch(...args),
    tokenOrigins = [],
    scope = globalThis,
  } = options;
  if (transport !== 'bearer' && transport !== 'cookie') {
    throw new TypeError(`unknown transport '${transport}' (bearer or cookie)`);
  }
  const cookieMode = transport === 'cookie';
  const store = tokenStore(cookieMode ? 'none' : storage, scope);
  const api = baseUrl.replace(/\/+$/, '') + API_PATH;
  const trustedOrigins = new Set([originOf(api), ...tokenOrigins.map((o) => originOf(o))]);
  const listeners = new Map();
  // Bumped by every login and successful refresh (never by an ending): a request that failed with
  // an older token is simply retried, instead of refreshing again.
  let generation = 0;
  let refreshing = null;
  let csrfFetch = null;

  function resolve(url) {
    const here = scope.location && scope.location.href;
    return new URL(url, here || (/^https?:/.test(api) ? api : 'http://localhost/'));
  }

  function originOf(url) {
    return resolve(url).origin;
  }

  function trusted(url) {
    return trustedOrigins.has(originOf(url));
  }

  function emit(name, detail) {
    for (const listener of listeners.get(name) || []) {
      try {
        listener(detail);
      } catch (e) {
        // A failing listener must not break the flow that emitted; report it asynchronously.
        queueMicrotask(() => {
          throw e;
        });
      }
    }
  }

  function readCookie(name) {
    const jar = scope.document && typeof scope.document.cookie === 'string' ? scope.document.cookie : '';
    for (const part of jar.split(';')) {
      const [key, ...value] = part.trim().split('=');
      if (key === name) {
        return decodeURIComponent(value.join('='));
      }
    }
    return null;
  }

  /** The CSRF token; in cookie mode fetched with a safe GET first when the cookie is missing. */
  async function csrfToken() {
    let token = readCookie(CSRF_COOKIE);
    if (token || !cookieMode) {
      return token;
    }
    if (!csrfFetch) {
      csrfFetch = Promise.resolve()
        .then(() => fetchImpl(`${api}/oauth/providers`, { method: 'GET', credentials: 'include' }))
        .catch(() => null)
        .finally(() => {
          csrfFetch = null;
        });
    }
    await csrfFetch;
    return readCookie(CSRF_COOKIE);
  }

  function target(input, init = {}) {
    if (typeof Request !== 'undefined' && input instanceof Request) {
      return { url: input.url, request: input, init: { ...init } };
    }
    return { url: input instanceof URL ? input.href : String(input), init: { ...init } };
  }

  /** One try: the current token, the CSRF header, the body (replayed for the retry). */
  async function attempt(t, auth) {
    const original = t.request;
    const headers = new Headers(t.init.headers || (original ? original.headers : undefined));
    const method = String(t.init.method || (original ? original.method : 'GET')).toUpperCase();
    const own = trusted(t.url);
    if (auth && !cookieMode && own) {
      const token = store.read().access_token;
      if (token) {
        headers.set('Authorization', `Bearer ${token}`);
      }
    }
    if (UNSAFE_METHODS.has(method) && own && !headers.has(CSRF_HEADER)) {
      const csrf = await csrfToken();
      if (csrf) {
        headers.set(CSRF_HEADER, csrf);
      }
    }
    const credentials = cookieMode && own ? 'include' : t.init.credentials;
    const init = { ...t.init, method, headers };
    if (credentials) {
      init.credentials = credentials;
    }
    if (typeof init.body === 'function') {
      init.body = init.body();
    }
    if (original) {
      return fetchImpl(new Request(original.clone(), init));
    }
    return fetchImpl(t.url, init);
  }

  /** Sends; on a 401 renews the tokens once (shared by all concurrent failures) and retries once. */
  async function send(t, auth) {
    const sentWith = generation;
    const sentToken = store.read().access_token;
    const first = await attempt(t, auth);
    if (first.status !== 401 || !auth || !trusted(t.url)) {
      return first;
    }
    if (!cookieMode) {
      const tokens = store.read();
      if (!tokens.access_token && !tokens.refresh_token) {
        return first; // never logged in: nothing to renew
      }
    }
    const current = store.read().access_token;
    const renewedMeanwhile =
      sentWith !== generation || (current !== null && current !== sentToken);
    const renewed = renewedMeanwhile || (await refreshOnce(sentToken));
    return renewed ? attempt(t, auth) : first;
  }

  function refreshOnce(failedToken = store.read().access_token) {
    if (!refreshing) {
      refreshing = refreshAcrossTabs(failedToken).finally(() => {
        refreshing = null;
      });
    }
    return refreshing;
  }

  /**
   * With `localStorage` every tab shares one refresh token; rotating it twice would burn the
   * session, so tabs take turns (Web Locks) and a tab that finds a newer token just uses it.
   */
  async function refreshAcrossTabs(failedToken) {
    const locks = scope.navigator && scope.navigator.locks;
    if (store.kind !== 'local' || !locks) {
      return refreshNow();
    }
    return locks.request(REFRESH_LOCK, async () => {
      const current = store.read();
      if (current.access_token && current.access_token !== failedToken) {
        generation++;
        return true;
      }
      return refreshNow();
    });
  }

  async function refreshNow() {
    const refreshToken = store.read().refresh_token;
    if (!cookieMode && !refreshToken) {
      endSession();
      return false;
    }
    let response;
    try {
      response = await attempt(
        target(`${api}/refresh`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(cookieMode ? {} : { refresh_token: refreshToken }),
        }),
        false,
      );
    } catch {
      return false; // offline: the session may well be alive, keep the tokens
    }
    if (response.ok) {
      const json = await response.json();
      if (!cookieMode) {
        // Always the newest refresh token: the one just used is spent (rotation).
        store.write({
          access_token: json.access_token,
          refresh_token: json.refresh_token || refreshToken,
        });
      }
      generation++;
      emit('refresh', null);
      return true;
    }
    if (response.status === 401) {
      // A spent or revoked refresh token: the server has ended (burnt) the session.
      endSession();
    }
    return false; // 429, 503: a passing trouble, the caller sees its own 401
  }

  function endSession() {
    store.clear();
    emit('session-ended', null);
  }

  function acceptLogin(json) {
    if (!cookieMode) {
      store.write({ access_token: json.access_token, refresh_token: json.refresh_token });
    }
    generation++;
    emit('login', json.user ?? null);
    return json;
  }

  /** A JSON call to FullAuth: the parsed answer (null for 204) or a thrown FullAuthError. */
  async function call(method, path, { body, auth = true, credentials } = {}) {
    const init = { method, headers: {} };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = typeof body === 'function' ? () => JSON.stringify(body()) : JSON.stringify(body);
    }
    if (credentials) {
      init.credentials = credentials;
    }
    const response = await send(target(api + path, init), auth);
    if (!response.ok) {
      throw await errorFrom(response);
    }
    const text = response.status === 204 ? '' : await response.text();
    return text ? JSON.parse(text) : null;
  }

  const id = (value) => encodeURIComponent(String(value));

  function sessionStorageOrNull() {
    try {
      return scope.sessionStorage || null;
    } catch {
      return null;
    }
  }

  function credentialsApi() {
    const credentials = scope.navigator && scope.navigator.credentials;
    if (!credentials || !scope.PublicKeyCredential) {
      throw new FullAuthError(0, { detail: 'This browser does not support passkeys' });
    }
    return credentials;
  }

  async function conditionalAvailable() {
    const pkc = scope.PublicKeyCredential;
    return Boolean(
      pkc &&
        typeof pkc.isConditionalMediationAvailable === 'function' &&
        (await pkc.isConditionalMediationAvailable()),
    );
  }

  async function passkeyLogin({ email, mediation, signal } = {}) {
    const credentials = credentialsApi();
    const begin = await call('POST', '/passkeys/authenticate/begin', {
      body: email ? { email } : {},
      auth: false,
    });
    const request = { publicKey: webauthn.requestOptions(begin, scope.PublicKeyCredential) };
    if (mediation) {
      request.mediation = mediation;
    }
    if (signal) {
      request.signal = signal;
    }
    const credential = await credentials.get(request);
    const json = await call('POST', '/passkeys/authenticate/complete', {
      body: { challenge_key: begin.challenge_key, credential: webauthn.authenticationJSON(credential) },
      auth: false,
    });
    return acceptLogin(json);
  }

  return {
    /** `fetch` with the access token (own origins only), CSRF header and one renewal on 401. */
    fetch: (input, init) => send(target(input, init), true),

    /**
     * @returns {() => void} a function that removes the listener
     */
    on(name, listener) {
      if (!listeners.has(name)) {
        listeners.set(name, new Set());
      }
      listeners.get(name).add(listener);
      return () => listeners.get(name).delete(listener);
    },

    /** The stored tokens (bearer mode), both null in cookie mode. */
    tokens: () => store.read(),

    /** Whether tokens are held (bearer mode); in cookie mode only the server knows: null. */
    isLoggedIn: () => (cookieMode ? null : Boolean(store.read().refresh_token || store.read().access_token)),

    /** Renews the tokens now (single flight with the automatic renewals). */
    refresh: () => refreshOnce(),

    register: (fields) => call('POST', '/register', { body: fields, auth: false }),

    login: async ({ email, password }) =>
      acceptLogin(await call('POST', '/login', { body: { email, password }, auth: false })),

    /** Ends the session on the server (access token and refresh token) and forgets the tokens. */
    async logout() {
      const tokens = store.read();
      try {
        if (cookieMode || tokens.access_token || tokens.refresh_token) {
          await call('POST', '/logout', {
            body: () => ({ refresh_token: store.read().refresh_token }),
          });
        }
      } catch (e) {
        if (!(e instanceof FullAuthError && e.status === 401)) {
          throw e;
        }
      } finally {
        store.clear();
        emit('logout', null);
      }
    },

    me: () => call('GET', '/me'),
    updateProfile: (fields) => call('PATCH', '/me', { body: fields }),
    changePassword: ({ currentPassword, newPassword }) =>
      call('POST', '/change-password', {
        body: { current_password: currentPassword ?? null, new_password: newPassword },
      }),
    async deleteAccount() {
      await call('DELETE', '/me');
      store.clear();
      emit('logout', null);
    },

    sessions: {
      list: () => call('GET', '/sessions'),
      revoke: (familyId) => call('DELETE', `/sessions/${id(familyId)}`),
      revokeOthers: () => call('POST', '/sessions/revoke-others'),
    },

    requestEmailVerification: () => call('POST', '/verify-email/request'),
    confirmEmail: (token) => call('POST', '/verify-email/confirm', { body: { token }, auth: false }),
    requestPasswordReset: (email) =>
      call('POST', '/password-reset/request', { body: { email }, auth: false }),
    resetPassword: (token, newPassword) =>
      call('POST', '/password-reset/confirm', {
        body: { token, new_password: newPassword },
        auth: false,
      }),

    providers: async () => (await call('GET', '/oauth/providers', { auth: false })).providers,
    oauthAccounts: () => call('GET', '/oauth/accounts'),
    unlinkOAuth: (provider) => call('DELETE', `/oauth/accounts/${id(provider)}`),

    /**
     * Step 1 of the OAuth flow: asks for the provider's URL (the answer's `fullauth_oauth` cookie
     * binds the flow to this browser) and sends the browser there.
     */
    async startOAuth(provider, redirectUri) {
      const { authorization_url: url } = await call(
        'GET',
        `/oauth/${id(provider)}/authorize?redirect_uri=${encodeURIComponent(redirectUri)}`,
        { auth: false, credentials: 'include' },
      );
      const session = sessionStorageOrNull();
      if (session) {
        session.setItem(OAUTH_PROVIDER_KEY, provider);
      }
      scope.location.assign(url);
      return url;
    },

    /**
     * Step 3, on the redirect page: takes `code` and `state` out of the address (so that a reload
     * or a shared link never repeats them) and exchanges them for the login.
     */
    async completeOAuth({ provider } = {}) {
      const session = sessionStorageOrNull();
      const name = provider || (session && session.getItem(OAUTH_PROVIDER_KEY));
      const url = new URL(scope.location.href);
      const code = url.searchParams.get('code');
      const state = url.searchParams.get('state');
      const error = url.searchParams.get('error');
      if (OAUTH_PARAMETERS.some((p) => url.searchParams.has(p)) && scope.history) {
        OAUTH_PARAMETERS.forEach((p) => url.searchParams.delete(p));
        scope.history.replaceState(scope.history.state, '', url.pathname + url.search + url.hash);
      }
      if (session) {
        session.removeItem(OAUTH_PROVIDER_KEY);
      }
      if (error) {
        throw new FullAuthError(0, { detail: `The provider refused the login (${error})` });
      }
      if (!code || !state || !name) {
        throw new FullAuthError(0, { detail: 'No OAuth login to complete on this page' });
      }
      const json = await call('POST', `/oauth/${id(name)}/callback`, {
        body: { code, state },
        auth: false,
        credentials: 'include',
      });
      return acceptLogin(json);
    },

    /** Whether the browser has WebAuthn at all. */
    passkeysSupported: () => Boolean(scope.PublicKeyCredential && scope.navigator && scope.navigator.credentials),

    /** Whether the browser offers passkeys in the autofill of `autocomplete="username webauthn"`. */
    conditionalMediationAvailable: () => conditionalAvailable(),

    /** Adds a passkey to the logged-in account (needs a login of the last few minutes). */
    async registerPasskey(deviceName, { signal } = {}) {
      const credentials = credentialsApi();
      const begin = await call('POST', '/passkeys/register/begin');
      const request = { publicKey: webauthn.creationOptions(begin, scope.PublicKeyCredential) };
      if (signal) {
        request.signal = signal;
      }
      const credential = await credentials.create(request);
      return call('POST', '/passkeys/register/complete', {
        body: {
          challenge_key: begin.challenge_key,
          credential: webauthn.registrationJSON(credential),
          device_name: deviceName ?? '',
        },
      });
    },

    /** Logs in with a passkey: with an e-mail its passkeys are offered, without any discoverable one. */
    loginWithPasskey: ({ email, signal } = {}) => passkeyLogin({ email, signal }),

    /**
     * Passkeys in the autofill of an `autocomplete="username webauthn"` field: resolves with the
     * login when the user picks one, with null when the browser cannot do this; abort it with the
     * signal before starting another WebAuthn request.
     */
    async conditionalPasskeyLogin(signal) {
      if (!(await conditionalAvailable())) {
        return null;
      }
      return passkeyLogin({ mediation: 'conditional', signal });
    },

    listPasskeys: () => call('GET', '/passkeys'),
    deletePasskey: (passkeyId) => call('DELETE', `/passkeys/${id(passkeyId)}`),
  };
}
