// Type declarations of fullauth-client (hand-written; the package itself is plain JavaScript).

/** A FullAuth user as the API returns it. */
export interface User {
  id: string;
  email: string;
  is_active: boolean;
  is_verified: boolean;
  is_superuser: boolean;
  display_name: string | null;
  [field: string]: unknown;
}

/** The answer of a login (password, OAuth callback, passkey). */
export interface LoginResult {
  access_token: string;
  /** null in cookie mode: the refresh token travels in an HttpOnly cookie. */
  refresh_token: string | null;
  token_type: string;
  expires_in: number;
  user: User;
}

export interface Tokens {
  access_token: string | null;
  refresh_token: string | null;
}

export interface Message {
  detail: string;
}

export interface Session {
  family_id: string;
  ip_address: string | null;
  user_agent: string | null;
  created_at: string;
  last_used_at: string;
  expires_at: string;
  current: boolean;
}

export interface Passkey {
  id: string;
  device_name: string;
  transports: string[];
  backed_up: boolean;
  created_at: string;
  last_used_at: string | null;
}

export interface OAuthAccount {
  provider: string;
  provider_user_id: string;
  provider_email: string | null;
}

export interface PasswordResetResult {
  detail: string;
  login_methods: { password: boolean; passkeys: Passkey[]; oauth_providers: string[] };
}

/** One entry of a 422 validation list. */
export interface ValidationError {
  type: string;
  loc: Array<string | number>;
  msg: string;
}

/** A non-success answer of FullAuth (status 0: refused in the browser before any request). */
export class FullAuthError extends Error {
  constructor(status: number, body: unknown, headers?: Headers);
  readonly name: 'FullAuthError';
  readonly status: number;
  /** The server's `detail`: a message, or the 422 list. */
  readonly detail: string | ValidationError[];
  /** The 422 list; empty for a plain message. */
  readonly errors: ValidationError[];
  /** Seconds from `Retry-After` on 429 and 503, else null. */
  readonly retryAfter: number | null;
  /** The parsed JSON body, null when there was none. */
  readonly body: unknown;
}

export type Transport = 'bearer' | 'cookie';
export type Storage = 'memory' | 'session' | 'local';

export interface FullAuthOptions {
  /** FullAuth's origin, e.g. `https://auth.example.com`; empty (default) for the page's origin. */
  baseUrl?: string;
  /** `bearer` (default): the client holds the tokens; `cookie`: HttpOnly cookies, nothing stored here. */
  transport?: Transport;
  /** Where bearer tokens live: `memory` (default), `session` or `local`. Ignored in cookie mode. */
  storage?: Storage;
  /** The fetch to use; the global one by default. */
  fetch?: typeof fetch;
  /** More origins whose requests through `client.fetch` carry the access token. */
  tokenOrigins?: string[];
  /** Where `location`, `history`, `document`, `navigator` and the Web Storages are found. */
  scope?: unknown;
}

export interface FullAuthEvents {
  login: User | null;
  logout: null;
  refresh: null;
  /** The server refused the refresh token: the session is over and the tokens are gone. */
  'session-ended': null;
}

export interface FullAuthClient {
  /** `fetch` with the access token (own origins only), CSRF header and one renewal on 401. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  on<K extends keyof FullAuthEvents>(name: K, listener: (detail: FullAuthEvents[K]) => void): () => void;
  tokens(): Tokens;
  /** Whether tokens are held; null in cookie mode, where only the server knows. */
  isLoggedIn(): boolean | null;
  /** Renews the tokens now; false when that was not possible. */
  refresh(): Promise<boolean>;

  register(fields: { email: string; password: string; [field: string]: unknown }): Promise<Message | User>;
  login(credentials: { email: string; password: string }): Promise<LoginResult>;
  logout(): Promise<void>;
  me(): Promise<User>;
  updateProfile(fields: { display_name?: string | null; [field: string]: unknown }): Promise<User>;
  changePassword(passwords: { currentPassword?: string | null; newPassword: string }): Promise<Message>;
  deleteAccount(): Promise<void>;
  sessions: {
    list(): Promise<Session[]>;
    revoke(familyId: string): Promise<null>;
    revokeOthers(): Promise<Message>;
  };
  requestEmailVerification(): Promise<Message>;
  confirmEmail(token: string): Promise<Message>;
  requestPasswordReset(email: string): Promise<Message>;
  resetPassword(token: string, newPassword: string): Promise<PasswordResetResult>;

  providers(): Promise<string[]>;
  oauthAccounts(): Promise<OAuthAccount[]>;
  unlinkOAuth(provider: string): Promise<null>;
  /** Sends the browser to the provider; resolves with the URL just before leaving. */
  startOAuth(provider: string, redirectUri: string): Promise<string>;
  /** On the redirect page: exchanges `code` and `state` (then removed from the address) for a login. */
  completeOAuth(options?: { provider?: string }): Promise<LoginResult>;

  passkeysSupported(): boolean;
  conditionalMediationAvailable(): Promise<boolean>;
  registerPasskey(deviceName: string, options?: { signal?: AbortSignal }): Promise<Passkey>;
  loginWithPasskey(options?: { email?: string; signal?: AbortSignal }): Promise<LoginResult>;
  /** Passkeys offered in the autofill of `autocomplete="username webauthn"`; null where unsupported. */
  conditionalPasskeyLogin(signal?: AbortSignal): Promise<LoginResult | null>;
  listPasskeys(): Promise<Passkey[]>;
  deletePasskey(id: string): Promise<null>;
}

export function createFullAuth(options?: FullAuthOptions): FullAuthClient;

export function toBase64url(bytes: ArrayBuffer | ArrayBufferView): string;
export function fromBase64url(text: string): ArrayBuffer;

/** FullAuth's creation options (without `challenge_key`) as the browser's `publicKey` argument. */
export function creationOptions(json: object, publicKeyCredential?: unknown): PublicKeyCredentialCreationOptions;
export function requestOptions(json: object, publicKeyCredential?: unknown): PublicKeyCredentialRequestOptions;
export function registrationJSON(credential: PublicKeyCredential): object;
export function authenticationJSON(credential: PublicKeyCredential): object;
