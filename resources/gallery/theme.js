// Shared by both pages: the theme toggle (system by default, remembered) and copy buttons.
(function () {
  'use strict';
  var root = document.documentElement;
  function stored(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function store(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* file:// may refuse */ } }
  var theme = stored('cdm.theme');
  if (theme === 'dark' || theme === 'light') root.setAttribute('data-theme', theme);
  function effectiveTheme() {
    var chosen = root.getAttribute('data-theme');
    if (chosen) return chosen;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme');
    // A toggle button: screen readers hear "Dark mode, pressed" or "not pressed".
    function showState() { if (button) button.setAttribute('aria-pressed', effectiveTheme() === 'dark' ? 'true' : 'false'); }
    if (button) button.addEventListener('click', function () {
      var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      store('cdm.theme', next);
      showState();
    });
    showState();
    document.body.addEventListener('click', function (event) {
      var target = event.target.closest ? event.target.closest('[data-copy]') : null;
      if (!target) return;
      var text = target.getAttribute('data-copy');
      var done = function () { target.classList.add('copied'); setTimeout(function () { target.classList.remove('copied'); }, 800); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, function () {});
    });
  });
  window.CDM = { stored: stored, store: store };
})();
