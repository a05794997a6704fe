#!/usr/bin/env python3
"""How well the review list (digest/editorial/review.py) puts wrongly parsed articles on top.

    python -m benchmarks.eval_review [--count 200] [--sets NAME:SEED ...] [--reasons] [--evidence] [--json]

Each set is generated into a temporary folder, with its gold annotations:
  articles:SEED   python -m tools.make_pages OUT --count N --seed SEED
  heldout:SEED    python -m tools.make_pages OUT --count N --seed SEED --corpus tests/corpus/heldout.yaml
  typeset:SEED    python -m tools.typeset_pages OUT --count N --seed SEED
Every page is parsed and enriched in this process, one after the other (digest.build.process_page),
and its predicted articles are matched to the gold ones as tests/score_parse.py matches them
(greedy, one to one, by the bigram similarity of the normalised bodies, at least 0.3).

A predicted article is WRONG when it is unmatched (an extra article, or a fragment of one), or when
its matched gold article differs in
  - body: more edits than 2% of the gold body (score_parse's article_ok tolerance),
  - title: the normalised title is neither the gold title nor one of its title_alternatives,
  - authors: the set of normalised names differs.
All articles of a set are ranked by review confidence, lowest first (ties in page order), and the
report gives the share of the wrong articles found in the first 10% and 20% of the list, beside
the base rate (the share of wrong articles: what a random order finds per position).

The review weights were fitted on articles:1, articles:2, heldout:1 and typeset:1 (`--reasons`
prints, per reason, how often it fires and how often the articles it fires on are wrong;
`--evidence` the same per code the parser recorded, Article.evidence, which the reasons from
evidence were fitted by); README.md reports other seeds.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

from digest.build import process_page
from digest.editorial.review import review
from digest.parse.read import read_raw_page
from tests import score_parse

ROOT = Path(__file__).resolve().parent.parent

REPORTED = ("articles:7", "heldout:5", "typeset:7")
BODY_TOLERANCE = 0.02


def generate(kind: str, seed: int, count: int, out: Path) -> None:
    command = {
        "articles": ["-m", "tools.make_pages", str(out)],
        "heldout": ["-m", "tools.make_pages", str(out), "--corpus", "tests/corpus/heldout.yaml"],
        "typeset": ["-m", "tools.typeset_pages", str(out)],
    }[kind]
    subprocess.run(
        [sys.executable, *command, "--count", str(count), "--seed", str(seed)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def wrong_articles(gold: dict, pred: dict) -> list[str]:
    """For each predicted article, "" if it is right, else what is wrong with it."""
    gold_articles, pred_articles = gold["articles"], pred["articles"]
    for a in gold_articles + pred_articles:
        a["_text"], a["_breaks"], a["_optional"], a["_headings"] = score_parse.body_and_breaks(
            a.get("blocks", [])
        )
    matched = {j: i for i, j in score_parse.match(gold_articles, pred_articles).items()}
    out = []
    for j, p in enumerate(pred_articles):
        if j not in matched:
            out.append("unmatched")
            continue
        g = gold_articles[matched[j]]
        what = []
        if score_parse.edit_distance(g["_text"], p["_text"]) > BODY_TOLERANCE * len(g["_text"]):
            what.append("body")
        titles = {score_parse.norm(g.get("title"))} | {
            score_parse.norm(t) for t in g.get("title_alternatives", [])
        }
        if score_parse.norm(p.get("title")) not in titles:
            what.append("title")
        if score_parse.names(g.get("authors")) != score_parse.names(p.get("authors")):
            what.append("authors")
        out.append("+".join(what))
    return out


def evaluate(name: str, count: int) -> dict:
    kind, seed = name.split(":")
    rows = []  # (confidence, order, wrong, codes, evidence)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        generate(kind, int(seed), count, out)
        for path in sorted(out.glob("page-*.txt")):
            gold = yaml.safe_load(path.with_name(path.stem + ".gold.yaml").read_text(encoding="utf-8"))
            page = process_page(read_raw_page(str(path)))
            verdicts = wrong_articles(gold, page.to_dict())
            for item, verdict in zip(review(page), verdicts):
                rows.append((item.confidence, len(rows), verdict, item.codes, item.article.evidence))
    return {"set": name, **ranking(rows), "rows": rows}


def ranking(rows: list) -> dict:
    ranked = sorted(rows, key=lambda r: (r[0], r[1]))
    wrong = sum(1 for r in ranked if r[2])
    result = {"articles": len(ranked), "wrong": wrong, "base_rate": round(wrong / max(1, len(ranked)), 3)}
    for share in (0.1, 0.2):
        top = ranked[: round(share * len(ranked))]
        found = sum(1 for r in top if r[2])
        result[f"found_top{int(share * 100)}"] = round(found / max(1, wrong), 3)
        result[f"precision_top{int(share * 100)}"] = round(found / max(1, len(top)), 3)
    return result


def reason_table(rows: list) -> list[str]:
    fired, wrong = Counter(), Counter()
    for _, _, verdict, codes, _ in rows:
        for code in codes:
            fired[code] += 1
            wrong[code] += bool(verdict)
    base = sum(1 for r in rows if r[2]) / max(1, len(rows))
    lines = [f"{'reason':24} {'fires':>6} {'wrong':>6} {'share':>6}   (base rate {base:.3f})"]
    for code, n in fired.most_common():
        lines.append(f"{code:24} {n:6} {wrong[code]:6} {wrong[code] / n:6.3f}")
    return lines


def evidence_table(rows: list) -> list[str]:
    """Per recorded evidence code (start, end, headline, byline): how often, how often wrong."""
    fired, wrong = Counter(), Counter()
    for _, _, verdict, _, evidence in rows:
        for key, value in evidence.items():
            fired[f"{key}={value}"] += 1
            wrong[f"{key}={value}"] += bool(verdict)
    lines = [f"{'evidence':24} {'count':>6} {'wrong':>6} {'share':>6}"]
    for code in sorted(fired):
        lines.append(f"{code:24} {fired[code]:6} {wrong[code]:6} {wrong[code] / fired[code]:6.3f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="pages per set (default 200)")
    parser.add_argument(
        "--sets", nargs="+", default=list(REPORTED), metavar="KIND:SEED", help="articles|heldout|typeset:SEED"
    )
    parser.add_argument("--reasons", action="store_true", help="also print how often each reason is right")
    parser.add_argument(
        "--evidence", action="store_true", help="also print how often each recorded code is wrong"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per set")
    args = parser.parse_args(argv)
    results = [evaluate(name, args.count) for name in args.sets]
    if args.json:
        for result in results:
            print(json.dumps({k: v for k, v in result.items() if k != "rows"}))
    else:
        print(
            f"| pages ({args.count} each) | articles | wrong (base rate) "
            "| wrong found in first 10% | in first 20% |"
        )
        print("|---|---|---|---|---|")
        for r in results:
            print(
                f"| {r['set']} | {r['articles']} | {r['wrong']} ({r['base_rate']:.1%}) "
                f"| {r['found_top10']:.0%} | {r['found_top20']:.0%} |"
            )
    if args.reasons:
        print("\n".join(reason_table([row for r in results for row in r["rows"]])))
        kinds = Counter(row[2] for r in results for row in r["rows"] if row[2])
        print("wrong by kind:", dict(kinds.most_common()))
    if args.evidence:
        print("\n".join(evidence_table([row for r in results for row in r["rows"]])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
