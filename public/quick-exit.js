// Quick exit: leave at once, replacing this history entry so Back does not return here.
// Works on the plain link's click and on the Escape key, before or without hydration.
(function () {
  "use strict";
  function leave(event) {
    var link = document.getElementById("quick-exit");
    if (!link) return;
    if (event) event.preventDefault();
    document.body.style.visibility = "hidden";
    window.location.replace(link.href);
  }
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target && target.closest && target.closest("#quick-exit")) leave(event);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") leave(event);
  });
})();
