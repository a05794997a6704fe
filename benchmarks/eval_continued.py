#!/usr/bin/env python3
"""How well the build joins continued articles, on generated issues of several pages.

    python -m benchmarks.eval_continued [--count 50] [--seed 7] [--json]

Each issue comes from tests/issuegen.py (python -m tools.make_issues writes the same issues
to a folder). Every page is parsed and enriched on its own (digest.build.process_page), as
the build does, then the issue's parts are paired and joined (digest/enrich/continued.py).

- joins: a pair of parts is right when both parts are the same gold article (each page's
  predicted articles are matched to its gold ones as tests/score_parse.py matches them) and
  that article is continued from the first part's page to the second's; precision over the
  pairs made, recall over the gold joins;
- joined articles: the joined articles scored against the expected ones by
  tests/score_parse.py (article_f1, body_cer, title_acc, author_f1, para_break_f1);
- kept: parts whose other page is not in their issue, left unjoined;
- pages: every page scored on its own against its gold, as any generated page.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import asdict

from digest.build import process_page
from digest.enrich.continued import join_continued, pair_parts
from digest.models import Issue, IssuePage, RawPage, SourcePage
from tests import score_parse
from tests.issuegen import GeneratedIssue, generate_issue
from tests.pagegen import page_seeds

PAGE_FIGURES = ("article_f1", "body_cer", "title_acc", "author_f1", "para_break_f1", "headline_space_errors")
JOINED_FIGURES = (
    "articles_gold",
    "articles_pred",
    "article_f1",
    "body_cer",
    "title_acc",
    "author_f1",
    "para_break_f1",
)


def placed_issue(key: str, issue: GeneratedIssue) -> list[SourcePage]:
    """The issue's pages parsed and enriched, placed as the build places them."""
    entries = [IssuePage(f"page-{n}.txt", n, "园区") for n in issue.numbers]
    meta = Issue(key, "中国高新技术产业导报", "2024-01-03", entries)
    return [
        SourcePage(
            meta,
            entry,
            f"{key}/{entry.file}",
            process_page(RawPage(entry.file, issue.pages[entry.number].raw)),
        )
        for entry in entries
    ]


def gold_ids(
    placed: list[SourcePage], issue: GeneratedIssue, pages: Counter, zones: dict
) -> dict[tuple[str, int], str]:
    """{(source, article index): the gold article's id} for the predicted articles matched to
    one; every page is scored into `pages` on the way."""
    ids = {}
    for item in placed:
        gold, pred = issue.pages[item.entry.number].gold, item.page.to_dict()
        score_parse.score_page(gold, pred, pages, zones)
        matched = score_parse.match(gold["articles"], pred["articles"])
        ids |= {(item.source, j): gold["articles"][i]["id"] for i, j in matched.items()}
    return ids


def evaluate(count: int, seed: int) -> dict:
    zones = score_parse.load_zones()
    pages, joined, tally = Counter(), Counter(), Counter()
    for k, issue_seed in enumerate(page_seeds(seed, count)):
        issue = generate_issue(issue_seed)
        placed = placed_issue(f"issue-{k}", issue)
        ids = gold_ids(placed, issue, pages, zones)
        expected = {j["id"]: j for j in issue.gold["joins"]}
        links = pair_parts(placed)
        tally["pages"] += len(placed)
        tally["gold_joins"] += len(expected)
        tally["pairs"] += len(links)
        linked = set()
        for a, b in links.items():
            sid = ids.get((a.source, a.index))
            linked |= {sid, ids.get((b.source, b.index))}
            right = sid is not None and sid == ids.get((b.source, b.index)) and sid in expected
            tally["right_pairs"] += right and expected[sid]["pages"] == [a.page, b.page]
        tally["gold_unjoined"] += len(issue.gold["unjoined"])
        tally["kept"] += sum(1 for part in issue.gold["unjoined"] if part["id"] not in linked)
        result, _ = join_continued(placed)
        made = [asdict(a) for item in result for a in item.page.articles if a.pages]
        score_parse.score_page({"articles": list(expected.values())}, {"articles": made}, joined, zones)
    precision = tally["right_pairs"] / max(1, tally["pairs"])
    recall = tally["right_pairs"] / max(1, tally["gold_joins"])
    pages_summary, joined_summary = score_parse.summary(pages), score_parse.summary(joined)
    return {
        "issues": count,
        "seed": seed,
        "pages": tally.pop("pages"),
        "join_precision": round(precision, 4),
        "join_recall": round(recall, 4),
        "join_f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "tally": dict(tally),
        "joined": {k: joined_summary[k] for k in JOINED_FIGURES},
        "per_page": {k: pages_summary[k] for k in PAGE_FIGURES},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score the joining of continued articles on generated issues."
    )
    parser.add_argument("--count", type=int, default=50, help="issues (default 50)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the issue set (default 7)")
    parser.add_argument("--json", action="store_true", help="one JSON object")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    figures = evaluate(args.count, args.seed)
    print(json.dumps(figures, ensure_ascii=False, indent=None if args.json else 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
