"""Enrichment speed on one core: jieba's load time apart, then articles per second.

    python -m benchmarks.bench_enrich [--runs N]

Articles: the six of the gold sample page and the hand-written cases of
tests/enrich_cases.yaml. Prints the median of N runs (after the one-off load).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import yaml

from digest import enrich
from digest.language import gazetteer, nlp
from digest.models import Article, Block

ROOT = Path(__file__).resolve().parent.parent


def load_articles() -> list[Article]:
    gold = yaml.safe_load(
        (ROOT / "tests" / "gold" / "park-page-2021-01.gold.yaml").read_text(encoding="utf-8")
    )
    cases = yaml.safe_load((ROOT / "tests" / "enrich_cases.yaml").read_text(encoding="utf-8"))["cases"]
    articles = [
        Article(
            id=a["id"],
            title=a["title"],
            subtitle=a.get("subtitle", ""),
            blocks=[Block(b["type"], b["text"]) for b in a["blocks"]],
        )
        for a in gold["articles"]
    ]
    articles += [
        Article(id=c["id"], title=c["title"], blocks=[Block("paragraph", t) for t in c["body"]])
        for c in cases
    ]
    return articles


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs

    articles = load_articles()
    chars = sum(len(a.body_text) for a in articles)
    print(f"articles: {len(articles)}, {chars / len(articles):.0f} characters each on average")

    print(
        "gazetteer load (data file, name index, regex): "
        f"{timed(lambda: gazetteer.mentions('')) * 1000:.0f} ms"
    )
    print(f"jieba load, dictionary with park and topic words: {timed(lambda: nlp.words('')):.2f} s")
    print(f"jieba load, part-of-speech tags and IDF table: {timed(nlp.load):.2f} s")

    text = "".join(a.body_text for a in articles)[:2000]
    per_call = statistics.median(timed(lambda: gazetteer.mentions(text)) for _ in range(200))
    print(f"gazetteer.mentions on 2,000 characters: {per_call * 1000:.3f} ms")

    enrich.enrich_article(articles[0])  # topic model and first-call caches
    times = [timed(lambda: [enrich.enrich_article(a) for a in articles]) for _ in range(runs)]
    median = statistics.median(times)
    print(
        f"enrich: {len(articles) / median:.0f} articles/s, {median / chars * 1e6:.1f} ms per 1,000 characters"
        f" (median of {runs} runs, one core)"
    )

    idf_time = statistics.median(
        timed(lambda: enrich.build_idf(a.body_text for a in articles)) for _ in range(runs)
    )
    print(f"build_idf: {len(articles) / idf_time:.0f} articles/s")


if __name__ == "__main__":
    main()
