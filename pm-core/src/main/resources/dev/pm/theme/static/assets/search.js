/* pm search: full-text search over the index under search/, written by pm at build time.
 *
 * The index is a set of scripts that hand their data to window.pmSearch: meta.js (the postmortems), one shard
 * per two first letters of a word (t-KEY.js), one file per postmortem with its text for snippets (d/N.js). They
 * are loaded with <script> elements, not fetch, so search works from file:// too, and only the shards of the
 * words typed are loaded. Every query has a number; a result is shown only if its query is still the latest,
 * so a slow shard never leaves stale results. Without this script the forms submit to search.html, which lists
 * every postmortem. */
(function () {
  "use strict";
  var forms = document.querySelectorAll("form.search[data-index]");
  if (!forms.length || !window.Promise) { return; }
  var base = forms[0].getAttribute("data-index"), root = forms[0].getAttribute("data-root");
  var meta = null, shards = {}, docs = {}, loading = {}, titleWords = {};
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

  window.pmSearch = {
    meta: function (data) { meta = data; },
    shard: function (key, words) { shards[key] = words; },
    doc: function (id, data) { docs[id] = data; }
  };

  /* Loads one file of the index once; resolves when its script has run, rejects when it cannot be loaded. */
  function load(path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = base + path;
        script.async = true;
        script.onload = function () { resolve(); };
        script.onerror = function () { delete loading[path]; reject(new Error(path)); };
        document.head.appendChild(script);
      });
    }
    return loading[path];
  }

  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  }

  /* Cuts text into words exactly as pm's SearchIndex does. */
  function words(text) {
    var out = [];
    fold(text).split(/[^\p{L}\p{N}]+/u).forEach(function (token) {
      if (!token) { return; }
      var points = Array.from(token), plain = "", i = 0;
      while (i < points.length) {
        if (CJK.test(points[i])) {
          if (plain) { out.push(plain); plain = ""; }
          var start = i;
          while (i < points.length && CJK.test(points[i])) { i++; }
          if (i - start === 1) { out.push(points[start]); }
          for (var j = start; j + 1 < i; j++) { out.push(points[j] + points[j + 1]); }
        } else {
          plain += points[i++];
        }
      }
      if (plain) { out.push(plain); }
    });
    return out;
  }

  function shardKey(word) {
    return Array.from(word).slice(0, 2).map(function (c) { return c.codePointAt(0).toString(16); }).join("-");
  }

  /* The shards a query needs that are not loaded yet. */
  function missing(terms) {
    var paths = [];
    terms.forEach(function (t) {
      var key = shardKey(t);
      if (Array.from(t).length > 1 && !shards[key] && meta.shards.indexOf(key) >= 0
          && paths.indexOf("t-" + key + ".js") < 0) {
        paths.push("t-" + key + ".js");
      }
    });
    return paths;
  }

  /* Scores for one term: exact words count fully, longer words it begins count a little less. */
  function termScores(term) {
    var scores = {};
    if (Array.from(term).length === 1) {
      meta.docs.forEach(function (d, id) {
        titleWords[id] = titleWords[id] || words(d[0]);
        if (titleWords[id].some(function (w) { return w.indexOf(term) === 0; })) { scores[id] = 16; }
      });
      return scores;
    }
    var shard = shards[shardKey(term)] || {};
    Object.keys(shard).forEach(function (word) {
      if (word.indexOf(term) !== 0) { return; }
      var weight = word === term ? 1 : 0.7, postings = shard[word], id = 0;
      for (var i = 0; i < postings.length; i += 2) {
        id += postings[i];
        var s = postings[i + 1] * weight;
        if (!(scores[id] >= s)) { scores[id] = s; }
      }
    });
    return scores;
  }

  function rank(terms, filters) {
    var total = null;
    terms.forEach(function (t) {
      var scores = termScores(t), next = {};
      Object.keys(scores).forEach(function (id) {
        if (total === null) { next[id] = scores[id]; } else if (id in total) { next[id] = total[id] + scores[id]; }
      });
      total = next;
    });
    return Object.keys(total || {}).map(Number).filter(function (id) {
      var d = meta.docs[id];
      return (!filters.severity || meta.severities[d[2]] === filters.severity)
        && (!filters.year || String(d[3]) === filters.year)
        && (!filters.service || d[4].some(function (s) { return meta.services[s] === filters.service; }));
    }).sort(function (a, b) { return total[b] - total[a] || a - b; });
  }

  /* A snippet of the text around the first word the query matches, with every match marked. */
  function snippet(text, terms) {
    var folded = "", at = [], chars = Array.from(text), pos = 0;
    chars.forEach(function (c) {
      var f = fold(c);
      for (var k = 0; k < f.length; k++) { at.push(pos); }
      folded += f;
      pos += c.length;
    });
    at.push(pos);
    var hits = [];
    terms.forEach(function (t) {
      var from = 0, i;
      while ((i = folded.indexOf(t, from)) >= 0) {
        if (i === 0 || !/[\p{L}\p{N}]/u.test(folded.charAt(i - 1)) || CJK.test(t)) {
          hits.push([at[i], at[i + t.length]]);
        }
        from = i + t.length;
      }
    });
    if (!hits.length) { return null; }
    hits.sort(function (a, b) { return a[0] - b[0]; });
    var start = Math.max(0, hits[0][0] - 60), end = Math.min(text.length, start + 200);
    if (start > 0) { start = text.indexOf(" ", start) + 1 || start; }
    var parts = [], cursor = start;
    hits.forEach(function (h) {
      if (h[0] < cursor || h[1] > end) { return; }
      parts.push({ text: text.slice(cursor, h[0]) }, { text: text.slice(h[0], h[1]), mark: true });
      cursor = h[1];
    });
    parts.push({ text: text.slice(cursor, end) });
    if (start > 0) { parts.unshift({ text: "… " }); }
    if (end < text.length) { parts.push({ text: " …" }); }
    return parts;
  }

  function fill(p, parts) {
    p.textContent = "";
    parts.forEach(function (part) {
      var node = part.mark ? document.createElement("mark") : document.createTextNode(part.text);
      if (part.mark) { node.textContent = part.text; }
      p.appendChild(node);
    });
  }

  function message(form, name, count) {
    var text = form.getAttribute("data-msg-" + name) || "";
    return text.replace("{0}", count);
  }

  function setup(form) {
    var input = form.querySelector("input[type=search]"), status = form.querySelector(".search-status"),
        list = form.querySelector(".search-results"),
        all = form.classList.contains("search-page") ? document.querySelector(".search-all") : null,
        limit = Number(form.getAttribute("data-limit")) || 10, latest = 0;
    var selects = form.querySelectorAll("select");
    form.classList.add("search-ready");

    function filters() {
      var f = {};
      Array.prototype.forEach.call(selects, function (s) { f[s.name] = s.value; });
      return f;
    }

    /* Shows the results of query number `query`, count and list together, or nothing if a newer one exists. */
    function show(query, terms, ids) {
      if (query !== latest) { return; }
      list.textContent = "";
      form.removeAttribute("aria-busy");
      if (!terms.length) {
        status.textContent = "";
        form.classList.remove("search-open");
        if (all) { all.hidden = false; }
        return;
      }
      if (all) { all.hidden = true; }
      form.classList.add("search-open");
      status.textContent = ids.length === 0 ? message(form, "none")
        : message(form, ids.length === 1 ? "one" : "many", ids.length)
          + (ids.length > limit ? " " + message(form, "first", limit) : "");
      ids.slice(0, limit).forEach(function (id) {
        var d = meta.docs[id], li = document.createElement("li"), a = document.createElement("a"),
            facts = document.createElement("span"), p = document.createElement("p");
        a.href = root + meta.url.replace("{}", d[1]);
        a.textContent = d[0];
        facts.className = "search-facts";
        facts.textContent = meta.severities[d[2]] + " · " + d[3];
        p.className = "search-snippet";
        li.appendChild(a);
        li.appendChild(facts);
        li.appendChild(p);
        list.appendChild(li);
        load("d/" + id + ".js").then(function () {
          if (query !== latest) { return; }
          var doc = docs[id], parts = snippet(doc.summary, terms) || snippet(doc.text, terms);
          fill(p, parts || [{ text: doc.summary || doc.text.slice(0, 160) }]);
        }, function () { /* the snippet stays empty; the link works */ });
      });
    }

    function run() {
      var query = ++latest, terms = words(input.value), f = filters();
      if (!terms.length) { show(query, [], []); return; }
      function search() {
        var paths = missing(terms);
        if (!paths.length) { show(query, terms, rank(terms, f)); return; }
        form.setAttribute("aria-busy", "true");
        Promise.all(paths.map(load)).then(function () {
          if (query === latest) { show(query, terms, rank(terms, f)); }
        }, unavailable);
      }
      function unavailable() {
        if (query !== latest) { return; }
        form.removeAttribute("aria-busy");
        list.textContent = "";
        status.textContent = message(form, "unavailable");
      }
      if (meta) { search(); } else { load("meta.js").then(search, unavailable); }
    }

    form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
    input.addEventListener("input", run);
    Array.prototype.forEach.call(selects, function (s) { s.addEventListener("change", run); });
    form.addEventListener("keydown", function (e) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a")), i = links.indexOf(document.activeElement);
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (!links.length) { return; }
        e.preventDefault();
        var next = e.key === "ArrowDown" ? Math.min(i + 1, links.length - 1) : i - 1;
        (next < 0 ? input : links[next]).focus();
      } else if (e.key === "Escape") {
        form.classList.remove("search-open");
        input.focus();
      }
    });
    input.addEventListener("focus", function () { if (list.firstChild) { form.classList.add("search-open"); } });
    form.addEventListener("focusout", function (e) {
      if (!e.relatedTarget || !form.contains(e.relatedTarget)) { form.classList.remove("search-open"); }
    });
    var q = new URLSearchParams(location.search).get("q");
    if (q && form.classList.contains("search-page")) {
      input.value = q;
      run();
    }
  }

  Array.prototype.forEach.call(forms, setup);
}());
