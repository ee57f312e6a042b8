// Settings: the profile's equipment, minutes, first side and back-to-running day, changed with PUT (the start stays),
// and the page's language (kept on this phone, not on the profile).

import { api } from '../api.js';
import { t } from '../i18n.js';
import { state } from '../state.js';
import { $, announce, fillProfile, languageSwitch, profileFields, readProfile, reportError, show } from '../ui.js';

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
  languageSwitch($('settings-language'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = readProfile(form);
    if (!body) {
      return;
    }

    $('save-settings').disabled = true;
    try {
      await api.updateProfile(state.id, body);
      announce(t('settings.saved'));
      onSaved();
    } catch (error) {
      reportError(form, error);
    } finally {
      $('save-settings').disabled = false;
    }
  });
}
