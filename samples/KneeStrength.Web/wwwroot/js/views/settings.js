// Settings: the profile's equipment, minutes, first side and back-to-running day, changed with PUT (the start stays).

import { api } from '../api.js';
import { state } from '../state.js';
import { $, announce, fillProfile, profileFields, readProfile, reportError, show } from '../ui.js';

export async function renderSettings() {
  const form = $('settings-form');
  fillProfile(form, await api.profile(state.id));
  for (const p of form.querySelectorAll('.field-error')) {
    p.hidden = true;
  }

  $('settings-id').textContent = state.id;
  show('settings');
}

export function initSettings({ onSaved }) {
  const form = $('settings-form');
  profileFields(form, 'settings-');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = readProfile(form);
    if (!body) {
      return;
    }

    $('save-settings').disabled = true;
    try {
      await api.updateProfile(state.id, body);
      announce('Settings saved.');
      onSaved();
    } catch (error) {
      reportError(form, error);
    } finally {
      $('save-settings').disabled = false;
    }
  });
}
