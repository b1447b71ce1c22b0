/**
 * A fake `fetch` standing in for FullAuth: routes by method and path, records every call with the
 * headers and body it carried, and answers with real `Response` objects.
 */
export function fakeServer(routes) {
  const calls = [];
  async function fetch(url, init = {}) {
    const u = new URL(url, 'http://app.test/');
    const call = {
      method: (init.method || 'GET').toUpperCase(),
      path: u.pathname,
      query: u.search,
      url: u.href,
      headers: new Headers(init.headers),
      body: init.body ? JSON.parse(init.body) : undefined,
      credentials: init.credentials,
    };
    calls.push(call);
    const handler = routes[`${call.method} ${call.path}`];
    if (!handler) {
      return json(404, { detail: 'Not Found' });
    }
    return handler(call);
  }
  return { fetch, calls, count: (key) => calls.filter((c) => `${c.method} ${c.path}` === key).length };
}

export function json(status, body, headers = {}) {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** A Web Storage in memory. */
export class MemoryStorage {
  #items = new Map();
  getItem(k) {
    return this.#items.has(k) ? this.#items.get(k) : null;
  }
  setItem(k, v) {
    this.#items.set(k, String(v));
  }
  removeItem(k) {
    this.#items.delete(k);
  }
}
