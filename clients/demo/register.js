import { $, auth, onSubmit, say } from './app.js';

onSubmit($('#register-form'), async (form) => {
  const email = form.get('email');
  const password = form.get('password');
  // With enumeration protection the answer is the same whether or not the address was taken.
  const answer = await auth.register({ email, password });
  say(answer.detail || 'Account created.', 'ok');
  await auth.login({ email, password });
  location.assign('settings');
});
