// What the guided session asks of the phone: spoken cues (the browser's speech synthesis, unless muted) and the
// screen kept on (Screen Wake Lock, where the browser allows it).

import { state } from './state.js';
import { $ } from './ui.js';

let wakeLock = null;

export function speak(text) {
  if (state.muted || !('speechSynthesis' in window)) {
    return;
  }

  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

export async function keepAwake() {
  if (!('wakeLock' in navigator)) {
    $('wake').textContent = 'This browser may let the screen sleep during the session.';
    return;
  }

  try {
    wakeLock = await navigator.wakeLock.request('screen');
    $('wake').textContent = 'The screen stays on during the session.';
  } catch {
    $('wake').textContent = 'The screen may sleep: the browser did not allow keeping it on.';
  }
}

export function releaseWake() {
  wakeLock?.release().catch(() => {});
  wakeLock = null;
}
