// Keyboard-first ballot entry: after each answer, the next ballot number is set and the keys field is
// cleared and focused, so the operator types numbers and presses Enter, ballot after ballot.
document.body.addEventListener("htmx:afterSwap", function (event) {
  if (event.detail.target.id !== "receipt") {
    return;
  }
  var next = document.getElementById("next-ballot");
  var ballot = document.getElementById("ballotNo");
  var keys = document.getElementById("keys");
  if (next && ballot && !document.getElementById("refused")) {
    ballot.value = next.value;
    keys.value = "";
  }
  keys.focus();
});
