"""What every layouter's gold derives from its own article text the same way, and the check of a
layouter's text conservation: every character its reader printed placed by its gold."""

import re
import unicodedata
from collections import Counter


def lead_sentence(blocks: list[dict]) -> str:
    """The article's first sentence: the lead baseline a summary is scored against."""
    first = next((b["text"] for b in blocks if b["type"] == "paragraph"), "")
    end = first.find("。")
    return first[: end + 1] if end >= 0 else first


def visible(text: str) -> Counter:
    """The characters a page prints, as the scorer compares them (NFKC, whitespace dropped)."""
    return Counter(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)))


def gold_text(gold: dict) -> str:
    """Every text the gold places: the articles' headlines, credits, blocks and captions, the furniture
    and the unassigned lines. The dateline is inside the first block, so it is not counted twice."""
    parts: list[str] = []
    for article in gold["articles"]:
        parts += [article.get(k, "") for k in ("kicker", "title", "subtitle", "byline")]
        parts += [b["text"] for b in article["blocks"]]
        for caption in article.get("captions", []):
            parts += [caption.get("label", ""), caption.get("text", ""), caption.get("credit", "")]
    return "".join(parts + gold.get("furniture", []) + gold.get("unassigned", []))


def conservation_gap(raw: str, gold: dict) -> tuple[Counter, Counter]:
    """(characters of the raw page the gold does not place, characters the gold places the page lacks)."""
    printed, placed = visible(raw), visible(gold_text(gold))
    return printed - placed, placed - printed
