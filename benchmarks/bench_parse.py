#!/usr/bin/env python3
"""Parse speed: pages per second on one core, jieba's dictionary load reported apart.

    python -m benchmarks.bench_parse [--pages 100] [--repeats 5]

Parses the bundled sample page and generated pages (tests/pagegen.py); prints the
median of the repeats, since the machine is shared and timings are noisy, by the wall
clock and by processor time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from digest.language import nlp
from digest.language.text import forget_texts
from digest.models import RawPage
from digest.parse import parse_page
from digest.parse.read import read_raw_page

ROOT = Path(__file__).resolve().parent.parent


def pages(count: int) -> list[RawPage]:
    from tests.pagegen import generate_page

    sample = read_raw_page(ROOT / "sources" / "2021-01" / "park-page-2021-01.txt")
    return [sample] + [RawPage(f"gen-{seed}.txt", generate_page(seed)[0]) for seed in range(count - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100, help="pages per run (default 100)")
    parser.add_argument("--repeats", type=int, default=5, help="runs to take the median of (default 5)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    started = time.perf_counter()
    nlp.load()  # the part-of-speech table too, or the first page that asks for a tag would time its load
    print(f"jieba dictionary load: {time.perf_counter() - started:.2f} s (once per process, excluded below)")

    batch = pages(args.pages)
    parse_page(batch[0])  # untimed: the first parse also compiles the park-name trie and other patterns
    for label, subset in (("sample page", batch[:1] * 20), ("sample + generated pages", batch)):
        runs = [timed(subset) for _ in range(args.repeats)]
        chars = sum(len(page.text) for page in subset) / len(subset)
        rates = [len(subset) / wall for wall, _ in runs]
        print(
            f"parse, {label}: {statistics.median(rates):.1f} pages/s median of {args.repeats} runs "
            f"(min {min(rates):.1f}, max {max(rates):.1f}); {chars:.0f} characters per page, one core"
        )
        # On a shared machine the wall clock also counts the time other work held the core; the
        # processor time does not, so it is the steadier figure to compare two parsers by.
        cpu_rates = [len(subset) / cpu for _, cpu in runs]
        print(f"    by processor time: {statistics.median(cpu_rates):.1f} pages/s median")


def timed(batch: list[RawPage]) -> tuple[float, float]:
    """Seconds parsing the batch by the wall clock, and of this process's processor time."""
    wall = cpu = 0.0
    for page in batch:
        forget_texts()  # or repeats of one page would time cache lookups, not a parse
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        parse_page(page)
        wall += time.perf_counter() - wall_start
        cpu += time.process_time() - cpu_start
    return wall, cpu


if __name__ == "__main__":
    main()
