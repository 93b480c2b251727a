/* Search over every report, in the browser, from disk: MiniSearch over search-data.js.
   Case and diacritics are folded away; Han, Kana, Hangul and Thai text is indexed as
   character pairs, since it has no spaces between words. */
(function () {
  "use strict";
  var data = window.EVENT_ARCHIVE_SEARCH;
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!data || !form || !window.MiniSearch) { return; }

  var UNSPACED = /[\u0E00-\u0EFF\u1780-\u17FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/;
  var WORD = /[\p{L}\p{N}]+/gu;

  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase()
      .replace(/đ/g, "d").replace(/ø/g, "o").replace(/ł/g, "l").replace(/ß/g, "ss");
  }

  function tokenize(text) {
    var tokens = [];
    var words = fold(text).match(WORD) || [];
    words.forEach(function (word) {
      if (!UNSPACED.test(word)) { tokens.push(word); return; }
      var chars = Array.from(word);
      if (chars.length === 1) { tokens.push(word); return; }
      for (var i = 0; i + 1 < chars.length; i++) { tokens.push(chars[i] + chars[i + 1]); }
    });
    return tokens;
  }

  var index = new MiniSearch({
    idField: "u",
    fields: ["t", "x", "cn", "l"],
    storeFields: ["u", "t", "l", "d", "c"],
    tokenize: tokenize,
    processTerm: function (term) { return term; },
    extractField: function (doc, field) {
      if (field === "cn") {
        return doc.c.map(function (code) { return (data.countries[code] || "") + " " + code; }).join(" ");
      }
      return doc[field];
    },
    searchOptions: {
      boost: { t: 3, cn: 2 },
      combineWith: "AND",
      prefix: function (term) { return term.length > 1 || UNSPACED.test(term); },
      fuzzy: function (term) { return /^[a-z]{6,}$/.test(term) ? 0.2 : false; }
    }
  });
  index.addAll(data.docs);

  // Dates as the rest of the page writes them, in its language; the day as given (UTC).
  var LONG_DATE = (function () {
    try {
      return new Intl.DateTimeFormat(document.documentElement.lang || "en",
                                     { dateStyle: "long", timeZone: "UTC" });
    } catch (err) { return null; }
  })();

  function longDate(iso) {
    var parts = iso.split("-").map(Number);
    if (!LONG_DATE || parts.length !== 3) { return iso; }
    return LONG_DATE.format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
  }

  function element(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    return node;
  }

  function show(query) {
    list.textContent = "";
    if (!query.trim()) { status.textContent = ""; return; }
    var hits = index.search(query);
    status.textContent = hits.length
      ? status.dataset.some.replace("{n}", String(hits.length))
      : status.dataset.none;
    hits.slice(0, 100).forEach(function (hit) {
      var item = element("li", "", { "class": "event" });
      var meta = element("p", "", { "class": "meta" });
      if (hit.d) {
        meta.appendChild(element("time", longDate(hit.d), { datetime: hit.d }));
      } else {
        meta.appendChild(element("span", status.dataset.undated, { "class": "undated" }));
      }
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(element("span", data.languages[hit.l] || hit.l, { lang: hit.l }));
      if (hit.c.length) {
        meta.appendChild(document.createTextNode(" · " + hit.c.map(function (code) {
          return data.countries[code] || code;
        }).join(", ")));
      }
      var heading = element("h2", "", { "class": "h3" });
      heading.appendChild(element("a", hit.t, { href: hit.u, hreflang: hit.l, lang: hit.l }));
      item.appendChild(meta);
      item.appendChild(heading);
      list.appendChild(item);
    });
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  show(query);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    show(input.value);
    try {
      var url = new URL(window.location.href);
      url.searchParams.set("q", input.value);
      window.history.replaceState(null, "", url.href);
    } catch (err) { /* some browsers refuse history changes on file: pages */ }
  });
})();
