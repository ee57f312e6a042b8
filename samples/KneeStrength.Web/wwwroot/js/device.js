// What the guided session asks of the phone: spoken cues (the browser's speech synthesis, unless muted) and the
// screen kept on (Screen Wake Lock, where the browser allows it). Cues are spoken in the page's language.

import { language, t } from './i18n.js';
import { state } from './state.js';
import { $ } from './ui.js';

let wakeLock = null;

export function speak(text) {
  if (state.muted || !('speechSynthesis' in window)) {
    return;
  }

  // The language picks the voice: a German cue read by an English voice is hard to follow.
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = language();
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
}

export async function keepAwake() {
  if (!('wakeLock' in navigator)) {
    $('wake').textContent = t('wake.unsupported');
    return;
  }

  try {
    wakeLock = await navigator.wakeLock.request('screen');
    $('wake').textContent = t('wake.on');
  } catch {
    $('wake').textContent = t('wake.refused');
  }
}

export function releaseWake() {
  wakeLock?.release().catch(() => {});
  wakeLock = null;
}
