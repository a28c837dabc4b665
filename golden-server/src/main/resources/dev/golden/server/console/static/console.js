// Golden console: CSRF header for htmx, charts from data-chart attributes, review keyboard shortcuts.
(function () {
  "use strict";

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  document.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers["X-CSRF-Token"] = csrfToken();
  });

  var palette = ["#0a58ca", "#a40e26", "#116329", "#8250df", "#bf4b00"];

  function lineOrBar(kind, data) {
    return {
      type: kind,
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s, i) {
          return { label: s.label, data: s.values, borderColor: palette[i % palette.length],
            backgroundColor: palette[i % palette.length], tension: 0.2 };
        })
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        indexAxis: kind === "bar" ? "y" : "x",
        scales: kind === "bar" ? { x: { min: 0, max: 100 } } : { y: { beginAtZero: true } }
      }
    };
  }

  // Each bar floats from the running total before its step to the one after it.
  function waterfall(data) {
    var running = 0;
    var bars = data.series[0].values.map(function (w) {
      var from = running;
      running += w;
      return [from, running];
    });
    var colours = data.series[0].values.map(function (w) { return w >= 0 ? "#116329" : "#a40e26"; });
    return {
      type: "bar",
      data: { labels: data.labels.concat(["="]), datasets: [{ label: data.series[0].label,
        data: bars.concat([[0, running]]), backgroundColor: colours.concat(["#0a58ca"]) }] },
      options: { indexAxis: "y", responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false } } }
    };
  }

  function drawCharts() {
    if (typeof Chart === "undefined") {
      return;
    }
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var data = JSON.parse(canvas.getAttribute("data-chart"));
      var kind = canvas.getAttribute("data-kind");
      var rows = data.labels.length;
      if (kind !== "line") {
        canvas.parentElement.style.height = Math.max(200, 28 * rows + 60) + "px";
      } else {
        canvas.parentElement.style.height = "300px";
      }
      new Chart(canvas, kind === "waterfall" ? waterfall(data) : lineOrBar(kind, data));
    });
  }

  function shortcuts() {
    var form = document.getElementById("decision");
    if (!form) {
      return;
    }
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) {
        return;
      }
      var target = event.target;
      if (target && (target.tagName === "INPUT" && target.type !== "radio" || target.tagName === "TEXTAREA"
          || target.tagName === "SELECT")) {
        return;
      }
      var button = form.querySelector('button[data-key="' + event.key.toLowerCase() + '"]');
      if (button) {
        event.preventDefault();
        button.click();
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawCharts();
    shortcuts();
  });
})();
