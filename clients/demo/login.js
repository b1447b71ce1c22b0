import { $, auth, demoBase, el, explain, fail, onSubmit, say } from './app.js';

const params = new URLSearchParams(location.search);
if (params.get('ended')) say('Your session has ended. Please log in again.', 'info');
if (params.get('bye')) say('You are logged out.', 'ok');
if (auth.isLoggedIn()) say('You are logged in. Go to your settings.', 'ok');

const toSettings = () => location.assign('settings');

// Passkeys in the e-mail field's autofill (conditional UI); aborted before any other WebAuthn call.
let conditional = null;
async function offerPasskeysInAutofill() {
  conditional = new AbortController();
  try {
    const login = await auth.conditionalPasskeyLogin(conditional.signal);
    if (login) toSettings();
  } catch (error) {
    // Aborted for another login, or refused by the browser (no passkey for this site): the
    // autofill is a silent offer, so neither is worth a message.
    if (error.name === 'AbortError' || error.name === 'NotAllowedError') return;
    if (error.status === 404) {
      // Passkeys are switched off on this server (no FULLAUTH_PASSKEY_RP_ID).
      $('#passkey-area').hidden = true;
      return;
    }
    // E.g. a passkey picked after its challenge expired, or one the server no longer knows; the
    // button below starts a fresh request.
    fail(error);
  }
}
const stopAutofill = () => conditional && conditional.abort();

onSubmit($('#login-form'), async (form) => {
  stopAutofill();
  await auth.login({ email: form.get('email'), password: form.get('password') });
  toSettings();
});

if (auth.passkeysSupported()) {
  $('#passkey-area').hidden = false;
  $('#passkey-button').addEventListener('click', async () => {
    stopAutofill();
    try {
      const email = $('#email').value.trim();
      await auth.loginWithPasskey(email ? { email } : {});
      toSettings();
    } catch (error) {
      fail(error);
    }
  });
  offerPasskeysInAutofill();
}

function providerName(provider) {
  const known = { google: 'Google', github: 'GitHub', gitlab: 'GitLab', microsoft: 'Microsoft', apple: 'Apple' };
  return known[provider] || provider.charAt(0).toUpperCase() + provider.slice(1);
}

try {
  const providers = await auth.providers();
  $('#providers-area').hidden = providers.length === 0;
  for (const provider of providers) {
    $('#providers').append(
      el(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'data-provider': provider,
          onclick: () => {
            stopAutofill();
            auth.startOAuth(provider, `${demoBase}callback`).catch(fail);
          },
        },
        `Continue with ${providerName(provider)}`,
      ),
    );
  }
} catch (error) {
  say(`Could not load the providers: ${explain(error)}`, 'error');
}
