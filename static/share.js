// A button that copies the statement's link; without it the link stays a
// field to select and copy by hand.
(function () {
  "use strict";
  var button = document.querySelector("button[data-copy]");
  if (!button || !navigator.clipboard) return;
  var field = document.getElementById(button.getAttribute("data-copy"));
  if (!field) return;
  var label = button.textContent;
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = button.getAttribute("data-copied");
      setTimeout(function () { button.textContent = label; }, 2000);
    }, function () {
      field.select();
    });
  });
})();
