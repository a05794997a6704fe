"""Summary ROUGE-L against the lead baseline, per corpus, tuned apart from held out.

    python -m benchmarks.eval_summary [--verbose]

Each entry of tests/corpus/*.yaml becomes an Article (title, kicker, subtitle, authors,
body paragraphs, "## " lines as headings) and goes through digest.enrich.enrich_article
with an IDF built over its own corpus. Its summary is compared with the entry's
reference summary by the scorer's rouge_l (tests/score_parse.py), beside two lead
baselines: the first sentence of the first paragraph (the scorer's lead_summary, as
tests/pagegen.py writes it) and the first sentences within 120 characters.

The summary rules were worked out on articles.yaml and on the tuning half of
kinds.yaml (entries whose id has an even CRC-32), and later also on heldout.yaml,
wire.yaml, desk.yaml and copyfit.yaml; the other half of kinds.yaml and the corpora written with the
fifth and later layouters (compositor, imposer, pressroom, platemaker, stonehand, galley,
pasteup, keyline: their reference summaries written by other hands) are only reported. The sample page
(tests/gold/) is scored as the scorer does.
"""

from __future__ import annotations

import argparse
import zlib
from pathlib import Path

import yaml

from digest import enrich
from digest.enrich import summary as summary_module
from digest.language import names
from digest.models import Article, Author, Block
from tests import score_parse as scorer

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"


# Corpora the summary rules were later chosen on as well.
TUNED_CORPORA = ("heldout.yaml", "wire.yaml", "desk.yaml", "copyfit.yaml")
# Corpora written with the fifth and later layouters, their reference summaries by other hands.
HELD_OUT_CORPORA = (
    "compositor.yaml",
    "imposer.yaml",
    "pressroom.yaml",
    "platemaker.yaml",
    "stonehand.yaml",
    "galley.yaml",
    "pasteup.yaml",
    "keyline.yaml",
    "lockup.yaml",
    "chase.yaml",
    "forme.yaml",
    "quoin.yaml",
    "reglet.yaml",
    "slug.yaml",
    "stick.yaml",
    "gutter.yaml",
    "frisket.yaml",
    "tympan.yaml",
    "brayer.yaml",
    "platen.yaml",
    "fount.yaml",
    "proof.yaml",
    "bodkin.yaml",
    "kern.yaml",
    "pica.yaml",
    "agate.yaml",
    "folio.yaml",
    "quire.yaml",
    "verso.yaml",
    "colophon.yaml",
    "recto.yaml",
    "masthead.yaml",
    "halftone.yaml",
    "linotype.yaml",
    "gravure.yaml",
)


def corpus_article(entry: dict) -> Article:
    blocks = [
        Block("heading", t[3:].strip()) if t.startswith("## ") else Block("paragraph", t)
        for t in entry["body"]
    ]
    return Article(
        id=entry["id"],
        kicker=entry.get("kicker", ""),
        title=entry.get("title", ""),
        subtitle=entry.get("subtitle", ""),
        authors=[Author(a["name"], a.get("role", "")) for a in entry.get("authors", [])],
        blocks=blocks,
    )


def lead_sentence(entry: dict) -> str:
    """The scorer's lead_summary: the first sentence of the first paragraph."""
    first = next((t for t in entry["body"] if not t.startswith("## ")), "")
    sentences = summary_module.split_sentences(names.DATELINE.sub("", first.strip()).strip())
    return sentences[0] if sentences else first


def lead_sentences(entry: dict, limit: int = summary_module.SUMMARY_MAX_CHARS) -> str:
    """The first sentences of the body, as many as fit in `limit` characters (at least one)."""
    paragraphs = [t for t in entry["body"] if not t.startswith("## ")]
    out = ""
    for sentence in summary_module.split_sentences("\n".join(paragraphs)):
        if out and len(scorer.norm(out + sentence)) > limit:
            break
        out += sentence
    return out


def held_out_kind(entry_id: str) -> bool:
    return zlib.crc32(entry_id.encode("utf-8")) % 2 == 1


def score(entries: list[dict], verbose: bool = False) -> tuple[float, float, float, int]:
    articles = [corpus_article(e) for e in entries]
    idf = enrich.build_idf(enrich.body_text(a) for a in articles)
    total_sum = total_lead = total_leads = 0.0
    for entry, article in zip(entries, articles):
        got = enrich.enrich_article(article, idf).summary
        assert len(scorer.norm(got)) <= summary_module.SUMMARY_MAX_CHARS, got
        rl = scorer.rouge_l(entry["summary"], got)
        lead = scorer.rouge_l(entry["summary"], lead_sentence(entry))
        total_sum += rl
        total_lead += lead
        total_leads += scorer.rouge_l(entry["summary"], lead_sentences(entry))
        if verbose:
            print(f"  {entry['id']}: {rl:.3f} (lead {lead:.3f}) {got}")
    n = max(1, len(entries))
    return total_sum / n, total_lead / n, total_leads / n, len(entries)


def sample_page() -> tuple[float, float, float, int]:
    gold = yaml.safe_load((TESTS / "gold" / "park-page-2021-01.gold.yaml").read_text(encoding="utf-8"))
    total_sum = total_lead = 0.0
    for g in gold["articles"]:
        article = Article(
            id=g["id"],
            title=g["title"],
            subtitle=g.get("subtitle", ""),
            dateline=g.get("dateline", ""),
            authors=[Author(name) for name in g.get("authors", [])],
            blocks=[Block(b["type"], b["text"]) for b in g["blocks"]],
        )
        total_sum += scorer.rouge_l(g["summary"], enrich.enrich_article(article).summary)
        total_lead += scorer.rouge_l(g["summary"], g["lead_summary"])
    n = len(gold["articles"])
    return total_sum / n, total_lead / n, float("nan"), n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every article's summary")
    verbose = parser.parse_args().verbose

    def load(name: str) -> list[dict]:
        path = TESTS / "corpus" / name
        return yaml.safe_load(path.read_text(encoding="utf-8"))["articles"] if path.exists() else []

    kinds = [e for e in load("kinds.yaml") if e.get("summary")]
    sets = [
        ("articles.yaml", "tuned", [e for e in load("articles.yaml") if e.get("summary")]),
        ("kinds.yaml (even half)", "tuned", [e for e in kinds if not held_out_kind(e["id"])]),
        *((name, "tuned", [e for e in load(name) if e.get("summary")]) for name in TUNED_CORPORA),
        ("kinds.yaml (odd half)", "held out", [e for e in kinds if held_out_kind(e["id"])]),
        *((name, "held out", [e for e in load(name) if e.get("summary")]) for name in HELD_OUT_CORPORA),
    ]
    print(f"{'corpus':<24} {'split':<9} {'n':>3} {'summary':>8} {'lead-1':>7} {'lead-120':>8} {'margin':>7}")
    for name, split, entries in sets:
        if not entries:
            continue
        if verbose:
            print(name)
        s, lead, leads, n = score(entries, verbose)
        print(f"{name:<24} {split:<9} {n:>3} {s:>8.3f} {lead:>7.3f} {leads:>8.3f} {s - lead:>+7.3f}")
    s, lead, _, n = sample_page()
    print(f"{'sample page (gold)':<24} {'-':<9} {n:>3} {s:>8.3f} {lead:>7.3f} {'':>8} {s - lead:>+7.3f}")


if __name__ == "__main__":
    main()
