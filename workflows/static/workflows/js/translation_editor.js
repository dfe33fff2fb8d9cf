// wagtail-localize's translation editor offers "Veröffentlichen in English". For a page under a
// review workflow that button saves a draft instead (workflows/translation_editor.py), so it says
// so. The server marks such editors with the review note's message class; the footer is drawn by
// React after load, hence the observer.
(function () {
  "use strict";
  var MARKER = "li.iq-translation-review";
  var LABEL = "Als Entwurf speichern";
  var PROGRESS = "Wird gespeichert …";

  function relabel() {
    var button = document.querySelector('footer button[name="action"][value="publish"]');
    if (!button || button.dataset.iqRelabelled) {
      return;
    }
    var label = button.querySelector('[data-w-progress-target="label"]');
    if (label) {
      label.textContent = LABEL;
    }
    button.setAttribute("data-w-progress-active-value", PROGRESS);
    button.setAttribute("data-clicked-text", PROGRESS);
    button.dataset.iqRelabelled = "true";
  }

  function start() {
    if (!document.querySelector(MARKER)) {
      return;
    }
    relabel();
    new MutationObserver(relabel).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
