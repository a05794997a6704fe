"""Keywords: the archive's TF-IDF over jieba's terms, headline terms weighed up."""

from __future__ import annotations

import math

from ..language import gazetteer, nlp
from ..language.nlp import Idf

_MIN_KEYWORDS = 3
_MAX_KEYWORDS = 6
# A keyword below this share of the best keyword's weight is left out (beyond the minimum).
_KEYWORD_RELATIVE_FLOOR = 0.35
_HEADLINE_KEYWORD_BOOST = 1.5


def extract_keywords(headline: str, body: str, idf: Idf, main: gazetteer.Zone | None) -> list[str]:
    """3-6 terms a person would tag the article with: TF-IDF over candidate terms,
    headline terms boosted; the main park is left out, as it has a field of its own."""
    counts = nlp.term_counts(headline + "\n" + body)
    if main:
        for name in list(counts):
            if gazetteer.lookup(name) == main:
                del counts[name]
    in_headline = set(nlp.term_counts(headline))
    weights = {
        term: (1 + math.log(count))
        * idf.weight(term)
        * (_HEADLINE_KEYWORD_BOOST if term in in_headline else 1.0)
        for term, count in counts.items()
    }
    # A term said once in passing is not what the article is about: terms that
    # recur or stand in the headline go first, single mentions only fill up.
    salient = {t for t, c in counts.items() if c >= 2 or t in in_headline}
    ranked = sorted(weights, key=lambda t: (t not in salient, -weights[t], t))
    chosen: list[str] = []
    for term in ranked:
        if len(chosen) >= _MAX_KEYWORDS:
            break
        if len(chosen) >= _MIN_KEYWORDS and (
            term not in salient or weights[term] < _KEYWORD_RELATIVE_FLOOR * weights[chosen[0]]
        ):
            break
        if any(term in c or c in term for c in chosen):  # "知识产权" beside "知识产权质押贷款"
            continue
        chosen.append(term)
    return chosen
