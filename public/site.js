// Small helps on every page, before or without hydration. The plain page works without
// any of them; each only makes it safer or easier.
(function () {
  "use strict";

  // Quick exit: leave at once, replacing this history entry so Back does not return here.
  function leave(event) {
    var link = document.getElementById("quick-exit");
    if (!link) return;
    if (event) event.preventDefault();
    document.body.style.visibility = "hidden";
    window.location.replace(link.href);
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!target || !target.closest) return;
    if (target.closest("#quick-exit")) return leave(event);
    // An error summary's link moves focus to the field without adding a #fragment to the
    // history, so the next Back leaves the page as the reader expects.
    var link = target.closest(".error-summary a[href^='#']");
    if (link) {
      var field = document.getElementById(link.getAttribute("href").slice(1));
      if (field) {
        event.preventDefault();
        field.focus();
      }
    }
  });

  // The Shift key pressed 3 times within a second, on its own, leaves too (GOV.UK's
  // "Exit this page"). Not Escape: people press it to close lists and pickers, and screen
  // readers use it to leave forms mode. Any other key, or Shift in a chord, starts over.
  var SHIFT_WINDOW_MS = 1000;
  var presses = [];
  document.addEventListener("keydown", function (event) {
    var alone = event.key === "Shift" && !event.ctrlKey && !event.altKey && !event.metaKey;
    if (!alone) {
      presses = [];
      return;
    }
    if (event.repeat) return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < SHIFT_WINDOW_MS; });
    presses.push(now);
    if (presses.length >= 3) {
      presses = [];
      leave(event);
    }
  });

  // Copy buttons (the advisor desk's text message): shown only where a script runs. The text
  // stays selectable without them. Where the clipboard is refused (an http page, an old
  // browser), the text is selected so Ctrl+C copies it; the status line says which.
  var copyButtons = document.querySelectorAll("button[data-copy-for]");
  for (var i = 0; i < copyButtons.length; i++) copyButtons[i].hidden = false;
  document.addEventListener("click", function (event) {
    var button = event.target && event.target.closest && event.target.closest("button[data-copy-for]");
    if (!button) return;
    var source = document.getElementById(button.getAttribute("data-copy-for"));
    var status = button.parentNode.querySelector(".copy-status");
    if (!source) return;
    function say(text) { if (status) status.textContent = text; }
    function selectText() {
      source.focus();
      source.select();
      say(button.getAttribute("data-copy-failed"));
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(source.value).then(function () {
        say(button.getAttribute("data-copied"));
      }, selectText);
    } else {
      selectText();
    }
  });

  // A new office search replaces the last one in the history instead of adding an entry
  // (each holds a ZIP code or a place), so Back leaves the finder.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form || !form.matches || !form.matches("form.search")) return;
    if (!/[?&](q|zip|lat)=/.test(window.location.search)) return;
    var params = new URLSearchParams(new FormData(form));
    event.preventDefault();
    window.location.replace(form.action + "?" + params.toString());
  });
})();
