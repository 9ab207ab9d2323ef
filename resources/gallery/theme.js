// Shared by both pages: the page's text in its language, the theme toggle (system by default,
// remembered) and copy buttons.

// The text of the scripts in the gallery's language: _gallery/text.js (written with the pages,
// from the app's translations) maps each English source text to its translation. Call it with
// one single-quoted literal, qsTr('Text'): that is the shape lupdate and GalleryWriter look for.
function qsTr(text) {
  var table = window.CDM_TEXT;
  return table && Object.prototype.hasOwnProperty.call(table, text) && table[text] ? table[text] : text;
}

(function () {
  'use strict';
  var root = document.documentElement;
  // "%1 of %2" filled in one pass, so that a name holding "%2" stays as it is.
  function format(text) {
    var args = arguments;
    return text.replace(/%([1-9])/g, function (match, i) { return i < args.length ? String(args[i]) : match; });
  }
  // Numbers written the way the page's language writes them; one formatter for the whole page.
  var numberFormat = null;
  try { numberFormat = new Intl.NumberFormat(root.lang || undefined); } catch (e) { /* no Intl */ }
  function number(value) { return numberFormat ? numberFormat.format(Number(value)) : String(value); }
  // Sizes as the window shows them: binary units, the language's decimal mark ("217,9 MiB").
  var sizeFormat = null;
  try { sizeFormat = new Intl.NumberFormat(root.lang || undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 }); } catch (e) { /* no Intl */ }
  function size(bytes) {
    if (!(bytes >= 0)) return '';
    var units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'], i = 0;
    while (bytes >= 1024 && i < units.length - 1) { bytes /= 1024; ++i; }
    if (!i) return String(bytes) + ' B';
    return (sizeFormat ? sizeFormat.format(bytes) : bytes.toFixed(1)) + ' ' + units[i];
  }
  // Dates as the model pages write them: _gallery/text.js has the language's short date pattern
  // (Qt's: d, dd, M, MM, MMM, yyyy, 'quoted text') and its month names.
  function date(iso) {
    var time = iso ? new Date(iso) : null;
    var spec = window.CDM_DATE;
    if (!time || isNaN(time.getTime())) return '';
    if (!spec || !spec.format) return iso.slice(0, 10);
    var pad = function (n) { return n < 10 ? '0' + n : String(n); };
    var parts = { d: time.getDate(), dd: pad(time.getDate()), M: time.getMonth() + 1, MM: pad(time.getMonth() + 1),
                  MMM: (spec.months || [])[time.getMonth()], yyyy: time.getFullYear() };
    return spec.format.replace(/'([^']*)'|yyyy|MMM|MM|M|dd|d/g, function (token, quoted) {
      return quoted !== undefined ? quoted : String(parts[token]);
    });
  }
  function stored(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function store(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* file:// may refuse */ } }
  // In the window's gallery tab the window chooses the theme and has the search box.
  var embedded = window.CDM_EMBEDDED;
  if (embedded) root.setAttribute('data-embedded', 'true');
  var theme = embedded ? embedded.theme : stored('cdm.theme');
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
      // A check mark for a moment (gallery.css), and screen readers hear "Copied".
      var label = target.getAttribute('aria-label');
      var done = function () {
        target.classList.add('copied');
        target.setAttribute('aria-label', qsTr('Copied'));
        setTimeout(function () {
          target.classList.remove('copied');
          if (label === null) target.removeAttribute('aria-label'); else target.setAttribute('aria-label', label);
        }, 1200);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, function () {});
    });
  });
  window.CDM = { stored: stored, store: store, format: format, number: number, size: size, date: date };
})();
