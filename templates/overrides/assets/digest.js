/* The header search (partials/header.html) on every page: / or s puts the cursor in a
   search box (the search page's own, else the header's); on small screens, where the
   header shows only an icon, it opens the search page. Keys typed into a text field,
   with a modifier, or while an input method is composing are left alone. */
(function () {
  "use strict";
  var TEXT_INPUTS = /^(text|search|email|number|password|tel|url)$/;

  function typing(el) {
    if (!el) return false;
    if (el.isContentEditable || el.tagName === "TEXTAREA" || el.tagName === "SELECT") return true;
    return el.tagName === "INPUT" && TEXT_INPUTS.test(el.type);
  }

  function shown(el) {
    return !!el && el.getClientRects().length > 0;
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" && event.key !== "s") return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented) return;
    if (typing(event.target) || typing(document.activeElement)) return;
    var box = document.querySelector(".digest-search__input") || document.querySelector(".digest-header-search__input");
    var link = document.querySelector(".digest-header-search__link");
    if (shown(box)) {
      event.preventDefault();
      box.focus();
      box.select();
    } else if (link) {
      event.preventDefault();
      location.href = link.href;
    }
  });
})();
