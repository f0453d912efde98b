(function () {
  "use strict";
  // Charts: every Vega-Lite spec embedded in the page, drawn with the bundle inlined once.
  function drawCharts() {
    if (typeof window.vegaEmbed !== "function") { return; }
    document.querySelectorAll("script.vega-spec").forEach(function (node) {
      var target = document.getElementById(node.dataset.target);
      if (!target) { return; }
      window.vegaEmbed(target, JSON.parse(node.textContent), { actions: false, renderer: "svg" })
        .then(function () { target.dataset.rendered = "true"; })
        .catch(function (error) { console.error("chart " + node.dataset.target + ": " + error); });
    });
  }
  // Contents: built from the section headings.
  function buildToc() {
    var toc = document.getElementById("toc");
    var headings = document.querySelectorAll("main h2");
    if (!toc || headings.length === 0) { return; }
    var list = document.createElement("ol");
    headings.forEach(function (heading, index) {
      if (!heading.id) { heading.id = "section-" + (index + 1); }
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "#" + heading.id;
      link.textContent = heading.textContent.replace(/¶$/, "").trim();
      item.appendChild(link);
      list.appendChild(item);
    });
    var title = document.createElement("strong");
    title.textContent = "Contents";
    toc.appendChild(title);
    toc.appendChild(list);
  }
  function codeToggle() {
    var button = document.getElementById("toggle-code");
    if (!button) { return; }
    if (!document.querySelector("details.code")) { button.hidden = true; return; }
    button.addEventListener("click", function () {
      var shown = document.body.classList.toggle("show-code");
      button.setAttribute("aria-pressed", String(shown));
      button.textContent = shown ? "Hide code" : "Show code";
    });
  }
  // Tables: a button in each heading sorts by that column (again: the other way); the
  // heading's aria-sort says how the rows are ordered. Without the script the table stays
  // in the order the caption gives.
  function compareKeys(x, y, numeric) {
    if (x === y) { return 0; }
    if (x === "") { return 1; }  // empty cells last, whichever the direction
    if (y === "") { return -1; }
    if (numeric) { return parseFloat(x) - parseFloat(y); }
    return x.localeCompare(y, undefined, { numeric: true, sensitivity: "base" });
  }
  function sortBy(table, headers, th, column) {
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var numeric = th.classList.contains("num");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].dataset.sort, y = b.cells[column].dataset.sort;
      if (x === "" || y === "") { return compareKeys(x, y, numeric); }
      var order = compareKeys(x, y, numeric);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  function sortableTables() {
    document.querySelectorAll("table.sortable").forEach(function (table) {
      var headers = table.querySelectorAll("thead th");
      headers.forEach(function (th, column) {
        var button = th.querySelector("button.sort");
        if (button) {
          button.addEventListener("click", function () { sortBy(table, headers, th, column); });
        }
      });
    });
  }
  // A search box above a long table keeps the rows that contain every word typed.
  function filterableTables() {
    document.querySelectorAll(".table-filter").forEach(function (box) {
      var input = box.querySelector("input[type=search]");
      var status = box.querySelector(".filter-status");
      var table = document.getElementById(input.dataset.table);
      if (!table) { return; }
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      input.addEventListener("input", function () {
        var words = input.value.toLocaleLowerCase().split(/\s+/).filter(Boolean);
        var shown = 0;
        rows.forEach(function (row) {
          var text = row.textContent.toLocaleLowerCase();
          var keep = words.every(function (word) { return text.indexOf(word) !== -1; });
          row.hidden = !keep;
          if (keep) { shown += 1; }
        });
        status.textContent = words.length ? shown + " of " + rows.length + " rows" : "";
      });
      box.hidden = false;
    });
  }
  // A link to a chart's data table opens the <details> it sits in.
  function openTargetDetails() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    var details = target && target.closest("details");
    if (details) { details.open = true; target.scrollIntoView(); }
  }
  window.addEventListener("hashchange", openTargetDetails);
  buildToc();
  openTargetDetails();
  codeToggle();
  sortableTables();
  filterableTables();
  drawCharts();
})();
