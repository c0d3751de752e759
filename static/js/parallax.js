// Progressive enhancements only: every page works without this file.
(function () {
  "use strict";

  // Hovering or focusing a claim outlines the claims that contradict it.
  function counterparts(claim) {
    var ids = (claim.getAttribute("data-counterparts") || "").split(/\s+/).filter(Boolean);
    return ids.map(function (id) { return document.getElementById(id); }).filter(Boolean);
  }
  function mark(claim, on) {
    claim.classList.toggle("is-active", on);
    counterparts(claim).forEach(function (other) { other.classList.toggle("is-counterpart", on); });
  }
  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var claim = event.target.closest && event.target.closest(".claim[data-counterparts]");
      if (claim) mark(claim, true);
    });
  });
  ["mouseout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var claim = event.target.closest && event.target.closest(".claim[data-counterparts]");
      if (claim && !(event.relatedTarget && claim.contains(event.relatedTarget))) mark(claim, false);
    });
  });
})();
