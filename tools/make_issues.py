#!/usr/bin/env python3
"""Write generated issues of several pages, some articles continued from page to page, with gold.

    python -m tools.make_issues OUT_DIR [--count 50] [--seed 1]

writes, per issue, a sources/ folder OUT_DIR/<YYYY-MM-DD>/ (issue.yml and page-N.txt, as
`build_digest.py build --sources OUT_DIR` reads it) with each page's gold beside it
(page-N.gold.yaml, for tests/score_parse.py) and the issue's expected joins (joins.gold.yaml).
The same --seed gives the same issues (tests/issuegen.py lays them out).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

from tests.issuegen import GeneratedIssue, generate_issue
from tests.pagegen import page_seeds
from tools.make_pages import checked_args, write_pair, write_yaml

FIRST_ISSUE = dt.date(2024, 1, 3)  # a weekly paper: issue k is k weeks later
JOINS = "joins.gold.yaml"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Write generated issues (OUT_DIR/<date>/issue.yml, page-N.txt, page-N.gold.yaml, "
        f"{JOINS}) in which some articles go on on another page."
    )
    parser.add_argument(
        "out_dir", metavar="OUT_DIR", type=Path, help="folder to write into (created if missing)"
    )
    parser.add_argument("--count", type=int, default=50, help="number of issues (default 50)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the issue set (default 1)")
    parser.add_argument(
        "--corpus", type=Path, default=None, help="articles to lay out (default tests/corpus/articles.yaml)"
    )
    return checked_args(parser, argv)


def issue_date(k: int) -> str:
    return (FIRST_ISSUE + dt.timedelta(weeks=k)).isoformat()


def write_issue(folder: Path, issue: GeneratedIssue, date: str) -> None:
    """The issue's manifest, pages and gold in `folder`, named after its date."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, layout in issue.pages.items():
        write_pair(folder, f"page-{number}", layout.raw, layout.gold)
    manifest = {
        "publication": "中国高新技术产业导报",
        "date": date,
        "pages": [{"file": f"page-{n}.txt", "number": n, "name": "园区"} for n in issue.numbers],
    }
    write_yaml(folder / "issue.yml", manifest)
    write_yaml(folder / JOINS, issue.gold)


def write_issues(out_dir: Path, count: int, seed: int, corpus: Path | None = None) -> Counter:
    """Write the issues; return what they hold, for the summary line."""
    tally: Counter = Counter()
    for k, issue_seed in enumerate(page_seeds(seed, count)):
        issue = generate_issue(issue_seed, corpus)
        write_issue(out_dir / issue_date(k), issue, issue_date(k))
        tally["issues"] += 1
        tally["pages"] += len(issue.numbers)
        tally["joins"] += len(issue.gold["joins"])
        tally["unjoined"] += len(issue.gold["unjoined"])
    return tally


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    tally = write_issues(args.out_dir, args.count, args.seed, args.corpus)
    print(
        f"wrote {tally['issues']} issues ({tally['pages']} pages, {tally['joins']} continued articles, "
        f"{tally['unjoined']} parts whose other page is not in their issue) to {args.out_dir}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
