import { $, auth, el, onSubmit, say, stripFromAddress } from './app.js';

// Without a token: ask for the link. With ?token=… (from the mail): set the new password.
const token = new URLSearchParams(location.search).get('token');
stripFromAddress('token');

if (!token) {
  $('#request-card').hidden = false;
  onSubmit($('#request-form'), async (form) => {
    const answer = await auth.requestPasswordReset(form.get('email'));
    say(answer.detail, 'ok');
  });
} else {
  $('#reset-card').hidden = false;
  onSubmit($('#reset-form'), async (form) => {
    try {
      const answer = await auth.resetPassword(token, form.get('new_password'));
      $('#reset-card').hidden = true;
      say(`${answer.detail} Every session was signed out; log in with the new password.`, 'ok');
      const { passkeys, oauth_providers: providers } = answer.login_methods;
      const items = [
        ...passkeys.map((p) => `Passkey "${p.device_name || 'unnamed'}"`),
        ...providers.map((p) => `Provider ${p}`),
      ];
      $('#method-list').replaceChildren(...items.map((text) => el('li', {}, text)));
      $('#methods').hidden = items.length === 0;
    } catch (error) {
      if (error.status === 401) throw new Error('This link is invalid, used or expired. Ask for a new one.');
      throw error;
    }
  });
}
