import { $, auth, fail } from './app.js';

// The provider sent the browser here with ?code=…&state=…; the client takes both out of the
// address before anything else happens, so a reload never replays them.
try {
  await auth.completeOAuth();
  location.replace('settings');
} catch (error) {
  fail(error);
  $('h1').textContent = 'The login did not work';
  $('#back').hidden = false;
}
