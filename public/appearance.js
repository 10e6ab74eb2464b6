// Sets the page's look before its first paint, so nothing flashes: the reader's choice stored on this
// device (theme, contrast, text size), else the system's; and projector mode when the URL asks for it.
// The Display menu stores a choice and sends it as "parallels-appearance"; other tabs follow by "storage".
(function () {
  var root = document.documentElement;
  var dark = window.matchMedia("(prefers-color-scheme: dark)");
  var more = window.matchMedia("(prefers-contrast: more)");
  function apply(event) {
    var saved = {};
    try {
      saved = (event && event.detail) || JSON.parse(localStorage.getItem("parallels-appearance") || "{}") || {};
    } catch {
      // Storage refused or unreadable: follow the system.
    }
    root.classList.toggle("dark", saved.theme === "dark" || (saved.theme !== "light" && dark.matches));
    root.classList.toggle("contrast", saved.contrast === "high" || (saved.contrast !== "normal" && more.matches));
    if (saved.text === "large" || saved.text === "larger") root.setAttribute("data-text-size", saved.text);
    else root.removeAttribute("data-text-size");
  }
  apply();
  dark.addEventListener("change", apply);
  more.addEventListener("change", apply);
  window.addEventListener("storage", apply);
  window.addEventListener("parallels-appearance", apply);
  if (/[?&]present=(1|true)(&|$)/.test(location.search)) root.classList.add("present");
})();
