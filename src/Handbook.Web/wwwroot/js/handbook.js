// Progressive enhancement only: every page works without this file.
// Beside each heading's "#" link, a "Copy link" button copies a link to that section. The link
// names the section in its query too, so that chat tools preview it with the section's title.
(function () {
  "use strict";

  var anchors = document.querySelectorAll(".hb-heading__anchor");
  if (!anchors.length || !navigator.clipboard) {
    return;
  }

  var status = document.createElement("div");
  status.className = "govuk-visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  document.body.appendChild(status);

  anchors.forEach(function (anchor) {
    var id = anchor.getAttribute("href").slice(1);
    var heading = document.getElementById(id);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "hb-copy-link";
    button.textContent = "Copy link";
    var hidden = document.createElement("span");
    hidden.className = "govuk-visually-hidden";
    hidden.textContent = " to the section: " + (heading ? heading.textContent : id);
    button.appendChild(hidden);

    button.addEventListener("click", function () {
      var url = new URL(window.location.href);
      url.search = "?section=" + encodeURIComponent(id);
      url.hash = id;
      navigator.clipboard.writeText(url.href).then(function () {
        status.textContent = "";
        window.setTimeout(function () { status.textContent = "Link copied"; }, 50);
        button.firstChild.textContent = "Link copied";
        window.setTimeout(function () { button.firstChild.textContent = "Copy link"; }, 2000);
      }, function () {
        status.textContent = "Could not copy. The link is " + url.href;
      });
    });
    anchor.insertAdjacentElement("afterend", button);
  });
})();

// A self-assessment's notes: kept in this browser's storage, keyed by role and skill, never in the
// address or sent anywhere. Shown only with JavaScript; printed with the result.
(function () {
  "use strict";

  var areas = document.querySelectorAll("textarea[data-notes-key]");
  if (!areas.length) {
    return;
  }
  var storage;
  try {
    storage = window.localStorage;
    storage.getItem("hb-notes:probe");
  } catch (e) {
    return;
  }
  document.documentElement.classList.add("hb-js");

  var printed = document.getElementById("hb-notes-print");
  function showForPrint() {
    if (!printed) {
      return;
    }
    printed.textContent = "";
    areas.forEach(function (area) {
      if (!area.value.trim()) {
        return;
      }
      var legend = area.closest(".govuk-form-group").parentElement.querySelector(".govuk-fieldset__heading");
      var block = document.createElement("div");
      block.className = "hb-notes-print__item";
      var title = document.createElement("h3");
      title.className = "govuk-heading-s";
      title.textContent = "Notes: " + (legend ? legend.textContent : "");
      var text = document.createElement("p");
      text.className = "govuk-body hb-pre";
      text.textContent = area.value;
      block.appendChild(title);
      block.appendChild(text);
      printed.appendChild(block);
    });
  }

  areas.forEach(function (area) {
    var key = area.getAttribute("data-notes-key");
    area.value = storage.getItem(key) || "";
    area.addEventListener("input", function () {
      if (area.value) {
        storage.setItem(key, area.value);
      } else {
        storage.removeItem(key);
      }
      showForPrint();
    });
  });
  showForPrint();
})();

// The header's Menu button on a phone (GOV.UK service navigation's pattern): it opens and closes the
// list. The stylesheet shows the button and collapses the list only on a page marked .hb-js.
(function () {
  "use strict";

  var toggle = document.querySelector(".hb-menu-toggle");
  if (!toggle) {
    return;
  }
  toggle.addEventListener("click", function () {
    toggle.setAttribute("aria-expanded", toggle.getAttribute("aria-expanded") === "true" ? "false" : "true");
  });
})();

// Suggestions as you type in the header's search box: GOV.UK's accessible-autocomplete, fed by
// /search/suggest. Choosing a suggestion opens its page; Enter on what was typed searches as before.
// Without this file, or without the component, the box is the plain search form.
(function () {
  "use strict";

  var input = document.getElementById("header-search-q");
  if (!input || !window.accessibleAutocomplete || !window.fetch) {
    return;
  }
  var field = input.parentNode;
  var latest = 0;
  function escape(text) {
    var span = document.createElement("span");
    span.textContent = text;
    return span.innerHTML;
  }
  field.removeChild(input);
  window.accessibleAutocomplete({
    element: field,
    id: "header-search-q",
    name: "q",
    placeholder: "Search",
    minLength: 2,
    displayMenu: "overlay",
    confirmOnBlur: false,
    showNoOptionsFound: false,
    source: function (query, populate) {
      var asked = ++latest;
      fetch("/search/suggest?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (suggestions) { if (asked === latest) { populate(suggestions); } })
        .catch(function () { populate([]); });
    },
    templates: {
      inputValue: function (suggestion) { return suggestion && typeof suggestion === "object" ? suggestion.title : suggestion || ""; },
      suggestion: function (suggestion) {
        return typeof suggestion === "object"
          ? escape(suggestion.title) + ' <span class="hb-suggestion__kind">' + escape(suggestion.kind) + "</span>"
          : escape(suggestion);
      }
    },
    onConfirm: function (suggestion) {
      if (suggestion && suggestion.url) {
        window.location.href = suggestion.url;
      }
    }
  });
  var enhanced = document.getElementById("header-search-q");
  if (enhanced) {
    enhanced.setAttribute("maxlength", "200");
    enhanced.setAttribute("spellcheck", "false");
  }
})();
