// Small behaviours that htmx does not cover: confirm destructive actions.
document.addEventListener("submit", function (event) {
  var message = event.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// Tree nodes: the first click loads the children (htmx, once); later clicks collapse and expand them.
document.addEventListener("click", function (event) {
  var button = event.target.closest("button.toggle");
  if (!button) {
    return;
  }
  if (!button.dataset.loaded) {
    button.dataset.loaded = "1";
    button.textContent = "▾";
    button.setAttribute("aria-expanded", "true");
    return;
  }
  var list = button.parentElement.querySelector(":scope > ul");
  if (list) {
    list.hidden = !list.hidden;
    button.textContent = list.hidden ? "▸" : "▾";
    button.setAttribute("aria-expanded", String(!list.hidden));
  }
});
