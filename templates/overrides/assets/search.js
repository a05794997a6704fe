/* The 搜索 page (search.html): a search box over the Pagefind index that
   digest/search_index.py writes, where Chinese is indexed as overlapping character pairs
   ("知识产权" as 知识 识产 产权).

   - A Chinese word or phrase (the usual query) is searched as a phrase: its pairs in a
     row, as in the text, so 中关村 never matches 中关 ... 关村 apart. A phrase that no
     article contains falls back to all of its words: 光谷高新区 is cut, longest first,
     into the parts that some article contains (光谷, 高新区), and articles with all of
     them are listed under a note that says so. Other queries need every word (pair).
   - The query is kept in the address (?q=), so Back from an article shows the search.
   - Results are newest first, with the date as the rest of the site writes it
     (2021年7月20日), the park and the summary; filters by park, province, topic, year.

   Pagefind cuts a query by the language it starts with, which it reads from <html lang>
   (zh-CN here), not from the index (en): zh would cut the pairs again ("权质" -> 权 质)
   and match single characters as prefixes. So it is started while <html lang> says en. */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const ONE_PHRASE = /^[\u3400-\u9fff\uf900-\ufaff]{2,}$/;
const FILTERS = ["园区", "省份", "主题", "年份"];
const PAGE_SIZE = 10;
const PAUSE_MS = 300;
const YEAR_WEIGHT = 2 ** -20;

/** 2021-07-20 -> 2021年7月20日, 2021-07 -> 2021年7月 (as digest/render.py date_zh). */
export function dateZh(date) {
  const parts = String(date || "").split("-");
  if (!parts[0] || parts.length > 3 || !parts.every((p) => /^\d+$/.test(p))) return String(date || "");
  return parts.map((p, i) => Number(p) + "年月日"[i]).join("");
}

function pairs(run) {
  if (run.length < 2) return run;
  const out = [];
  for (let i = 0; i < run.length - 1; i++) out.push(run.slice(i, i + 2));
  return out.join(" ");
}

/** The query as the index reads it: Han runs as pairs; one Chinese phrase in quotes. */
export function indexTerm(term) {
  const paired = term.replace(HAN, (run) => " " + pairs(run) + " ").trim().replace(/\s+/g, " ");
  return ONE_PHRASE.test(term) ? '"' + paired + '"' : paired;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function painted() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Pagefind, started for the index's language, and every filter value with its count
    (loading those also makes later searches count results by filter value). */
async function load(root) {
  const [bundle, ...others] = root.dataset.bundles.trim().split(/\s+/).map((path) => new URL(path, location.href).href);
  const pagefind = await import(bundle + "pagefind.js");
  // Result URLs are site-relative: prefix the path the site is served under.
  const baseUrl = new URL(root.dataset.base + "/", location.href).pathname;
  await pagefind.options({ baseUrl });
  const html = document.documentElement;
  const lang = html.getAttribute("lang");
  html.setAttribute("lang", "en"); // the index's language, see above
  try { pagefind.init(); } finally { html.setAttribute("lang", lang); }
  // A site split by year: the older years' indexes, searched as one with the newest, each
  // weighed 2^-20 of the next (see newestFirst).
  for (const [age, other] of others.entries()) {
    await pagefind.mergeIndex(other, { baseUrl, language: "en", indexWeight: YEAR_WEIGHT ** (age + 1) });
  }
  return { pagefind, allFilters: await pagefind.filters(), merged: others.length > 0 };
}

/** The results of a search over merged year indexes, newest first. Pagefind lists them by
    score, and a result sorted by date scores its rank from the end of its own index's list
    (n-1 ... 0) times its index's weight, so a positive score names its year's age (up to
    2^20 results a year); the one result of each year that scores 0, its oldest, is placed
    by its date. */
async function newestFirst(results, years) {
  const age = async (result) => result.score > 0
    ? Math.ceil(-Math.log2(result.score) / 20)
    : years.indexOf((await result.data()).meta.date.slice(0, 4));
  const aged = await Promise.all(results.map(async (result) => [await age(result), result]));
  return aged.sort((a, b) => a[0] - b[0] || b[1].score - a[1].score).map(([, result]) => result);
}

function start(root) {
  const input = root.querySelector(".digest-search__input");
  const form = root.querySelector(".digest-search__box");
  const status = root.querySelector(".digest-search__status");
  const note = root.querySelector(".digest-search__note");
  const filterBox = root.querySelector(".digest-search__filters");
  const groups = root.querySelector(".digest-search__groups");
  const chosenLabel = root.querySelector(".digest-search__chosen");
  const list = root.querySelector(".digest-search__results");
  const more = root.querySelector(".digest-search__more");

  // Listening starts at once; searches wait for Pagefind, which is loaded once the page has
  // been painted (its worker and WebAssembly would otherwise compete with the first paint).
  const ready = painted().then(() => load(root));
  let pagefind = null;
  let allFilters = {};
  let merged = false;
  const chosen = new Map(FILTERS.map((name) => [name, new Set()]));
  const hits = new Map(); // phrase -> whether any article contains it (for the fallback)
  let latest = 0;
  let shown = [];
  let timer = 0;

  async function contains(text) {
    if (!hits.has(text)) {
      const found = await pagefind.search(indexTerm(text));
      hits.set(text, found.unfilteredResultCount > 0);
    }
    return hits.get(text);
  }

  /** The longest parts of a phrase, from the left, that some article contains. */
  async function words(phrase) {
    const out = [];
    let i = 0;
    while (i < phrase.length - 1) {
      let end = 0;
      for (let j = phrase.length; j >= i + 2; j--) {
        if (j - i < phrase.length && await contains(phrase.slice(i, j))) { end = j; break; }
      }
      if (end) { out.push(phrase.slice(i, end)); i = end; } else { i += 1; }
    }
    return out;
  }

  function filterOptions() {
    const filters = {};
    for (const [name, values] of chosen) if (values.size) filters[name] = { any: [...values] };
    return filters;
  }

  /** The results for the query under the chosen filters, newest first; `term` is what was
      searched (the fallback's words when the phrase was not found). */
  async function find(query) {
    const options = { filters: filterOptions(), sort: { date: "desc" } };
    if (!query) return { found: await pagefind.search(null, options), term: null, fallback: false };
    const term = indexTerm(query);
    const found = await pagefind.search(term, options);
    if (ONE_PHRASE.test(query) && query.length > 2 && found.unfilteredResultCount === 0) {
      const parts = await words(query);
      if (parts.length > 1) {
        const wordsTerm = parts.map(pairs).join(" ");
        const fallback = await pagefind.search(wordsTerm, options);
        if (fallback.unfilteredResultCount > 0) return { found: fallback, term: wordsTerm, fallback: true };
      }
    }
    return { found, term, fallback: false };
  }

  /** How many results each filter value has for the query, whatever filters are chosen (so
      the values stay to choose from; several in one group mean any of them). */
  async function counts(term, found) {
    const filtering = Object.keys(filterOptions()).length > 0;
    if (!filtering) return found.filters;
    if (term === null) return allFilters;
    return (await pagefind.search(term)).filters;
  }

  function keepInAddress(query) {
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    if (url.href !== location.href) history.replaceState(history.state, "", url.href);
  }

  function renderFilters(counts) {
    const scrolled = new Map([...groups.querySelectorAll("fieldset")].map((f) => [f.name, f.scrollTop]));
    groups.replaceChildren();
    let any = false;
    for (const name of FILTERS) {
      const values = Object.entries((counts && counts[name]) || {})
        .filter(([value, count]) => count > 0 || chosen.get(name).has(value))
        .sort((a, b) => (name === "年份" ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], "zh-CN")));
      if (!values.length) continue;
      any = true;
      const fieldset = element("fieldset");
      fieldset.name = name;
      fieldset.append(element("legend", "", name));
      for (const [value, count] of values) {
        const label = element("label");
        const box = element("input", "digest-search__filter");
        box.type = "checkbox";
        box.name = name;
        box.value = value;
        box.checked = chosen.get(name).has(value);
        label.append(box, element("span", "", value), element("span", "digest-search__count", String(count)));
        fieldset.append(label);
      }
      groups.append(fieldset);
      fieldset.scrollTop = scrolled.get(name) || 0;
    }
    filterBox.hidden = !any;
    const picked = [...chosen.values()].reduce((n, values) => n + values.size, 0);
    chosenLabel.textContent = picked ? `（已选 ${picked} 项）` : "";
  }

  async function renderMore() {
    const ticket = latest;
    const next = shown.slice(list.children.length, list.children.length + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (ticket !== latest) return; // a newer search has started
    for (const page of data) {
      const meta = page.meta || {};
      const item = element("li", "digest-search__result");
      const link = element("a", "digest-search__result-link", meta.title || page.url);
      link.href = page.url;
      const line = element("p", "digest-search__result-meta");
      if (meta.date) {
        const time = element("time", "", dateZh(meta.date));
        time.dateTime = meta.date;
        line.append(time);
      }
      const park = page.filters && page.filters["园区"] && page.filters["园区"][0];
      if (park) line.append((meta.date ? " · " : "") + park);
      item.append(link, line);
      if (meta.summary) item.append(element("p", "digest-search__result-summary", meta.summary));
      list.append(item);
    }
    more.hidden = list.children.length >= shown.length;
  }

  async function run() {
    const query = input.value.trim();
    const ticket = ++latest;
    keepInAddress(query);
    ({ pagefind, allFilters, merged } = await ready);
    if (ticket !== latest) return; // a newer search has started
    const filtering = [...chosen.values()].some((values) => values.size);
    if (!query && !filtering) {
      shown = [];
      list.replaceChildren();
      status.textContent = "";
      note.hidden = true;
      more.hidden = true;
      renderFilters(allFilters);
      return;
    }
    status.textContent = "正在搜索……";
    const { found, term, fallback } = await find(query);
    const valueCounts = await counts(term, found);
    const results = merged ? await newestFirst(found.results, root.dataset.years.split(" ")) : found.results;
    if (ticket !== latest) return; // a newer search has started
    shown = results;
    list.replaceChildren();
    const label = query || "所选条件";
    status.textContent = shown.length ? `找到 ${shown.length} 个 ${label} 的相关结果` : `未找到 ${label} 的相关结果`;
    note.hidden = !fallback;
    renderFilters(valueCounts);
    await renderMore();
  }

  function fail(error) {
    status.textContent = "搜索暂时无法使用，请稍后再试。";
    console.error(error);
  }
  function go() {
    clearTimeout(timer);
    run().catch(fail);
  }
  function later() {
    clearTimeout(timer);
    timer = setTimeout(go, PAUSE_MS);
  }
  // Not while an input method is still composing (pinyin letters are not the query).
  input.addEventListener("input", (event) => { if (!event.isComposing) later(); });
  input.addEventListener("compositionend", later);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    go();
  });
  groups.addEventListener("change", (event) => {
    const box = event.target;
    if (!box.matches(".digest-search__filter")) return;
    if (box.checked) chosen.get(box.name).add(box.value); else chosen.get(box.name).delete(box.value);
    go();
  });
  more.addEventListener("click", () => renderMore().catch(fail));

  // Open on wide screens, where the filters stand beside the results; folded on small ones.
  filterBox.open = matchMedia("(min-width: 60em)").matches;
  input.value = new URLSearchParams(location.search).get("q") || "";
  if (!input.value) input.focus();
  go();
}

const root = document.querySelector(".digest-search");
if (root) start(root);
