/**
 * Conversion between FullAuth's WebAuthn JSON (binary values as base64url, the shapes of
 * WebAuthn L3 §5.1.8/§5.1.9 `PublicKeyCredential*OptionsJSON` and §5.1.5 `*ResponseJSON`) and the
 * browser's API. Uses `PublicKeyCredential.parseCreationOptionsFromJSON`,
 * `parseRequestOptionsFromJSON` and `credential.toJSON()` where the browser has them, and the same
 * conversion by hand otherwise.
 */
import { fromBase64url, toBase64url } from './base64url.js';

/** Drops FullAuth's own `challenge_key`, which is not part of the WebAuthn options. */
function withoutChallengeKey(json) {
  const { challenge_key: _ignored, ...options } = json;
  return options;
}

/**
 * @param {object} json `register/begin`'s answer
 * @param {any} [pkc] the `PublicKeyCredential` interface (tests pass none)
 * @returns {PublicKeyCredentialCreationOptions}
 */
export function creationOptions(json, pkc = globalThis.PublicKeyCredential) {
  const options = withoutChallengeKey(json);
  if (pkc && typeof pkc.parseCreationOptionsFromJSON === 'function') {
    return pkc.parseCreationOptionsFromJSON(options);
  }
  return {
    ...options,
    challenge: fromBase64url(options.challenge),
    user: { ...options.user, id: fromBase64url(options.user.id) },
    excludeCredentials: (options.excludeCredentials || []).map((c) => ({
      ...c,
      id: fromBase64url(c.id),
    })),
  };
}

/**
 * @param {object} json `authenticate/begin`'s answer
 * @param {any} [pkc] the `PublicKeyCredential` interface (tests pass none)
 * @returns {PublicKeyCredentialRequestOptions}
 */
export function requestOptions(json, pkc = globalThis.PublicKeyCredential) {
  const options = withoutChallengeKey(json);
  if (pkc && typeof pkc.parseRequestOptionsFromJSON === 'function') {
    return pkc.parseRequestOptionsFromJSON(options);
  }
  return {
    ...options,
    challenge: fromBase64url(options.challenge),
    allowCredentials: (options.allowCredentials || []).map((c) => ({
      ...c,
      id: fromBase64url(c.id),
    })),
  };
}

/**
 * @param {PublicKeyCredential} credential what `navigator.credentials.create()` resolved to
 * @returns {object} the `RegistrationResponseJSON` FullAuth expects
 */
export function registrationJSON(credential) {
  if (typeof credential.toJSON === 'function') {
    return credential.toJSON();
  }
  const r = credential.response;
  return {
    id: credential.id,
    rawId: toBase64url(credential.rawId),
    type: credential.type,
    response: {
      clientDataJSON: toBase64url(r.clientDataJSON),
      attestationObject: toBase64url(r.attestationObject),
      transports: typeof r.getTransports === 'function' ? r.getTransports() : [],
    },
    clientExtensionResults: credential.getClientExtensionResults
      ? credential.getClientExtensionResults()
      : {},
    authenticatorAttachment: credential.authenticatorAttachment ?? null,
  };
}

/**
 * @param {PublicKeyCredential} credential what `navigator.credentials.get()` resolved to
 * @returns {object} the `AuthenticationResponseJSON` FullAuth expects
 */
export function authenticationJSON(credential) {
  if (typeof credential.toJSON === 'function') {
    return credential.toJSON();
  }
  const r = credential.response;
  return {
    id: credential.id,
    rawId: toBase64url(credential.rawId),
    type: credential.type,
    response: {
      clientDataJSON: toBase64url(r.clientDataJSON),
      authenticatorData: toBase64url(r.authenticatorData),
      signature: toBase64url(r.signature),
      userHandle: r.userHandle ? toBase64url(r.userHandle) : null,
    },
    clientExtensionResults: credential.getClientExtensionResults
      ? credential.getClientExtensionResults()
      : {},
    authenticatorAttachment: credential.authenticatorAttachment ?? null,
  };
}
