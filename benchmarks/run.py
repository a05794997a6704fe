#!/usr/bin/env python3
"""The build as a user runs it, at archive scale: build times, memory, throughput, site size, search.

    python benchmarks/run.py --articles 1000 [--seed 1] [--profile] [--keep DIR]
    (or python -m benchmarks.run ...)

Generates a sources/ tree of about N articles (tests/pagegen.py pages from both corpora,
3-7 articles a page, about N/5 pages, weekly issues of 2-4 pages) in a temporary folder,
each article moved to another park, with other figures and a paragraph of its own; then runs
`build_digest.py build` from this repository on it, each run a subprocess:

    (a) cold `build --site`            (b) one new issue page, `build --site`
    (c) the same new page, `build` only (docs/ only)
    (d) one article's title edited by hand in docs/, `build --site`
    (e) CI: docs/ as committed, no site/, nothing to parse, `build --site`

Per run: wall and CPU time, the build's own phase times when it has `--timings FILE`
(else wall time only, said so), and the peak RSS of the whole process tree (MkDocs and
Pagefind run as child processes). Then, apart: parse pages/s in-process on one core
and on all cores, enrich articles/s, site size, and one search for 知识产权质押 in
headless chromium (bytes it loads, seconds to the first result). Prints a table and
writes benchmarks/results-N.json. --profile also runs the cold build and MkDocs under
cProfile and prints the top functions per phase.

A benchmark, not a test: it takes minutes at 5,000 articles and its figures depend on
the machine's load (recorded with the results).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import importlib
import itertools
import json
import multiprocessing
import os
import platform
import pstats
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if not __package__:  # run as a file (python benchmarks/run.py), not as benchmarks.run: the checkout's imports
    sys.path.insert(0, str(ROOT))

from tests.pagegen import generate_page, page_seeds  # noqa: E402  (the generator, as tools/make_pages.py imports it)

CORPORA = (ROOT / "tests" / "corpus" / "articles.yaml", ROOT / "tests" / "corpus" / "heldout.yaml")
ZONES = ROOT / "data" / "hitech_zones.tsv"
CLI = "build_digest.py"
CODE = ("build_digest.py", "digest", "data", "templates", "mkdocs.yml")  # what a build reads of the checkout
PUBLICATION = "中国高新技术产业导报"
LAST_ISSUE = dt.date(2026, 11, 27)  # fixed, so a seed gives the same archive on any day
PAGES_PER_ISSUE = (2, 4)
STORIES_PER_PAGE = 8  # the generator picks 3-7 of what it is given
QUERY = "知识产权质押"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
RSS_INTERVAL = 0.05
# The phases this report shows, and the words the build's --timings keys may use for them;
# keys matching none are summed as "other".
PHASES = {
    "gather": ("gather",),
    "parse": ("parse",),
    "enrich": ("enrich",),
    "render": ("render", "write", "publish"),
    "mkdocs": ("mkdocs",),
    "search index": ("search", "pagefind", "index"),
}
# Which phase a profiled function belongs to: digest's modules by folder (room) or file
# name, checked in this order, old layout and new (digest/ was reorganised in rooms); the
# driver (build.py, cli.py) and modules matching none are listed apart. Then the packages.
DIGEST_GROUPS = {
    "search index": {"search_index"},
    "parse": {"parse", "pipeline", "read", "layout", "segment", "assign"},
    "enrich": {"enrich"},
    "language (parse and enrich)": {"language", "nlp", "text", "names", "gazetteer"},
    "render": {
        "site",
        "editorial",
        "render",
        "feeds",
        "site_index",
        "record",
        "corrections",
        "identity",
        "pagefile",
        "history",
        "markup",
    },
}
PACKAGE_GROUPS = {
    "language (parse and enrich)": {"jieba"},
    "render": {"jinja2"},
    "mkdocs": {"mkdocs", "material", "pymdownx", "markdown"},
}
GROUP_ORDER = [
    "parse",
    "enrich",
    "language (parse and enrich)",
    "render",
    "mkdocs",
    "search index",
    "other digest",
]


# --- the generated archive ------------------------------------------------------------


@dataclass
class Archive:
    pages: list[Path] = field(default_factory=list)
    articles: int = 0
    issues: list[str] = field(default_factory=list)


def load_stories() -> list[dict]:
    """Both corpora: 59 written articles (the held-out ones were never tuned on)."""
    return [
        story for path in CORPORA for story in yaml.safe_load(path.read_text(encoding="utf-8"))["articles"]
    ]


def load_zones() -> list[tuple[str, str]]:
    """(official name, short name) of every national high-tech zone."""
    rows = [line.split("\t") for line in ZONES.read_text(encoding="utf-8").splitlines()[1:]]
    return [(row[0], row[1]) for row in rows if len(row) > 1]


@functools.lru_cache(maxsize=1)
def vocabulary(size: int = 60_000) -> tuple[list[str], list[int]]:
    """bench_site.py's vocabulary with cumulative counts (else every draw sums 60,000 weights again)."""
    from benchmarks.bench_site import vocabulary as words_and_counts

    words, counts = words_and_counts(size)
    return words, list(itertools.accumulate(counts))


def word_paragraph(rng: random.Random) -> str:
    """A paragraph of dictionary words in clauses: new vocabulary per article, so the search
    index grows as a real archive's does instead of repeating 59 articles' words."""
    words, cumulative = vocabulary()
    clauses = [
        "".join(rng.choices(words, cum_weights=cumulative, k=rng.randint(4, 9)))
        for _ in range(rng.randint(4, 10))
    ]
    return "，".join(clauses) + "。"


def vary_story(story: dict, rng: random.Random, zones: list[tuple[str, str]], key: str) -> dict:
    """The story about another park, with other small figures and one paragraph of its own:
    59 stories laid out again and again would make an archive of repeated titles."""
    official, short = next(((o, s) for o, s in zones if o == story["park"]), (story["park"], story["park"]))
    new_official, new_short = rng.choice(zones)

    def swap(text: str) -> str:
        text = text.replace(official, "\0").replace(short, new_short).replace("\0", new_official)
        # Figures of up to three digits only (not 5G or 1.5): years and long numbers stay plausible.
        return re.sub(
            r"(?<![\dA-Za-z.])[1-9]\d{0,2}(?![\dA-Za-z.])",
            lambda m: str(rng.randint(10 ** (len(m[0]) - 1), 10 ** len(m[0]) - 1)),
            text,
        )

    varied = {k: swap(v) if isinstance(v, str) and k not in ("id", "kind") else v for k, v in story.items()}
    varied.update(id=key, park=new_official, body=[swap(str(b)) for b in story["body"]])
    if story.get("caption"):
        varied["caption"] = {k: swap(str(v or "")) for k, v in story["caption"].items()}
    # Never first: a news item's first paragraph carries its dateline.
    varied["body"].insert(rng.randint(1, len(varied["body"])), word_paragraph(rng))
    return varied


def generate_pages(articles: int, seed: int) -> Iterator[tuple[str, int]]:
    """(raw page text, articles on it) until about `articles` articles are laid out."""
    rng = random.Random(seed)
    stories, zones = load_stories(), load_zones()
    laid_out = 0
    for number, page_seed in enumerate(page_seeds(seed, articles), 1):
        if laid_out >= articles:
            return
        chosen = rng.sample(stories, STORIES_PER_PAGE)
        corpus = [vary_story(s, rng, zones, f"{s['id']}-{number}-{k}") for k, s in enumerate(chosen)]
        raw, gold = generate_page(page_seed, corpus)
        laid_out += len(gold["articles"])
        yield raw, len(gold["articles"])


def write_issue(sources: Path, date: dt.date, texts: list[str], rng: random.Random) -> list[Path]:
    """sources/<date>/ with its page files and a valid issue.yml; returns the page files."""
    folder = sources / date.isoformat()
    folder.mkdir(parents=True)
    numbers = sorted(rng.sample(range(2, 17), len(texts)))  # the park pages of an issue, not its front page
    entries, files = [], []
    for number, text in zip(numbers, texts):
        name = f"park-page-{date.isoformat()}-{number:02d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        entries.append({"file": name, "number": number, "name": "园区"})
        files.append(folder / name)
    manifest = {"publication": PUBLICATION, "date": date.isoformat(), "pages": entries}
    (folder / "issue.yml").write_text(
        yaml.safe_dump(manifest, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return files


def generate_archive(sources: Path, articles: int, seed: int) -> Archive:
    """Weekly issues ending on LAST_ISSUE, oldest first, about `articles` articles in all."""
    pages = list(generate_pages(articles, seed))
    rng = random.Random(seed)
    sizes: list[int] = []
    while sum(sizes) < len(pages):
        sizes.append(min(rng.randint(*PAGES_PER_ISSUE), len(pages) - sum(sizes)))
    archive = Archive(articles=sum(n for _, n in pages))
    start = 0
    for week, size in enumerate(sizes):
        date = LAST_ISSUE - dt.timedelta(weeks=len(sizes) - 1 - week)
        archive.pages += write_issue(sources, date, [text for text, _ in pages[start : start + size]], rng)
        archive.issues.append(date.isoformat())
        start += size
    return archive


def add_new_issue(sources: Path, seed: int) -> Path:
    """One page of next week's issue (the incremental case)."""
    rng = random.Random(seed + 1_000_003)
    text, _ = next(generate_pages(5, seed + 1_000_003))
    return write_issue(sources, LAST_ISSUE + dt.timedelta(weeks=1), [text], rng)[0]


def edit_article(docs: Path) -> str:
    """An editor's correction: one article's title, in its front matter and its heading.
    Returns the page edited, relative to docs/."""
    page = sorted(p for p in docs.glob("[0-9][0-9][0-9][0-9]/*/*.md"))[0]
    text = page.read_text(encoding="utf-8")
    heading = re.search(r"^# (.+)$", text, re.M)
    if not heading or not re.search(r"^title: .*$", text, re.M):
        raise SystemExit(f"docs/{page.relative_to(docs)}: no title line or heading to edit")
    title = heading[1] + "（标题已更正）"
    # A JSON string is a valid YAML scalar, whatever the title holds.
    text = re.sub(
        r"^title: .*$", lambda _: "title: " + json.dumps(title, ensure_ascii=False), text, count=1, flags=re.M
    )
    text = text.replace(heading[0], "# " + title, 1)
    page.write_text(text, encoding="utf-8")
    return str(page.relative_to(docs))


# --- running the CLI ------------------------------------------------------------------


@dataclass
class BuildRun:
    label: str
    wall_s: float
    cpu_s: float  # user + system of the whole tree: what the build costs, whatever else the machine runs
    peak_rss_mb: float
    phases: dict[str, float] | None
    timings: dict[str, float] | None
    parsed: int | None
    summary: str


class TreeRss:
    """Peak summed VmRSS of a process and all its descendants, polled on a thread: MkDocs
    and Pagefind are child processes, so the build's own getrusage would miss them."""

    def __init__(self, pid: int, interval: float = RSS_INTERVAL):
        self.pid, self.interval, self.peak_kb = pid, interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def _poll(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(pid) for pid in _tree(self.pid)))
            self._stop.wait(self.interval)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_kb / 1024


def _tree(root: int) -> list[int]:
    """root and its descendants, from the parent pid in /proc/<pid>/stat."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:  # gone meanwhile
                continue
            parent = int(stat[stat.rindex(")") + 2 :].split()[1])  # after "pid (comm) state"
            children.setdefault(parent, []).append(int(entry.name))
    found, queue = [], [root]
    while queue:
        pid = queue.pop()
        found.append(pid)
        queue += children.get(pid, [])
    return found


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0  # exited, or a zombie (no VmRSS line)


def cli_has_timings(code: Path) -> bool:
    """Whether `build` takes --timings FILE (being added to digest/build.py)."""
    done = subprocess.run(
        [sys.executable, str(code / CLI), "build", "--help"], cwd=code, capture_output=True, text=True
    )
    return done.returncode == 0 and "--timings" in done.stdout


def build_command(code: Path, project: Path, site: bool, timings: Path | None) -> list[str]:
    command = [
        sys.executable,
        str(code / CLI),
        "build",
        "--quiet",
        "--sources",
        str(project / "sources"),
        "--docs",
        str(project / "docs"),
    ]
    if site:
        command += ["--site", str(project / "site")]
    if timings:
        command += ["--timings", str(timings)]
    return command


def run_build(code: Path, label: str, project: Path, site: bool, with_timings: bool) -> BuildRun:
    """One `build_digest.py build` as a user runs it, from the code folder, on the project's folders."""
    timings_file = project / "timings.json" if with_timings else None
    if timings_file:
        timings_file.unlink(missing_ok=True)
    cpu_before = _children_cpu()
    started = time.perf_counter()
    process = subprocess.Popen(
        build_command(code, project, site, timings_file),
        cwd=code,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    rss = TreeRss(process.pid)
    out, err = process.communicate()
    wall = time.perf_counter() - started
    peak = rss.stop()
    cpu = _children_cpu() - cpu_before  # the build reaps MkDocs and Pagefind, so they count too
    if process.returncode != 0:
        raise SystemExit(f"{label}: build failed (exit {process.returncode})\n{out}{err}")
    timings = read_timings(timings_file)
    # The report line ("N page files (M parsed), ..."); the build may print progress lines before it.
    lines = out.strip().splitlines() or [""]
    summary = next((line for line in lines if "page files" in line), lines[-1])
    parsed = re.search(r"\((\d+) parsed\)", summary)
    return BuildRun(
        label, wall, cpu, peak, phase_times(timings), timings, int(parsed[1]) if parsed else None, summary
    )


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def read_timings(path: Path | None) -> dict[str, float] | None:
    if path is None or not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data.items() if isinstance(v, (int, float))}


def phase_times(timings: dict[str, float] | None) -> dict[str, float] | None:
    """The build's timings under this report's five phase names (keys matched by word)."""
    if timings is None:
        return None
    phases: dict[str, float] = {}
    for key, seconds in timings.items():
        name = key.lower().replace("_", " ")
        phase = next((p for p, words in PHASES.items() if any(w in name for w in words)), "other")
        phases[phase] = phases.get(phase, 0.0) + seconds
    return phases


def make_project(code: Path, folder: Path) -> Path:
    """What MkDocs reads beside docs/: mkdocs.yml (docs_dir docs, found as docs/../mkdocs.yml)
    and templates/ (its theme overrides and hook). The CLI and digest/ run from `code`."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(code / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(code / "templates", folder / "templates")
    return folder


def snapshot_code(target: Path) -> Path:
    """A copy of what the CLI runs on, for --snapshot: others edit digest/ meanwhile, and an
    edit mid-run breaks a build or changes the parser's fingerprint (every page parsed again)."""
    target.mkdir(parents=True)
    for name in CODE:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(ROOT / name, target / name)
    return target


def run_scenarios(code: Path, project: Path, seed: int, with_timings: bool) -> tuple[list[BuildRun], dict]:
    """Builds (a)-(e) in order; also the site's size after the cold build and what was edited."""
    docs, site = project / "docs", project / "site"
    runs = [run_build(code, "(a) cold build --site", project, True, with_timings)]
    facts = {"site_bytes": folder_bytes(site), "pagefind_bytes": folder_bytes(site / "pagefind")}
    # (b) and (c) start from the same docs/: (c) is (b) without MkDocs and the index.
    before = project / "docs-before-new-page"
    shutil.copytree(docs, before)
    facts["new_page"] = str(add_new_issue(project / "sources", seed).relative_to(project))
    runs.append(run_build(code, "(b) new page, build --site", project, True, with_timings))
    shutil.rmtree(docs)
    before.rename(docs)
    runs.append(run_build(code, "(c) new page, build (docs/ only)", project, False, with_timings))
    facts["edited"] = edit_article(docs)
    runs.append(run_build(code, "(d) title edited in docs/, build --site", project, True, with_timings))
    shutil.rmtree(site)  # a CI checkout has docs/ and its build record, never site/
    runs.append(run_build(code, "(e) CI: nothing to parse, build --site", project, True, with_timings))
    return runs, facts


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


# --- parse and enrich throughput, in-process ------------------------------------------


def parse_in_process() -> tuple[Callable, Callable] | None:
    """(parse_page, RawPage) where the package has them: digest.parse since the rooms,
    digest.pipeline before; None if neither imports (then the CLI is timed instead)."""
    for module in ("digest.parse", "digest.pipeline"):
        try:
            parse_page = importlib.import_module(module).parse_page
            return parse_page, importlib.import_module("digest.models").RawPage
        except (ImportError, AttributeError):
            continue
    return None


def _worker_start(barrier: Any, warm_text: str) -> None:
    """Load jieba and the parser's tables before the clock starts, then wait for the others."""
    parse_page, RawPage = parse_in_process()
    parse_page(RawPage("warm.txt", warm_text))
    barrier.wait(timeout=300)


def _parse_text(text: str) -> int:
    parse_page, RawPage = parse_in_process()
    return len(parse_page(RawPage("page.txt", text)).articles)


def parse_rates(texts: list[str]) -> tuple[dict, list]:
    """Pages/s on one core (sequential) and on all cores (a Pool), each after a warm-up, so
    jieba's one-off load is not counted; also the parsed pages, for enrich."""
    parse_page, RawPage = parse_in_process()
    parse_page(RawPage("warm.txt", texts[0]))
    pages, wall, cpu = timed(lambda: [parse_page(RawPage(f"p{i}.txt", text)) for i, text in enumerate(texts)])
    cores = os.cpu_count() or 1
    barrier = multiprocessing.Barrier(cores + 1)
    with multiprocessing.Pool(cores, initializer=_worker_start, initargs=(barrier, texts[0])) as pool:
        barrier.wait(timeout=300)
        started = time.perf_counter()
        pool.map(_parse_text, texts, chunksize=max(1, len(texts) // (cores * 8)))
        every = len(texts) / (time.perf_counter() - started)
    return {
        "how": f"in-process {parse_page.__module__}.parse_page",
        "pages": len(texts),
        "one_core": len(texts) / wall,
        "one_core_cpu": len(texts) / cpu,
        "all_cores": every,
        "cores": cores,
    }, pages


def timed(action: Callable[[], Any]) -> tuple[Any, float, float]:
    """The result, wall seconds and this process's CPU seconds: on a shared machine the
    second says what the code costs, the first what it took."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def enrich_rate(pages: list) -> dict | None:
    """Articles/s of enrich_page with the archive's IDF, one core, after a warm-up."""
    try:
        from digest.enrich import build_idf, enrich_page
    except ImportError:
        return None
    idf = build_idf(article.body_text for page in pages for article in page.articles)
    enrich_page(pages[0], idf)
    articles = sum(len(page.articles) for page in pages)
    _, wall, cpu = timed(lambda: [enrich_page(page, idf) for page in pages])
    return {"articles": articles, "per_s": articles / wall, "per_cpu_s": articles / cpu}


def _cli_parse(code: Path, path: Path) -> None:
    subprocess.run(
        [sys.executable, str(code / CLI), "parse", str(path), "--format", "json"],
        cwd=code,
        check=True,
        capture_output=True,
    )


def cli_parse_rates(code: Path, paths: list[Path], sample: int = 40) -> dict:
    """When parse_page cannot be imported: `build_digest.py parse` per page, on a sample.
    Each call starts Python, loads jieba and enriches, so this is far below the pipeline's rate."""
    paths = paths[:sample]
    started = time.perf_counter()
    for path in paths:
        _cli_parse(code, path)
    one = len(paths) / (time.perf_counter() - started)
    cores = os.cpu_count() or 1
    started = time.perf_counter()
    with ThreadPoolExecutor(cores) as pool:
        list(pool.map(functools.partial(_cli_parse, code), paths))
    every = len(paths) / (time.perf_counter() - started)
    return {
        "how": "CLI parse --format json per page (process start, jieba load and enrich included)",
        "pages": len(paths),
        "one_core": one,
        "all_cores": every,
        "cores": cores,
    }


# --- search in headless chromium ------------------------------------------------------

# The search page's parts, in Pagefind's own UI and in the digest's own front end (being
# introduced): either says 找到 N 个 <query> ... or 未找到 <query> ... once a search is done.
SEARCH_INPUT = ".pagefind-ui__search-input, .digest-search__input"
# Done: the message names the query, and the first result's link shows (or there is none).
_SHOWN = """q => {
    const m = document.querySelector(".pagefind-ui__message, .digest-search__status");
    return m !== null && m.textContent.includes(q) && (m.textContent.startsWith("未找到")
        || document.querySelector(".pagefind-ui__result-link, .digest-search__result-link") !== null);
}"""
_MESSAGE = ".pagefind-ui__message, .digest-search__status"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


def serve(site: Path) -> tuple[ThreadingHTTPServer, str]:
    """The site on 127.0.0.1 (Pagefind loads its index with fetch, which file:// does not allow)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def measure_search(site: Path, query: str) -> dict:
    """In a fresh browser: the search page's load, then typing the query; bytes fetched after
    typing and seconds until the first result shows (the UI's 300 ms debounce included)."""
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    if chromium is None:
        return {"error": "chromium missing (as root: apt-get install -y chromium fonts-wqy-microhei)"}
    server, base = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_context(locale="zh-CN").new_page()
            responses: list = []
            page.on("response", lambda response: responses.append(response))
            page.goto(base + "search/", wait_until="networkidle")
            page_load = _bytes(responses)
            responses.clear()
            started = time.perf_counter()
            page.locator(SEARCH_INPUT).fill(query)
            page.wait_for_function(_SHOWN, arg=query, polling="raf", timeout=60_000)
            shown = time.perf_counter() - started
            _settle(page, responses)
            message = page.locator(_MESSAGE).inner_text()
            result = {
                "query": query,
                "bytes": _bytes(responses),
                "requests": len(responses),
                "first_results_s": shown,
                "page_load_bytes": page_load,
                "message": message,
            }
            browser.close()
    finally:
        server.shutdown()
    return result


def _settle(page: Any, responses: list, quiet: float = 0.5, limit: float = 10.0) -> None:
    """Until nothing was fetched for `quiet` seconds: the results' fragments load after the count."""
    deadline, seen, since = time.perf_counter() + limit, len(responses), time.perf_counter()
    while time.perf_counter() < deadline and time.perf_counter() - since < quiet:
        page.wait_for_timeout(100)
        if len(responses) != seen:
            seen, since = len(responses), time.perf_counter()


def _bytes(responses: list) -> int:
    return sum(len(r.body()) for r in responses if r.ok)


# --- profiles -------------------------------------------------------------------------


def profile_cold_build(code: Path, project: Path, top: int = 15) -> dict[str, list[dict]]:
    """A second cold build under cProfile (not the timed one: profiling slows it), into fresh
    folders on the same sources; MkDocs runs as the build's child process, so it is profiled
    by running the same mkdocs command again under cProfile."""
    target = make_project(code, project / "profile")
    shutil.copytree(project / "sources", target / "sources")
    build_profile, mkdocs_profile = target / "build.prof", target / "mkdocs.prof"
    command = build_command(code, target, True, None)
    subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(build_profile)] + command[1:],
        cwd=code,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = [
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "--quiet",
        "-f",
        str(target / "mkdocs.yml"),
        "-d",
        str(target / "site-mkdocs"),
    ]
    subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(mkdocs_profile)] + mkdocs, cwd=code, check=True, env=env
    )
    groups = top_functions(pstats.Stats(str(build_profile)), top, exclude={"mkdocs"})
    groups.update(top_functions(pstats.Stats(str(mkdocs_profile)), top, only={"mkdocs"}))
    return groups


def profile_group(filename: str) -> str | None:
    parts = Path(filename).with_suffix("").parts
    if "digest" in parts:
        names = set(parts[parts.index("digest") + 1 :])
        return next((group for group, modules in DIGEST_GROUPS.items() if names & modules), "other digest")
    return next((group for group, packages in PACKAGE_GROUPS.items() if set(parts) & packages), None)


def top_functions(
    stats: pstats.Stats, top: int, only: set[str] | None = None, exclude: set[str] = frozenset()
) -> dict[str, list[dict]]:
    """Per phase group, the functions with the most cumulative time."""
    groups: dict[str, list[dict]] = {}
    for (filename, line, name), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        group = profile_group(filename)
        if group is None or group in exclude or (only and group not in only):
            continue
        where = _short_path(filename)
        groups.setdefault(group, []).append(
            {"function": f"{where}:{line}({name})", "cumulative_s": cumulative, "own_s": own, "calls": calls}
        )
    return {g: sorted(rows, key=lambda r: -r["cumulative_s"])[:top] for g, rows in groups.items()}


def _short_path(filename: str) -> str:
    """From the package folder on: no machine paths in the output."""
    parts = Path(filename).parts
    for anchor in ("digest", "site-packages"):
        if anchor in parts:
            i = parts.index(anchor)
            return "/".join(parts[i + (anchor == "site-packages") :])
    return Path(filename).name


def print_profiles(groups: dict[str, list[dict]]) -> None:
    for group in GROUP_ORDER:
        if group not in groups:
            continue
        print(f"\nprofile, {group}: top {len(groups[group])} by cumulative time (cumulative s, own s, calls)")
        for row in groups[group]:
            print(f"  {row['cumulative_s']:8.2f} {row['own_s']:8.2f} {row['calls']:9d}  {row['function']}")


# --- the machine and the report -------------------------------------------------------


def machine() -> dict:
    meminfo = Path("/proc/meminfo").read_text() if Path("/proc/meminfo").exists() else ""
    total = re.search(r"MemTotal:\s+(\d+)", meminfo)
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    model = re.search(r"model name\s*:\s*(.+)", cpuinfo)
    return {
        "cores": os.cpu_count(),
        "memory_gb": round(int(total[1]) / 2**20, 1) if total else None,
        "cpu": model[1].strip() if model else platform.processor(),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.machine()}",
        "load_average_at_start": round(os.getloadavg()[0], 2),
    }


def code_version() -> dict:
    """The commit measured, and whether what a build reads had uncommitted changes (others work on it)."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    return {
        "commit": git("rev-parse", "--short", "HEAD"),
        "uncommitted_changes": bool(git("status", "--porcelain", "--", *CODE)),
    }


def _mb(n: float) -> float:
    return round(n / 2**20, 1)


def results(
    args: argparse.Namespace,
    host: dict,
    version: dict,
    archive: Archive,
    runs: list[BuildRun],
    facts: dict,
    parsing: dict,
    enriching: dict | None,
    search: dict,
    with_timings: bool,
) -> dict:
    cold = runs[0].phases or {}
    return {
        "articles_requested": args.articles,
        "articles_generated": archive.articles,
        "pages": len(archive.pages),
        "issues": len(archive.issues),
        "issue_dates": [archive.issues[0], archive.issues[-1]],
        "seed": args.seed,
        "parse_pages_per_s": round(parsing["one_core"], 1),
        "parse_pages_per_s_all_cores": round(parsing["all_cores"], 1),
        "parse_pages_per_cpu_s": _round(parsing.get("one_core_cpu"), 1),
        "parse_how": parsing["how"],
        "parse_pages_measured": parsing["pages"],
        "enrich_articles_per_s": _round(enriching and enriching["per_s"], 1),
        "enrich_articles_per_cpu_s": _round(enriching and enriching["per_cpu_s"], 1),
        "build_cold_s": round(runs[0].wall_s, 2),
        "build_incremental_s": round(runs[1].wall_s, 2),
        "build_incremental_docs_s": round(runs[2].wall_s, 2),
        "build_edit_s": round(runs[3].wall_s, 2),
        "build_ci_s": round(runs[4].wall_s, 2),
        "mkdocs_build_s": _round(cold.get("mkdocs")),
        "search_index_s": _round(cold.get("search index")),
        "phase_timings": "from the build's --timings"
        if with_timings
        else "not available (build has no --timings): wall time only",
        "peak_rss_mb": round(max(r.peak_rss_mb for r in runs)),
        "site_mb": _mb(facts["site_bytes"]),
        "pagefind_mb": _mb(facts["pagefind_bytes"]),
        "query": QUERY,
        "query_kb": round(search["bytes"] / 1024, 1) if "bytes" in search else None,
        "first_results_s": _round(search.get("first_results_s")),
        "search": search,
        "builds": [
            {
                **asdict(r),
                "wall_s": round(r.wall_s, 2),
                "cpu_s": round(r.cpu_s, 2),
                "peak_rss_mb": round(r.peak_rss_mb),
            }
            for r in runs
        ],
        "edited_page": facts["edited"],
        "new_page": facts["new_page"],
        "machine": {**host, "load_average_at_end": round(os.getloadavg()[0], 2)},
        "code": version,
        "warnings": check_runs(runs, len(archive.pages)),
    }


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def print_report(data: dict, runs: list[BuildRun]) -> None:
    m, code = data["machine"], data["code"]
    print(
        f"\n{data['articles_generated']} articles ({data['articles_requested']} asked) on {data['pages']} "
        f"pages in {data['issues']} weekly issues, {data['issue_dates'][0]} to {data['issue_dates'][1]}"
    )
    print(
        f"machine: {m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}; load average "
        f"{m['load_average_at_start']} at start, {m['load_average_at_end']} at end (shared machine)"
    )
    dirty = " with uncommitted changes" if code["uncommitted_changes"] else ""
    print(f"code: {code['commit']}{dirty}, run from {code['run_from']}")
    print_builds(runs)
    print(f"phase columns: {data['phase_timings']}")
    print(
        f"\nparse ({data['parse_how']}, {data['parse_pages_measured']} pages): "
        f"{data['parse_pages_per_s']} pages/s on one core ({data['parse_pages_per_cpu_s']} per CPU s), "
        f"{data['parse_pages_per_s_all_cores']} on all {m['cores']} cores"
    )
    if data["enrich_articles_per_s"]:
        print(
            f"enrich: {data['enrich_articles_per_s']} articles/s on one core "
            f"({data['enrich_articles_per_cpu_s']} per CPU s)"
        )
    else:
        print("enrich: not measured (digest.enrich has no build_idf and enrich_page)")
    print(f"site: {data['site_mb']} MB after the cold build (search index {data['pagefind_mb']} MB)")
    search = data["search"]
    if "error" in search:
        print(f"search: {search['error']}")
        return
    print(
        f"search {QUERY} in headless chromium, fresh browser: {data['query_kb']} KB in "
        f"{search['requests']} requests, first result after {search['first_results_s']:.2f} s "
        f"(the 300 ms typing pause included); "
        f'the search page itself {search["page_load_bytes"] / 1024:.0f} KB; "{search["message"]}"'
    )


def print_builds(runs: list[BuildRun]) -> None:
    """One row per build: wall and CPU time, the build's own phase times (- without --timings), memory."""
    columns = list(PHASES) + ["other"]
    heads = " ".join(f"{'index' if c == 'search index' else c:>7s}" for c in columns)
    print(f"\n{'build':42s} {'wall s':>7s} {'CPU s':>7s} {heads} {'peak RSS MB':>11s} {'parsed':>6s}")
    for run in runs:
        cells = " ".join(
            f"{run.phases[c]:7.2f}" if run.phases and c in run.phases else f"{'-':>7s}" for c in columns
        )
        parsed = "?" if run.parsed is None else run.parsed
        print(
            f"{run.label:42s} {run.wall_s:7.2f} {run.cpu_s:7.2f} {cells} {run.peak_rss_mb:11.0f} {parsed:>6}"
        )


def check_runs(runs: list[BuildRun], pages: int) -> list[str]:
    """Runs that did other work than intended: parsing more than the new page means the parser
    changed mid-run (digest/ is edited by others), so every page was parsed again."""
    expected = [pages, 1, 1, 0, 0]
    return [
        f"warning: {run.label} parsed {run.parsed} page files, expected {want}"
        for run, want in zip(runs, expected)
        if run.parsed not in (None, want)
    ]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True, help="articles to generate (about N/5 pages)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated archive (default 1)")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also profile the cold build and MkDocs (cProfile): top functions per phase",
    )
    parser.add_argument(
        "--snapshot",
        action="store_true",
        help="run a copy of the code taken at the start, not the checkout (which others may "
        "edit during a long run)",
    )
    parser.add_argument(
        "--keep", type=Path, help="work in this (new) folder and keep it (default: a temporary one)"
    )
    args = parser.parse_args()
    if args.articles < 10:
        parser.error("--articles must be at least 10")
    return args


def measure_throughput(code: Path, archive: Archive) -> tuple[dict, dict | None]:
    """Parse and enrich rates in this process, from the code measured (its copy first on the path)."""
    if code != ROOT:
        sys.path.insert(0, str(code))
    if parse_in_process() is None:
        return cli_parse_rates(code, archive.pages), None
    parsing, pages = parse_rates([p.read_text(encoding="utf-8") for p in archive.pages])
    return parsing, enrich_rate(pages)


def benchmark(args: argparse.Namespace, work: Path) -> dict:
    host, version = machine(), code_version()  # the load average before this script adds to it
    code = snapshot_code(work / "code") if args.snapshot else ROOT
    version["run_from"] = "a copy taken at the start (--snapshot)" if args.snapshot else "the checkout"
    project = make_project(code, work / "project")
    started = time.perf_counter()
    archive = generate_archive(project / "sources", args.articles, args.seed)
    print(
        f"generated {archive.articles} articles on {len(archive.pages)} pages in {len(archive.issues)} "
        f"issues ({time.perf_counter() - started:.1f} s)",
        flush=True,
    )
    with_timings = cli_has_timings(code)
    if not with_timings:
        print("build has no --timings: phase times not available, wall time only", flush=True)
    runs, facts = run_scenarios(code, project, args.seed, with_timings)
    for run in runs:
        print(f"  {run.label}: {run.wall_s:.1f} s; {run.summary}", flush=True)
    parsing, enriching = measure_throughput(code, archive)
    search = measure_search(project / "site", QUERY)
    data = results(args, host, version, archive, runs, facts, parsing, enriching, search, with_timings)
    print_report(data, runs)
    for warning in data["warnings"]:
        print(warning)
    if args.profile:
        data["profile"] = profile_cold_build(code, project)
        print_profiles(data["profile"])
    return data


def main() -> int:
    args = parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="digest-bench-"))
    work.mkdir(parents=True, exist_ok=args.keep is None)
    try:
        data = benchmark(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    out = ROOT / "benchmarks" / f"results-{args.articles}.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote benchmarks/{out.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
