/* pm search: filters search.json as the reader types. Without this script the form stays hidden. */
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form || !window.fetch) { return; }
  var input = form.querySelector("input"), status = form.querySelector(".search-status"),
      list = form.querySelector(".search-results"), root = form.dataset.root, rows = null;
  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  function load() {
    if (rows) { return Promise.resolve(rows); }
    return fetch(form.dataset.index).then(function (r) { return r.json(); }).then(function (x) {
      rows = x.items.map(function (i) {
        var words = [i[0], i[1], x.severities[i[5]], String(i[6])]
          .concat(i[3].map(function (t) { return x.tags[t]; }), i[4].map(function (s) { return x.services[s]; }));
        return { title: i[0], url: root + x.url.replace("{}", i[2]), year: i[6], text: words.join(" ").toLowerCase() };
      });
      return rows;
    });
  }
  function show() {
    var terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!terms.length) { status.textContent = ""; return; }
    load().then(function (all) {
      var hits = all.filter(function (r) { return terms.every(function (t) { return r.text.indexOf(t) >= 0; }); });
      status.textContent = hits.length + (hits.length === 1 ? " postmortem" : " postmortems");
      hits.slice(0, 20).forEach(function (r) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = r.url;
        a.textContent = r.title + " (" + r.year + ")";
        li.appendChild(a);
        list.appendChild(li);
      });
    }, function () { status.textContent = "Search is unavailable."; });
  }
  input.addEventListener("input", show);
}());
