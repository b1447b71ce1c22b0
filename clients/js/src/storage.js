/**
 * Where bearer-mode tokens live. `memory` (the default) keeps them in this page only; `session`
 * in `sessionStorage` (this tab, survives reloads); `local` in `localStorage` (every tab, survives
 * restarts). Both Web Storage kinds are readable by any script running on the origin.
 */

const KEY = 'fullauth.tokens';

/**
 * @typedef {{access_token: string | null, refresh_token: string | null}} Tokens
 * @typedef {{read(): Tokens, write(tokens: Tokens): void, clear(): void, kind: string}} TokenStore
 */

/**
 * @param {'memory' | 'session' | 'local' | 'none'} kind
 * @param {typeof globalThis} scope where `sessionStorage`/`localStorage` are found
 * @returns {TokenStore}
 */
export function tokenStore(kind, scope = globalThis) {
  if (kind === 'memory' || kind === 'none') {
    let tokens = empty();
    return {
      kind,
      read: () => ({ ...tokens }),
      write: (t) => {
        tokens = kind === 'none' ? empty() : { ...t };
      },
      clear: () => {
        tokens = empty();
      },
    };
  }
  const name = kind === 'session' ? 'sessionStorage' : kind === 'local' ? 'localStorage' : null;
  if (!name) {
    throw new TypeError(`unknown storage '${kind}' (memory, session or local)`);
  }
  const web = scope[name];
  if (!web) {
    throw new TypeError(`${name} is not available here`);
  }
  return {
    kind,
    read: () => {
      try {
        const parsed = JSON.parse(web.getItem(KEY) || 'null');
        return parsed && typeof parsed === 'object'
          ? { access_token: parsed.access_token ?? null, refresh_token: parsed.refresh_token ?? null }
          : empty();
      } catch {
        return empty();
      }
    },
    write: (t) =>
      web.setItem(
        KEY,
        JSON.stringify({ access_token: t.access_token ?? null, refresh_token: t.refresh_token ?? null }),
      ),
    clear: () => web.removeItem(KEY),
  };
}

function empty() {
  return { access_token: null, refresh_token: null };
}
