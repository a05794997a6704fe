#!/usr/bin/env python3
"""The site whole or split by year: MkDocs + Pagefind time and memory, part by part.

    python -m benchmarks.bench_split --articles 1000 [--seed 1] [--keep DIR]

Generates the archive of benchmarks/run.py (weekly issues ending 2026-11-27, about N/5
pages) and builds docs/ from it once (`build`, not timed), then times, each in child
processes as the build runs them:

    whole site         MkDocs over all of docs/, then the Pagefind index of every article
    root               the index pages, feeds and search page (digest.site.mkdocs_part --root)
    newest year        one year's articles and their index: what a new page costs besides the root
    each year          every year, one after another (the sum is a CI build on one core)
    two years at once  every year, two at a time (a CI build on this machine's two cores)

and then the product end to end, on a copy of the project:

    CI, split          `build --site site --split-years`: docs/ committed, nothing to parse, no site/
    new page, split    one new issue page, `build --site site --split-years` on that site

Per row: wall and CPU seconds (user + system of the children) and the peak summed RSS of
the process tree; then one search for 知识产权质押 on each site in headless chromium (bytes
after typing, seconds to the first result). Prints a table and writes benchmarks/split-N.json.
--keep DIR keeps the generated project there and reuses it (its docs/ and sources/) on the next run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.run import (
    CLI,
    QUERY,
    ROOT,
    TreeRss,
    _children_cpu,
    _rss_kb,
    add_new_issue,
    generate_archive,
    machine,
    make_project,
    measure_search,
)
from digest.site.years import article_years

INDEX_ONE = (
    "import sys; from pathlib import Path; from digest.site.search_index import write_index; "
    "write_index(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] or None)"
)
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}


@dataclass
class Row:
    label: str
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    detail: str = ""


def measure(label: str, work: Callable[[], object], detail: str = "") -> Row:
    """Wall and children's CPU time of `work`, and the peak RSS of this process's tree above
    what this process holds itself."""
    own_mb = _rss_kb(os.getpid()) / 1024
    cpu, started = _children_cpu(), time.perf_counter()
    rss = TreeRss(os.getpid())
    work()
    wall = time.perf_counter() - started
    peak = rss.stop() - own_mb
    row = Row(label, round(wall, 2), round(_children_cpu() - cpu, 2), round(peak), detail)
    print(f"  {label}: {row.wall_s:.1f} s, {row.cpu_s:.1f} CPU s, {row.peak_rss_mb:.0f} MB", flush=True)
    return row


def run(command: list[str]) -> str:
    """Runs the command; returns what it wrote on stderr."""
    done = subprocess.run(command, cwd=ROOT, env=ENV, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} … failed:\n{done.stderr[-3000:]}")
    return done.stderr


def whole_site(project: Path, out: Path) -> None:
    config, docs = project / "mkdocs.yml", project / "docs"
    run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(out)])
    run([sys.executable, "-c", INDEX_ONE, str(docs), str(out), ""])


def part(project: Path, out: Path, year: str | None, years: list[str]) -> None:
    """One part as digest.build.build_split_site builds it: MkDocs, then a year's index."""
    config, docs = project / "mkdocs.yml", project / "docs"
    which = ["--year", year] if year else ["--root", *years]
    run([sys.executable, "-m", "digest.site.mkdocs_part", str(config), str(out), *which])
    if year:
        run([sys.executable, "-c", INDEX_ONE, str(docs), str(out), year])


def in_parallel(jobs: list[Callable[[], None]], at_once: int) -> None:
    with ThreadPoolExecutor(max_workers=at_once) as pool:
        for done in [pool.submit(job) for job in jobs]:
            done.result()


def cli_build(project: Path) -> None:
    """`build --site --split-years`; what it says it built is kept in project/built.txt."""
    said = run(
        [
            sys.executable,
            str(ROOT / CLI),
            "build",
            "--quiet",
            "--sources",
            str(project / "sources"),
            "--docs",
            str(project / "docs"),
            "--site",
            str(project / "site"),
            "--split-years",
            "--timings",
            str(project / "timings.json"),
        ]
    )
    built = next(line for line in said.splitlines() if line.startswith("mkdocs: the root and"))
    (project / "built.txt").write_text(built.removeprefix("mkdocs: ").rstrip("…"), encoding="utf-8")


def with_phases(row: Row, project: Path) -> Row:
    """The row with the build's own phase times (wall s) in its detail."""
    timings = json.loads((project / "timings.json").read_text(encoding="utf-8"))
    phases = ", ".join(f"{name} {seconds:.1f}" for name, seconds in timings.items() if seconds >= 0.05)
    built = (project / "built.txt").read_text(encoding="utf-8")
    row.detail = " ".join(filter(None, [row.detail, built, f"({phases})"]))
    return row


def prepare(project: Path, articles: int, seed: int) -> None:
    """The generated archive's sources/ and docs/ (reused when present), with this checkout's
    mkdocs.yml and templates/."""
    fresh = not (project / "docs").is_dir()
    if fresh:
        shutil.rmtree(project, ignore_errors=True)
    else:
        (project / "mkdocs.yml").unlink()
        shutil.rmtree(project / "templates")
    make_project(ROOT, project)
    if fresh:
        archive = generate_archive(project / "sources", articles, seed)
        print(f"generated {archive.articles} articles on {len(archive.pages)} pages; docs/…", flush=True)
        run([sys.executable, str(ROOT / CLI), "build", "--quiet", "--sources", str(project / "sources"),
             "--docs", str(project / "docs")])  # fmt: skip


def counts(docs: Path, years: list[str]) -> dict[str, int]:
    return {year: sum(1 for _ in (docs / year).glob("*/*.md")) for year in years}


def benchmark(project: Path, scratch: Path, seed: int) -> tuple[list[Row], dict]:
    docs = project / "docs"
    years = article_years(docs)
    per_year = counts(docs, years)
    print(f"{sum(per_year.values())} articles in {len(years)} years: {per_year}", flush=True)

    def out(name: str) -> Path:
        return scratch / name

    rows = [
        measure("whole site", lambda: whole_site(project, out("whole"))),
        measure("root (index pages, feeds, search)", lambda: part(project, out("root"), None, years)),
        measure(
            f"newest year ({years[0]})",
            lambda: part(project, out("newest"), years[0], years),
            f"{per_year[years[0]]} articles",
        ),
        measure(
            "each year, one after another",
            lambda: [part(project, out(f"seq-{y}"), y, years) for y in years],
            f"{len(years)} years",
        ),
        measure(
            "each year, two at a time",
            lambda: in_parallel([lambda y=y: part(project, out(f"par-{y}"), y, years) for y in years], 2),
            f"{len(years)} years",
        ),
    ]
    copy = scratch / "project"
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns("site"))
    rows.append(with_phases(measure("CI, split: build --site --split-years", lambda: cli_build(copy)), copy))
    new_page = add_new_issue(copy / "sources", seed)
    new_page_row = measure(
        "new page, split: build --site --split-years", lambda: cli_build(copy), new_page.parent.name
    )
    rows.append(with_phases(new_page_row, copy))
    search = {
        "whole site": measure_search(out("whole"), QUERY),
        "split": measure_search(copy / "site", QUERY),
    }
    return rows, search


def print_table(rows: list[Row]) -> None:
    print(f"\n{'what':48s} {'wall s':>7s} {'CPU s':>7s} {'peak RSS MB':>11s}")
    for row in rows:
        print(f"{row.label:48s} {row.wall_s:7.1f} {row.cpu_s:7.1f} {row.peak_rss_mb:11.0f}  {row.detail}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True, help="articles to generate (about N/5 pages)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated archive (default 1)")
    parser.add_argument("--keep", type=Path, help="keep the generated project in this folder and reuse it")
    args = parser.parse_args()
    host = machine()
    with tempfile.TemporaryDirectory(prefix="digest-split-") as folder:
        project = args.keep or Path(folder) / "project"
        prepare(project, args.articles, args.seed)
        scratch = Path(folder) / "scratch"
        scratch.mkdir()
        rows, search = benchmark(project, scratch, args.seed)
        years = article_years(project / "docs")
        articles = counts(project / "docs", years)
    print_table(rows)
    for site, found in search.items():
        shown = f"{found['bytes'] / 1024:.0f} KB in {found['requests']} requests, first results after "
        print(
            f"search {QUERY}, {site}: " + (found.get("error") or shown + f"{found['first_results_s']:.2f} s")
        )
    data = {
        "articles_requested": args.articles,
        "articles_by_year": articles,
        "seed": args.seed,
        "rows": [asdict(row) for row in rows],
        "search": search,
        "machine": {**host, "load_average_at_end": round(os.getloadavg()[0], 2)},
    }
    out = ROOT / "benchmarks" / f"split-{args.articles}.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote benchmarks/{out.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
