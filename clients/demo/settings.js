import { $, auth, confirmDialog, el, fail, onSubmit, say, when } from './app.js';

auth.on('session-ended', () => location.assign('./?ended=1'));

async function showProfile() {
  const me = await auth.me();
  $('#profile-email').textContent = me.email;
  $('#profile-id').textContent = me.id;
  const badge = $('#profile-verified');
  badge.textContent = me.is_verified ? 'verified' : 'not verified';
  badge.className = me.is_verified ? 'badge' : 'badge warn';
  $('#send-verification').hidden = me.is_verified;
  $('#display-name').value = me.display_name ?? '';
}

function passkeysUnavailable(message) {
  $('#passkey-form').hidden = true;
  $('#passkeys-unsupported').textContent = message;
  $('#passkeys-unsupported').hidden = false;
}

async function showPasskeys() {
  let passkeys;
  try {
    passkeys = await auth.listPasskeys();
  } catch (error) {
    if (error.status !== 404) throw error;
    passkeysUnavailable('Passkeys are not enabled on this server.');
    passkeys = [];
  }
  $('#no-passkeys').hidden = passkeys.length > 0;
  $('#passkey-list').replaceChildren(
    ...passkeys.map((p) =>
      el(
        'tr',
        { 'data-passkey': p.id },
        el('td', {}, p.device_name || 'Unnamed passkey', p.backed_up ? el('span', { class: 'badge' }, 'synced') : null),
        el('td', {}, p.transports.join(', ') || '—'),
        el('td', {}, when(p.created_at)),
        el('td', {}, when(p.last_used_at)),
        el(
          'td',
          {},
          el('button', { class: 'danger', type: 'button', onclick: () => removePasskey(p) }, 'Delete'),
        ),
      ),
    ),
  );
}

async function removePasskey(passkey) {
  const name = passkey.device_name || 'this passkey';
  if (!(await confirmDialog(`Delete the passkey "${name}"? You can no longer log in with it.`, 'Delete passkey'))) {
    return;
  }
  try {
    await auth.deletePasskey(passkey.id);
    say(`Passkey "${name}" deleted.`, 'ok');
    await showPasskeys();
  } catch (error) {
    fail(error);
  }
}

function shortAgent(agent) {
  if (!agent) return 'Unknown device';
  const browser = /(Firefox|Edg|Chrome|Chromium|Safari|curl)\/[\d.]+/.exec(agent);
  const system = /(Windows|Mac OS X|Android|iPhone|Linux)/.exec(agent);
  return [browser && browser[0].replace('Edg/', 'Edge/'), system && system[0]].filter(Boolean).join(' on ') || agent.slice(0, 40);
}

async function showSessions() {
  const sessions = await auth.sessions.list();
  $('#session-list').replaceChildren(
    ...sessions.map((s) =>
      el(
        'tr',
        { 'data-session': s.family_id },
        el('td', { title: s.user_agent ?? '' }, shortAgent(s.user_agent), s.current ? el('span', { class: 'badge' }, 'this session') : null),
        el('td', {}, s.ip_address ?? '—'),
        el('td', {}, when(s.created_at)),
        el('td', {}, when(s.last_used_at)),
        el(
          'td',
          {},
          s.current
            ? null
            : el('button', { class: 'danger', type: 'button', onclick: () => revokeSession(s) }, 'Revoke'),
        ),
      ),
    ),
  );
  $('#revoke-others').disabled = sessions.length < 2;
}

async function revokeSession(session) {
  try {
    await auth.sessions.revoke(session.family_id);
    say('Session revoked: its tokens no longer work.', 'ok');
    await showSessions();
  } catch (error) {
    fail(error);
  }
}

$('#logout').addEventListener('click', async () => {
  try {
    await auth.logout();
  } finally {
    location.assign('./?bye=1');
  }
});

$('#send-verification').addEventListener('click', async () => {
  try {
    const answer = await auth.requestEmailVerification();
    say(`${answer.detail} Check your mailbox.`, 'ok');
  } catch (error) {
    fail(error);
  }
});

onSubmit($('#profile-form'), async (form) => {
  const name = form.get('display_name').trim();
  await auth.updateProfile({ display_name: name || null });
  say('Profile saved.', 'ok');
  await showProfile();
});

onSubmit($('#passkey-form'), async (form) => {
  try {
    const passkey = await auth.registerPasskey(form.get('device_name').trim());
    say(`Passkey "${passkey.device_name}" added.`, 'ok');
    $('#device-name').value = '';
    await showPasskeys();
  } catch (error) {
    if (error.status === 403) {
      say('Adding a passkey needs a fresh login: log out and in again, then add it within five minutes.', 'error');
      return;
    }
    throw error;
  }
});

$('#revoke-others').addEventListener('click', async () => {
  try {
    const answer = await auth.sessions.revokeOthers();
    say(answer.detail, 'ok');
    await showSessions();
  } catch (error) {
    fail(error);
  }
});

onSubmit($('#password-form'), async (form) => {
  const answer = await auth.changePassword({
    currentPassword: form.get('current_password') || null,
    newPassword: form.get('new_password'),
  });
  $('#password-form').reset();
  say(`${answer.detail} Your other sessions were signed out.`, 'ok');
  await showSessions();
});

$('#delete-account').addEventListener('click', async () => {
  if (!(await confirmDialog('Delete your account for good? This cannot be undone.', 'Delete account'))) return;
  try {
    await auth.deleteAccount();
    location.assign('./?bye=1');
  } catch (error) {
    fail(error);
  }
});

if (!auth.passkeysSupported()) passkeysUnavailable('This browser does not support passkeys.');

if (!auth.isLoggedIn()) {
  location.assign('./');
} else {
  try {
    await showProfile();
    await Promise.all([showPasskeys(), showSessions()]);
  } catch (error) {
    fail(error);
  }
}
