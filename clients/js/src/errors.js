/**
 * An answer of FullAuth that is not a success, with its JSON error body taken apart.
 *
 * `detail` is the server's `detail` (a string, or the 422 list of `{type, loc, msg}`), `errors`
 * that list (empty for a plain message), `retryAfter` the seconds of `Retry-After` on 429 and 503
 * (null otherwise or when absent).
 */
export class FullAuthError extends Error {
  /**
   * @param {number} status
   * @param {unknown} body the parsed JSON body, or null
   * @param {Headers} [headers]
   */
  constructor(status, body, headers) {
    const detail = body && typeof body === 'object' && 'detail' in body ? body.detail : null;
    const errors = Array.isArray(detail) ? detail : [];
    const message =
      typeof detail === 'string'
        ? detail
        : errors.length > 0
          ? errors.map((e) => (e && e.msg) || String(e)).join('; ')
          : `HTTP ${status}`;
    super(message);
    this.name = 'FullAuthError';
    this.status = status;
    this.detail = detail ?? message;
    this.errors = errors;
    this.body = body;
    this.retryAfter = status === 429 || status === 503 ? retryAfterSeconds(headers) : null;
  }
}

/**
 * @param {Headers | undefined} headers
 * @returns {number | null} the delay of a `Retry-After` header (seconds or an HTTP date)
 */
function retryAfterSeconds(headers) {
  const value = headers && headers.get('Retry-After');
  if (!value) {
    return null;
  }
  if (/^\d+$/.test(value.trim())) {
    return Number(value.trim());
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/**
 * @param {Response} response a non-2xx answer
 * @returns {Promise<FullAuthError>}
 */
export async function errorFrom(response) {
  let body = null;
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  return new FullAuthError(response.status, body, response.headers);
}
