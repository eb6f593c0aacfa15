/** What the colour-scheme control offers; "system" follows the operating system's setting. */
export const colorSchemes = ['system', 'light', 'dark'] as const;
export type ColorScheme = (typeof colorSchemes)[number];

/** localStorage key of the reader's choice (absent = system). */
export const colorSchemeStorageKey = 'okpay:color-scheme';

/**
 * Runs inline at the top of <head>, before the stylesheet paints anything, so a saved choice
 * never flashes the other scheme; then wires the footer control once the page is parsed and
 * follows changes made in other tabs. It is inline because a file would either block rendering
 * or arrive after the first paint. It is a plain string, not a function, so the bytes the page
 * ships are exactly the bytes whose hash the Content-Security-Policy allows (astro.config.mjs).
 * Without JavaScript the control stays hidden and the site follows the system scheme.
 */
export const colorSchemeScript = `(function () {
  var key = ${JSON.stringify(colorSchemeStorageKey)};
  var root = document.documentElement;
  function apply(value) {
    if (value === 'light' || value === 'dark') root.dataset.colorScheme = value;
    else delete root.dataset.colorScheme;
  }
  try { apply(localStorage.getItem(key)); } catch (e) {}
  document.addEventListener('DOMContentLoaded', function () {
    var control = document.querySelector('[data-color-scheme-control]');
    var select = control && control.querySelector('select');
    if (!select) return;
    select.value = root.dataset.colorScheme || 'system';
    control.hidden = false;
    select.addEventListener('change', function () {
      apply(select.value);
      try {
        if (select.value === 'system') localStorage.removeItem(key);
        else localStorage.setItem(key, select.value);
      } catch (e) {}
    });
    window.addEventListener('storage', function (event) {
      if (event.key !== key) return;
      apply(event.newValue);
      select.value = root.dataset.colorScheme || 'system';
    });
  });
})();`;
