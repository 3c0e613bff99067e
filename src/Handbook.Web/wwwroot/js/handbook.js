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
