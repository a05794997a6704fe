#!/usr/bin/env python3
"""Site at scale: build time, site size, and search cost in headless Chromium.

    python -m benchmarks.bench_site [--articles 5000] [--keep DIR] [--material]

Generates N synthetic articles, renders docs/ with the real render stage, builds the
site with MkDocs and Pagefind (as `build_digest.py build --site` does), then serves it
on 127.0.0.1 and searches in Debian's chromium: bytes transferred and time until the
first result shows, for a cold first query and for later ones, and every result checked
against the articles that contain the query. Parsing is not timed here
(benchmarks/bench_parse.py): the articles are made directly.

The text stays honest about vocabulary: each article takes real paragraphs from the
sample page's gold annotation (with the park names swapped for its own park) and adds
a paragraph of words drawn from jieba's dictionary by frequency, so the index grows
with new words as a real archive does instead of repeating six articles' words.
--material also builds with Material's built-in search to compare its index size.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jieba
import yaml

from digest.build import publish, run_mkdocs
from digest.editorial.record import BuildRecord
from digest.language import gazetteer
from digest.models import Article, Author, Block, Issue, IssuePage, Page, SourcePage
from digest.site.config import load_site_config
from digest.site.search_index import records, search_text, write_index
from tests.sitedata import CHROMIUM, CHROMIUM_ARGS, gold_articles, serve

ROOT = Path(__file__).resolve().parent.parent

ARTICLES_PER_PAGE = 3
PAGES_PER_ISSUE = 4  # a weekly issue with four park pages: 12 articles a week
QUERIES = ["知识产权质押", "光谷", "中关村", "新能源汽车"]
HAN = r"[\u3400-\u9fff\uf900-\ufaff]"


def vocabulary(size: int = 60_000) -> tuple[list[str], list[int]]:
    """jieba's most frequent Chinese words and their frequencies."""
    rows = []
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, freq, *_ = line.split()
            if len(word) > 1 and re.fullmatch(r"[\u4e00-\u9fff]+", word):
                rows.append((int(freq), word))
    rows.sort(reverse=True)
    return [w for _, w in rows[:size]], [f for f, _ in rows[:size]]


def synthetic_archive(count: int, seed: int = 1) -> list[SourcePage]:
    rng = random.Random(seed)
    gold = gold_articles()
    gold_parks = sorted({a.park for a in gold}, key=len, reverse=True)
    paragraphs = [b.text for a in gold for b in a.blocks if b.type == "paragraph"]
    headings = [b.text for a in gold for b in a.blocks if b.type == "heading"]
    titles = [a.title for a in gold]
    zones = gazetteer.zones()
    topics = [
        t["label"]
        for t in yaml.safe_load((ROOT / "data" / "topics.yaml").read_text(encoding="utf-8"))["topics"]
    ]
    words, weights = vocabulary()

    def swap_parks(text: str, name: str) -> str:
        for park in gold_parks:
            text = text.replace(park, name)
        return text

    placed = []
    per_issue = ARTICLES_PER_PAGE * PAGES_PER_ISSUE
    start = 2026 * 12 - (count // per_issue) // 4  # weekly issues ending this year
    for n in range(0, count, ARTICLES_PER_PAGE):
        issue_no, page_no = divmod(n // ARTICLES_PER_PAGE, PAGES_PER_ISSUE)
        month = start + issue_no // 4
        date = f"{month // 12}-{month % 12 + 1:02d}-{1 + 7 * (issue_no % 4):02d}"
        issue = Issue(key=date, publication="中国高新技术产业导报", date=date)
        entry = IssuePage(f"page-{page_no + 1}.txt", page_no + 1, "园区")
        articles = []
        for i in range(n, min(n + ARTICLES_PER_PAGE, count)):
            zone = rng.choice(zones)
            blocks = [
                Block("paragraph", swap_parks(p, zone.short))
                for p in rng.sample(paragraphs, rng.randint(3, 6))
            ]
            blocks.insert(rng.randint(1, len(blocks)), Block("heading", rng.choice(headings)))
            blocks.append(
                Block("paragraph", "".join(rng.choices(words, weights, k=rng.randint(60, 160))) + "。")
            )
            articles.append(
                Article(
                    id=hashlib.sha1(f"bench-{i}".encode()).hexdigest()[:10],
                    title=swap_parks(rng.choice(titles), zone.short) + f"（{i}）",
                    authors=[Author(rng.choice(["王成龙", "赵鹏", "张辉", "林露虹"]), "记者")],
                    blocks=blocks,
                    park=zone.short,
                    parks=[zone.short],
                    province=zone.province,
                    city=zone.city,
                    topics=rng.sample(topics, rng.randint(1, 3)),
                    keywords=rng.sample(words[:3000], 6),
                    summary=blocks[0].text[:110],
                )
            )
        placed.append(
            SourcePage(issue, entry, f"sources/{date}/{entry.file}", Page(entry.file, articles=articles))
        )
    return placed


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def measure_search(site: Path, queries: list[str], truth: dict[str, set[str]]) -> list[dict]:
    """Per query, in a fresh browser profile: what loading the search page fetched, then
    what typing the query fetched and how long until Pagefind's count and then the first
    result showed; then the query again after another search (Pagefind already loaded).
    The count is checked against `truth` (query -> URLs of the articles containing it):
    the search page's Pagefind is asked for every result, not only the ones shown."""
    from playwright.sync_api import sync_playwright

    urls = fragment_urls(site / "pagefind")
    rows = []
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for query in queries:
            context = browser.new_context(locale="zh-CN")
            page = context.new_page()
            responses: list = []
            page.on("response", lambda response: responses.append(response))
            page.goto(base + "search/", wait_until="networkidle")
            page_load = _bytes(responses)
            box = page.locator(".pagefind-ui__search-input")
            for warm in (False, True):
                if warm:  # another search first, so this one is not served from the UI's state
                    box.fill("高新区")
                    _wait(page, _COUNTED, "高新区")
                    _settle(page, responses)
                responses.clear()
                started = time.perf_counter()
                box.fill(query)
                _wait(page, _COUNTED, query)
                counted = time.perf_counter() - started
                _wait(page, _SHOWN, query)
                shown = time.perf_counter() - started
                _settle(page, responses)
                rows.append(
                    {
                        "query": query,
                        "warm": warm,
                        "page_load": page_load,
                        "bytes": _bytes(responses),
                        "requests": len(responses),
                        "counted": counted,
                        "shown": shown,
                        "message": page.locator(".pagefind-ui__message").inner_text(),
                    }
                )
            # Every result of the same search, through the page's own Pagefind.
            ids = page.evaluate(
                """async (term) => {
                const pagefind = await import(new URL("../pagefind/pagefind.js", location.href).href);
                return (await pagefind.search(term)).results.map(r => r.id);
            }""",
                page_term(query),
            )
            found = {urls[i] for i in ids}
            count = re.search(r"找到 ([\d,]+) 个", rows[-1]["message"])  # none in 未找到 ...
            shown_count = int(count.group(1).replace(",", "")) if count else 0
            for row in rows[-2:]:
                row.update(
                    found=len(found),
                    shown_count=shown_count,
                    containing=len(truth[query]),
                    missed=len(truth[query] - found),
                    extra=len(found - truth[query]),
                )
            context.close()
        browser.close()
    return rows


def page_term(query: str) -> str:
    """What the search page hands Pagefind for a query (processTerm in search.html)."""
    query = query.strip()
    paired = " ".join(search_text(query).split())
    return f'"{paired}"' if re.fullmatch(f"{HAN}{{2,}}", query) else paired


def containing(docs: Path, queries: list[str]) -> dict[str, set[str]]:
    """Per query, the articles whose searchable text (the page's text and its park's
    names) contains it: the query's pairs stand in a row in the record's paired text."""
    phrases = {q: f" {' '.join(search_text(q).split())} " for q in queries}
    found: dict[str, set[str]] = {q: set() for q in queries}
    for record in records(docs):
        text = f" {' '.join(record['content'].split())} "
        for query, phrase in phrases.items():
            if phrase in text:
                found[query].add(record["url"])
    return found


def fragment_urls(bundle: Path) -> dict[str, str]:
    """Pagefind's result id (its fragment file's name) -> the article URL."""
    urls = {}
    for path in (bundle / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        urls[path.stem] = json.loads(data[data.index(b"{") :])["url"]
    return urls


def _settle(page, responses: list, quiet: float = 0.5, limit: float = 10.0) -> None:
    """Wait until nothing more was fetched for `quiet` seconds (results load after the count)."""
    deadline = time.perf_counter() + limit
    seen, since = len(responses), time.perf_counter()
    while time.perf_counter() < deadline and time.perf_counter() - since < quiet:
        page.wait_for_timeout(100)
        if len(responses) != seen:
            seen, since = len(responses), time.perf_counter()


# The UI's message once the search is done (找到 N 个 <query> 的相关结果, or 未找到 <query> ...),
# and then the first result's title (loaded after the count) or the message that there is none.
_COUNTED = """q => {
    const m = document.querySelector(".pagefind-ui__message");
    return m !== null && m.textContent.includes("找到") && m.textContent.includes(q);
}"""
_SHOWN = """q => {
    const m = document.querySelector(".pagefind-ui__message");
    return m !== null && m.textContent.includes(q)
        && (m.textContent.startsWith("未找到")
            || document.querySelector(".pagefind-ui__result-link") !== null);
}"""


def _wait(page, condition: str, query: str) -> None:
    """Check `condition` at every frame (a locator's wait backs off to 0.5 s between checks)."""
    page.wait_for_function(condition, arg=query, polling="raf", timeout=30_000)


def _bytes(responses: list) -> int:
    return sum(len(r.body()) for r in responses if r.ok)


def material_index_size(repo: Path) -> tuple[int, float]:
    """search_index.json of Material's built-in search over the same docs/."""
    config = repo / "mkdocs-material-search.yml"
    text = (repo / "mkdocs.yml").read_text(encoding="utf-8").replace("plugins: []", "plugins: [search]")
    config.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--quiet",
            "-f",
            str(config),
            "-d",
            str(repo / "site-material"),
        ],
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    seconds = time.perf_counter() - started
    return (repo / "site-material" / "search" / "search_index.json").stat().st_size, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000, help="synthetic articles (default 5000)")
    parser.add_argument(
        "--keep", type=Path, help="build in this folder and keep it (default: a temporary one)"
    )
    parser.add_argument(
        "--material", action="store_true", help="also measure Material's built-in search index"
    )
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} is missing: apt-get install chromium fonts-wqy-microhei")

    repo = args.keep or Path(tempfile.mkdtemp(prefix="bench-site-"))
    repo.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", repo / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", repo / "templates", dirs_exist_ok=True)
    shutil.rmtree(repo / "docs", ignore_errors=True)
    placed = synthetic_archive(args.articles)

    timings = {}
    started = time.perf_counter()
    record = BuildRecord.load(repo / "docs")
    result, _ = publish(placed, record, load_site_config(repo / "mkdocs.yml"))
    record.save()
    timings["render + write docs/"] = time.perf_counter() - started
    started = time.perf_counter()
    again, _ = publish(placed, BuildRecord.load(repo / "docs"), load_site_config(repo / "mkdocs.yml"))
    timings["second run (nothing changed)"] = time.perf_counter() - started
    assert not again.written, "a second run must write nothing"
    started = time.perf_counter()
    run_mkdocs(repo / "mkdocs.yml", repo / "site")
    write_index(repo / "docs", repo / "site")
    timings["mkdocs build + search index"] = time.perf_counter() - started

    print(f"{args.articles} articles, {len(placed)} pages, {len(result.written)} files in docs/")
    for label, seconds in timings.items():
        print(f"  {label:32s} {seconds:7.1f} s")
    peak = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    print(f"  peak memory: render {peak[0] / 1024:.0f} MB, mkdocs/pagefind {peak[1] / 1024:.0f} MB")
    for label, folder in (
        ("docs/", repo / "docs"),
        ("site/", repo / "site"),
        ("site/pagefind/", repo / "site" / "pagefind"),
    ):
        size, files = folder_size(folder)
        print(f"  {label:16s} {size / 2**20:8.1f} MB in {files} files")
    if args.material:
        size, seconds = material_index_size(repo)
        print(f"  Material search_index.json {size / 2**20:.1f} MB (build with it {seconds:.1f} s)")

    print(
        "search (Pagefind UI in headless chromium; bytes as served; times from typing the query, with"
        " the UI's 300 ms input debounce, until the count and until the first result shows):"
    )
    truth = containing(repo / "docs", QUERIES)
    for row in measure_search(repo / "site", QUERIES, truth):
        state = "again" if row["warm"] else f"first (page load {row['page_load'] / 1024:.0f} KB)"
        print(
            f"  {row['query']:6s} {state:26s} {row['bytes'] / 1024:5.0f} KB "
            f"in {row['requests']:2d} requests, "
            f"count {row['counted']:.2f} s, first result {row['shown']:.2f} s"
        )
        if row["warm"]:
            print(
                f"  {'':6s} found {row['found']} (the page says {row['shown_count']}) of {row['containing']} "
                f"articles containing it: {row['missed']} missed, {row['extra']} not containing it"
            )
    if not args.keep:
        shutil.rmtree(repo)


if __name__ == "__main__":
    main()
