#!/usr/bin/env python3
"""Parse quality on the layouters' measured page sets: the README's table, reproducible.

    python -m benchmarks.eval_layouters OUT [--sets FILE] [--only NAME ...] [--before JSON] [--json JSON]

Each line of the sets file (default benchmarks/layouter_sets.txt) names a layouter, a corpus,
a seed and a page count; the set is written once by the layouter's page-set tool into
OUT/<layouter>-<corpus>-<seed>/ and kept, so later runs parse the very same files. Every page
is parsed as `build_digest.py parse PAGE --format json` does, on every core, and a set's pages
are scored together by tests/score_parse.py, pages read the way the documented extractor reads
apart from the others. Prints one table row per set and group, `after (before)` with --before
(a JSON this command wrote earlier), and writes the figures as JSON with --json.
"""

from __future__ import annotations

import argparse
import copy
import importlib
import json
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import yaml

from tests import score_parse

ROOT = Path(__file__).resolve().parent.parent
SETS = Path(__file__).resolve().parent / "layouter_sets.txt"
TOOL_MODULES = {"pagegen": "make_pages", "typesetter": "typeset_pages"}
UNGROUPED = {"desk", "makeup", "pagegen", "typesetter"}
# Pages each layouter reads the way the sample's extractor does, as its gold names the reader:
# by gold[<layouter>]["extractor"] (or gold["extractor"]) equal to "documented" unless listed
# here, by a habit in gold[<layouter>]["habits"], or by one setting of the page.
DOCUMENTED_READER = {
    "pica": "paddleocr",
    "kern": "tesseract",
    "bodkin": "pdfplumber_loose",
    "proof": "foxit",
    "fount": "pdftotext",
    "platen": "pdftotext",
}
DOCUMENTED_HABIT = {"brayer": "blank_after_lines", "tympan": "sample", "frisket": "blank_after_line"}
DOCUMENTED_SETTING = {"gutter": ("spacing", "blank_after_line")}
FIGURES = (
    "article_f1",
    "body_cer",
    "title_acc",
    "author_f1",
    "para_break_f1",
    "heading_f1",
    "headline_space_errors",
)


@dataclass(frozen=True)
class PageSet:
    layouter: str
    corpus: str
    seed: int
    count: int

    @property
    def name(self) -> str:
        return f"{self.layouter}-{self.corpus}-{self.seed}"


def read_sets(path: Path, only: list[str]) -> list[PageSet]:
    sets = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            layouter, corpus, seed, count = line.split()
            sets.append(PageSet(layouter, corpus, int(seed), int(count)))
    return [s for s in sets if not only or s.layouter in only]


def write_set(page_set: PageSet, folder: Path) -> None:
    """Writes the set's pages unless an earlier run did."""
    if (folder / f"page-{page_set.count:03d}.txt").exists():
        return
    module = TOOL_MODULES.get(page_set.layouter, f"{page_set.layouter}_pages")
    tool = importlib.import_module(f"tools.{module}")
    corpus = ROOT / "tests" / "corpus" / f"{page_set.corpus}.yaml"
    args = [
        str(folder),
        "--count",
        str(page_set.count),
        "--seed",
        str(page_set.seed),
        "--corpus",
        str(corpus),
    ]
    with redirect_stdout(sys.stderr):
        tool.main(args)


def parse_file(path: Path) -> dict:
    from digest.build import process_page
    from digest.parse.read import read_raw_page

    return process_page(read_raw_page(path)).to_dict()


def reader_group(layouter: str, gold: dict) -> str | None:
    if layouter in UNGROUPED:
        return None
    own = gold.get(layouter) if isinstance(gold.get(layouter), dict) else {}
    if layouter == "compositor":
        return "double-spaced" if own.get("line_spacing") == "double" else "single-spaced"
    if layouter in DOCUMENTED_SETTING:
        key, value = DOCUMENTED_SETTING[layouter]
        documented = own.get(key) == value
    elif layouter in DOCUMENTED_HABIT:
        documented = DOCUMENTED_HABIT[layouter] in own.get("habits", [])
    else:
        reader = own.get("extractor", gold.get("extractor"))
        documented = reader == DOCUMENTED_READER.get(layouter, "documented")
    return "documented extractor" if documented else "other extractors"


def score_set(page_set: PageSet, folder: Path, parses: dict[Path, dict]) -> dict:
    counts: dict[str, Counter] = {}
    pages: Counter = Counter()
    zones = score_parse.load_zones()
    for page in sorted(folder.glob("page-*.txt")):
        gold = yaml.safe_load(page.with_name(page.stem + ".gold.yaml").read_text(encoding="utf-8"))
        group = reader_group(page_set.layouter, gold)
        for key in ("all", group) if group else ("all",):
            tally = counts.setdefault(key, Counter())
            score_parse.score_page(copy.deepcopy(gold), parses[page], tally, zones)
            pages[key] += 1
    return {key: score_parse.summary(c) | {"pages": pages[key]} for key, c in counts.items()}


def table_rows(page_set: PageSet, figures: dict, before: dict) -> list[str]:
    groups = [g for g in figures if g != "all"] or ["all"]
    rows = []
    for group in sorted(groups, key=lambda g: ("other" in g or "single" in g, g)):
        after, earlier = figures[group], before.get(group)
        label = str(page_set.count) if group == "all" else f"{after['pages']} of {page_set.count}: {group}"
        cells = [_cell(after, earlier, key) for key in FIGURES]
        summary = f"{after['summary_rougeL']:.3f} ({after['lead_baseline_rougeL']:.3f})"
        name = f"{page_set.layouter}, {page_set.corpus}, seed {page_set.seed} ({label})"
        rows.append(f"| {name} | " + " | ".join(cells) + f" | {summary} |")
    return rows


def _cell(after: dict, before: dict | None, key: str) -> str:
    shown = (lambda x: str(int(x))) if key == "headline_space_errors" else (lambda x: f"{x:.3f}")
    return f"{shown(after[key])} ({shown(before[key])})" if before else shown(after[key])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.eval_layouters", description=__doc__.splitlines()[0]
    )
    parser.add_argument("out", type=Path, help="folder the page sets are written to and read from")
    parser.add_argument(
        "--sets", type=Path, default=SETS, help="the sets, one 'layouter corpus seed count' a line"
    )
    parser.add_argument("--only", nargs="*", default=[], metavar="NAME", help="only these layouters' sets")
    parser.add_argument("--before", type=Path, help="figures of an earlier run (its --json) to show beside")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parsing processes")
    args = parser.parse_args(argv)
    sets = read_sets(args.sets, args.only)
    for page_set in sets:
        write_set(page_set, args.out / page_set.name)
    pages = [p for s in sets for p in sorted((args.out / s.name).glob("page-*.txt"))]
    with ProcessPoolExecutor(args.jobs) as pool:
        parses = dict(zip(pages, pool.map(parse_file, pages, chunksize=8)))
    before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else {}
    figures = {s.name: score_set(s, args.out / s.name, parses) for s in sets}
    rows = [row for s in sets for row in table_rows(s, figures[s.name], before.get(s.name, {}))]
    print("\n".join(sorted(rows, key=_row_order(rows))))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _row_order(rows: list[str]):
    """The README's order: each set's documented reader, then the other readers, then ungrouped sets."""
    position = {row: i for i, row in enumerate(rows)}

    def key(row: str) -> tuple[int, int]:
        rank = 0 if ("documented" in row or "double-spaced" in row) else 1 if ": " in row else 2
        return rank, position[row]

    return key


if __name__ == "__main__":
    sys.exit(main())
