import { auth, fail, say, stripFromAddress } from './app.js';

// The mail links here with ?token=…; the token leaves the address bar before it is used.
const token = new URLSearchParams(location.search).get('token');
stripFromAddress('token');
if (!token) {
  say('This page needs the link from the verification e-mail.', 'error');
} else {
  try {
    const answer = await auth.confirmEmail(token);
    say(answer.detail, 'ok');
  } catch (error) {
    if (error.status === 401) say('This link is invalid, used or expired. Request a new one in your settings.', 'error');
    else fail(error);
  }
}
