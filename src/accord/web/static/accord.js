// Accord dashboard: draws the Plotly figures embedded in each page, and links chart clicks to rows.
(function () {
  "use strict";
  function draw(div) {
    var source = document.getElementById(div.dataset.figure);
    if (!source || !window.Plotly) { return; }
    var fig = JSON.parse(source.textContent);
    window.Plotly.newPlot(div, fig.data, fig.layout, {
      displaylogo: false, responsive: true,
      modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d"]
    }).then(function () { div.dataset.ready = "1"; });
    if (div.id === "chart-dyad") {
      div.on("plotly_click", function (ev) {
        var day = ev.points && ev.points[0] && String(ev.points[0].x).slice(0, 10);
        var row = day && document.getElementById("p-" + day);
        if (row) {
          row.scrollIntoView({ behavior: "smooth", block: "start" });
          row.classList.add("flash");
          setTimeout(function () { row.classList.remove("flash"); }, 1600);
        }
      });
    }
    if (div.id === "chart-network") {
      div.on("plotly_click", function (ev) {
        var p = ev.points && ev.points[0];
        if (p && p.data.name === "actors") { window.location.href = "/events?actor=" + encodeURIComponent(p.text); }
      });
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".chart[data-figure]").forEach(draw);
  });
})();
