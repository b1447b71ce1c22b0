/**
 * base64url without padding (RFC 4648 §5), the encoding FullAuth uses for every binary WebAuthn
 * value, to and from the ArrayBuffers the browser's WebAuthn API works with.
 */

/**
 * @param {ArrayBuffer | ArrayBufferView} bytes
 * @returns {string} base64url text without padding
 */
export function toBase64url(bytes) {
  const view =
    bytes instanceof ArrayBuffer
      ? new Uint8Array(bytes)
      : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short for large inputs.
  for (let i = 0; i < view.length; i += 0x8000) {
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * @param {string} text base64url, with or without padding
 * @returns {ArrayBuffer}
 * @throws {TypeError} when the text is not base64url
 */
export function fromBase64url(text) {
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]*={0,2}$/.test(text)) {
    throw new TypeError('not base64url');
  }
  const plain = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (plain.length % 4 === 1) {
    throw new TypeError('not base64url');
  }
  const binary = atob(plain + '==='.slice((plain.length + 3) % 4));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    out[i] = binary.charCodeAt(i);
  }
  return out.buffer;
}
