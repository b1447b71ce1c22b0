// Shared by every page of the demo: one client, small DOM helpers. The pages are separate
// documents, so the tokens live in sessionStorage (this tab, survives navigation); a single-page
// app would keep the default, memory.
import { createFullAuth, FullAuthError } from './fullauth-client/index.js';

export const auth = createFullAuth({ transport: 'bearer', storage: 'session' });

/** The demo's own address, e.g. http://localhost:8080/demo/ (mail links and OAuth come back here). */
export const demoBase = new URL('./', location.href).href;

export const $ = (selector) => document.querySelector(selector);

/** Creates an element with text and attributes (never HTML from data). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value == null) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.filter((c) => c != null));
  return node;
}

/** Shows a message in the page's status line; errors of FullAuth with their detail. */
export function say(message, kind = 'info') {
  const status = $('#status');
  status.textContent = message;
  status.className = `status ${kind}`;
  status.hidden = !message;
}

export function explain(error) {
  if (error instanceof FullAuthError) {
    const wait = error.retryAfter != null ? ` (try again in ${error.retryAfter} s)` : '';
    return `${error.message}${wait}`;
  }
  if (error && error.name === 'NotAllowedError') {
    return 'The passkey request was cancelled or timed out.';
  }
  return (error && error.message) || String(error);
}

export function fail(error) {
  say(explain(error), 'error');
}

/** Runs a form's handler with its button disabled and errors shown. */
export function onSubmit(form, handler) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const buttons = form.querySelectorAll('button');
    buttons.forEach((b) => (b.disabled = true));
    try {
      await handler(new FormData(form));
    } catch (error) {
      fail(error);
    } finally {
      buttons.forEach((b) => (b.disabled = false));
    }
  });
}

/** Asks in a modal dialog; resolves true when confirmed. */
export function confirmDialog(message, confirmLabel) {
  const dialog = $('#confirm');
  dialog.querySelector('p').textContent = message;
  dialog.querySelector('#confirm-yes').textContent = confirmLabel;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true });
  });
}

/** Removes query parameters that carry secrets from the address bar and the history. */
export function stripFromAddress(...names) {
  const url = new URL(location.href);
  names.forEach((n) => url.searchParams.delete(n));
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

export function when(iso) {
  return iso ? new Date(iso).toLocaleString() : 'never';
}
