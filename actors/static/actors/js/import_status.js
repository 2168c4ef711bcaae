// The page of a running import follows it: it asks the page's JSON (?format=json) twice a
// second and updates the bar and the rows line in place; once the run is over it reloads,
// to show the summary, the report and the buttons. Without script: <noscript> refresh.
(function () {
  "use strict";
  const root = document.querySelector("[data-import-progress]");
  if (!root) return;
  const url = root.dataset.importProgress;
  const bar = root.querySelector("progress");
  const rows = document.getElementById("import-rows");
  const status = document.getElementById("import-status");
  const INTERVAL = 500;

  function draw(data) {
    status.textContent = data.status_label;
    rows.textContent = data.rows_label;
    if (data.rows_total) {
      bar.value = data.percent;
      bar.textContent = data.percent + " %";
    } else {
      bar.removeAttribute("value"); // indeterminate: the file is being checked
    }
  }

  async function poll() {
    try {
      const response = await fetch(url, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (response.ok) {
        const data = await response.json();
        if (data.finished) {
          window.location.reload();
          return;
        }
        draw(data);
      }
    } catch (error) {
      // A network hiccup: the next poll tries again.
    }
    window.setTimeout(poll, INTERVAL);
  }

  window.setTimeout(poll, INTERVAL);
})();
