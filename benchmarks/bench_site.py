#!/usr/bin/env python3
"""Site at scale: build time, site size, and search cost in headless Chromium.

    python benchmarks/bench_site.py [--articles 5000] [--keep DIR] [--material]

Generates N synthetic articles, renders docs/ with the real render stage, builds the
site with MkDocs and Pagefind (as `build_digest.py build --site` does), then serves it
on 127.0.0.1 and searches in Debian's chromium: bytes transferred and time until the
first result shows, for a cold first query and for later ones. Parsing is not timed
here (benchmarks/bench_parse.py): the articles are made directly.

The text stays honest about vocabulary: each article takes real paragraphs from the
sample page's gold annotation (with the park names swapped for its own park) and adds
a paragraph of words drawn from jieba's dictionary by frequency, so the index grows
with new words as a real archive does instead of repeating six articles' words.
--material also builds with Material's built-in search to compare its index size.
"""
from __future__ import annotations

import argparse
import hashlib
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

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from digest import gazetteer  # noqa: E402
from digest.build import build_site, load_site_config, publish  # noqa: E402
from digest.models import Article, Author, Block, Page  # noqa: E402
from digest.read import Issue, PageEntry  # noqa: E402
from digest.record import BuildRecord  # noqa: E402
from digest.site_index import PlacedPage  # noqa: E402
from sitedata import CHROMIUM, CHROMIUM_ARGS, gold_articles, serve  # noqa: E402

ARTICLES_PER_PAGE = 3
PAGES_PER_ISSUE = 4  # a weekly issue with four park pages: 12 articles a week
QUERIES = ["知识产权质押", "光谷", "中关村", "新能源汽车"]


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


def synthetic_archive(count: int, seed: int = 1) -> list[PlacedPage]:
    rng = random.Random(seed)
    gold = gold_articles()
    gold_parks = sorted({a.park for a in gold}, key=len, reverse=True)
    paragraphs = [b.text for a in gold for b in a.blocks if b.type == "paragraph"]
    headings = [b.text for a in gold for b in a.blocks if b.type == "heading"]
    titles = [a.title for a in gold]
    zones = gazetteer.zones()
    topics = [t["label"] for t in yaml.safe_load((ROOT / "data" / "topics.yaml").read_text(encoding="utf-8"))["topics"]]
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
        entry = PageEntry(f"page-{page_no + 1}.txt", page_no + 1, "园区")
        articles = []
        for i in range(n, min(n + ARTICLES_PER_PAGE, count)):
            zone = rng.choice(zones)
            blocks = [Block("paragraph", swap_parks(p, zone.short)) for p in rng.sample(paragraphs, rng.randint(3, 6))]
            blocks.insert(rng.randint(1, len(blocks)), Block("heading", rng.choice(headings)))
            blocks.append(Block("paragraph", "".join(rng.choices(words, weights, k=rng.randint(60, 160))) + "。"))
            articles.append(Article(
                id=hashlib.sha1(f"bench-{i}".encode()).hexdigest()[:10],
                title=swap_parks(rng.choice(titles), zone.short) + f"（{i}）",
                authors=[Author(rng.choice(["王成龙", "赵鹏", "张辉", "林露虹"]), "记者")], blocks=blocks,
                park=zone.short, parks=[zone.short], province=zone.province, city=zone.city,
                topics=rng.sample(topics, rng.randint(1, 3)), keywords=rng.sample(words[:3000], 6),
                summary=blocks[0].text[:110]))
        placed.append(PlacedPage(issue, entry, f"sources/{date}/{entry.file}", Page(entry.file, articles=articles)))
    return placed


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def measure_search(site: Path, queries: list[str]) -> list[dict]:
    """Per query, in a fresh browser profile: what loading the search page fetched, then
    what typing the query fetched until the first results showed, and how long that took;
    then the query again after another search (Pagefind already loaded)."""
    from playwright.sync_api import sync_playwright

    rows = []
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for query in queries:
            context = browser.new_context()
            page = context.new_page()
            responses: list = []
            page.on("response", lambda response: responses.append(response))
            page.goto(base + "search/", wait_until="networkidle")
            page_load = _bytes(responses)
            box = page.locator(".pagefind-ui__search-input")
            for warm in (False, True):
                if warm:  # another search first, so this one is not served from the UI's state
                    box.fill("高新区")
                    page.locator(".pagefind-ui__message", has_text=_done("高新区")).wait_for(timeout=30_000)
                    page.wait_for_load_state("networkidle")
                responses.clear()
                started = time.perf_counter()
                box.fill(query)
                page.locator(".pagefind-ui__message", has_text=_done(query)).wait_for(timeout=30_000)
                seconds = time.perf_counter() - started
                page.wait_for_load_state("networkidle")
                rows.append({"query": query, "warm": warm, "page_load": page_load, "bytes": _bytes(responses),
                             "requests": len(responses), "seconds": seconds,
                             "message": page.locator(".pagefind-ui__message").inner_text()})
            context.close()
        browser.close()
    return rows


def _done(query: str) -> re.Pattern[str]:
    """The UI's message once results are in: 找到 N 个 <query> 的相关结果, or 未找到 <query> ...."""
    return re.compile(f"找到.*{re.escape(query)}")


def _bytes(responses: list) -> int:
    return sum(len(r.body()) for r in responses if r.ok)


def material_index_size(repo: Path) -> tuple[int, float]:
    """search_index.json of Material's built-in search over the same docs/."""
    config = repo / "mkdocs-material-search.yml"
    text = (repo / "mkdocs.yml").read_text(encoding="utf-8").replace("plugins: []", "plugins: [search]")
    config.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config), "-d",
                    str(repo / "site-material")], check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    seconds = time.perf_counter() - started
    return (repo / "site-material" / "search" / "search_index.json").stat().st_size, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000, help="synthetic articles (default 5000)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary one)")
    parser.add_argument("--material", action="store_true", help="also measure Material's built-in search index")
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
    build_site(repo / "mkdocs.yml", repo / "site", repo / "docs")
    timings["mkdocs build + search index"] = time.perf_counter() - started

    print(f"{args.articles} articles, {len(placed)} pages, {len(result.written)} files in docs/")
    for label, seconds in timings.items():
        print(f"  {label:32s} {seconds:7.1f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"  peak memory: render {peak[0] / 1024:.0f} MB, mkdocs/pagefind {peak[1] / 1024:.0f} MB")
    for label, folder in (("docs/", repo / "docs"), ("site/", repo / "site"), ("site/pagefind/", repo / "site" / "pagefind")):
        size, files = folder_size(folder)
        print(f"  {label:16s} {size / 2**20:8.1f} MB in {files} files")
    if args.material:
        size, seconds = material_index_size(repo)
        print(f"  Material search_index.json {size / 2**20:.1f} MB (build with it {seconds:.1f} s)")

    print("search (Pagefind UI in headless chromium; bytes as served, uncompressed; times include"
          " the UI's 300 ms input debounce):")
    for row in measure_search(repo / "site", QUERIES):
        state = "again" if row["warm"] else f"first (page load {row['page_load'] / 1024:.0f} KB)"
        print(f"  {row['query']:8s} {state:26s} {row['bytes'] / 1024:6.0f} KB in {row['requests']:3d} requests, "
              f"first results after {row['seconds']:.2f} s  ({row['message']})")
    if not args.keep:
        shutil.rmtree(repo)


if __name__ == "__main__":
    main()
