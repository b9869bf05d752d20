/**
 * The read-aloud button of the children's page, as a file the page loads from our own origin: the CSP allows no
 * inline script. It reads every `[data-read]` element in order with the browser's own speech synthesis (no audio
 * files, no third party), preferring a voice on the device as the children's questionnaire does. Without speech
 * synthesis or without JavaScript the button stays hidden and the page reads as it is.
 */
export const READ_ALOUD_SCRIPT = `(function () {
  'use strict';
  var button = document.getElementById('read-aloud');
  if (!button || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance !== 'function') return;
  var synth = window.speechSynthesis;
  var label = button.querySelector('[data-label]');
  var lang = document.documentElement.lang === 'nl' ? 'nl-NL' : document.documentElement.lang;
  var speaking = false;
  function pickVoice() {
    var primary = lang.split('-')[0].toLowerCase();
    var best = null, bestRank = -1;
    synth.getVoices().forEach(function (v) {
      var tag = String(v.lang).replace(/_/g, '-').toLowerCase();
      var match = tag === lang.toLowerCase() ? 2 : tag.split('-')[0] === primary ? 1 : 0;
      if (match === 0) return;
      var rank = match * 4 + (v.localService ? 2 : 0) + (v.default ? 1 : 0);
      if (rank > bestRank) { best = v; bestRank = rank; }
    });
    return best;
  }
  function show(reading) {
    speaking = reading;
    label.textContent = button.getAttribute(reading ? 'data-stop' : 'data-start');
  }
  button.addEventListener('click', function () {
    if (speaking) { synth.cancel(); show(false); return; }
    var parts = Array.prototype.map
      .call(document.querySelectorAll('[data-read]'), function (el) { return el.textContent.replace(/\\s+/g, ' ').trim(); })
      .filter(function (t) { return t.length > 0; });
    if (parts.length === 0) return;
    synth.cancel();
    show(true);
    var voice = pickVoice();
    parts.forEach(function (text, i) {
      var u = new SpeechSynthesisUtterance(text);
      u.lang = lang;
      u.rate = 0.9;
      if (voice) u.voice = voice;
      if (i === parts.length - 1) u.onend = function () { show(false); };
      synth.speak(u);
    });
  });
  button.hidden = false;
})();
`;
