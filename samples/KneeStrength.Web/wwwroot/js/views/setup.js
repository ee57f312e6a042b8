// Set-up: the first visit makes a profile from the equipment, minutes, first side and back-to-running day; the
// language can be switched first.

import { api } from '../api.js';
import { $, languageSwitch, profileFields, readProfile, reportError } from '../ui.js';

export function initSetup({ onCreated }) {
  const form = $('setup-form');
  profileFields(form, '');
  languageSwitch($('setup-language'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = readProfile(form);
    if (!body) {
      return;
    }

    $('create').disabled = true;
    try {
      onCreated(await api.createProfile(body));
    } catch (error) {
      reportError(form, error);
    } finally {
      $('create').disabled = false;
    }
  });
}
