// The signature list without reloading for one thing: a box that ticks
// every row of the page. Everything else works without this file.
(function () {
  "use strict";
  var all = document.getElementById("select-page");
  if (!all) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll('input[name="ids"]'));
  if (rows.length === 0) return;
  all.hidden = false;
  function sync() {
    var ticked = rows.filter(function (r) { return r.checked; }).length;
    all.checked = ticked === rows.length;
    all.indeterminate = ticked > 0 && ticked < rows.length;
  }
  all.addEventListener("change", function () {
    rows.forEach(function (r) { r.checked = all.checked; });
  });
  rows.forEach(function (r) { r.addEventListener("change", sync); });
  sync();
})();
