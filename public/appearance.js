// Sets the look before the first paint: stored choice, else the system's; projector mode from the URL (docs/decisions/0009).
(function () {
  var root = document.documentElement;
  var dark = matchMedia("(prefers-color-scheme: dark)");
  var more = matchMedia("(prefers-contrast: more)");
  function apply(event) {
    var saved = {};
    try {
      saved = (event && event.detail) || JSON.parse(localStorage.getItem("parallels-appearance") || "{}") || {};
    } catch {}
    root.classList.toggle("dark", saved.theme === "dark" || (saved.theme !== "light" && dark.matches));
    root.classList.toggle("contrast", saved.contrast === "high" || (saved.contrast !== "normal" && more.matches));
    if (saved.text === "large" || saved.text === "larger") root.setAttribute("data-text-size", saved.text);
    else root.removeAttribute("data-text-size");
  }
  apply();
  dark.addEventListener("change", apply);
  more.addEventListener("change", apply);
  addEventListener("storage", apply);
  addEventListener("parallels-appearance", apply);
  if (/[?&]present=(1|true)(&|$)/.test(location.search)) root.classList.add("present");
})();
