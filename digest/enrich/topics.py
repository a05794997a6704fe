"""Topics: the fixed labels of data/topics.yaml, scored by their weighted terms."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..language import gazetteer
from ..resources import topic_table


@dataclass(frozen=True)
class _TopicModel:
    labels: tuple[str, ...]
    term_weights: dict[str, tuple[tuple[str, float], ...]]  # term -> (label, weight)...
    matcher: re.Pattern[str]


@lru_cache(maxsize=1)
def _topic_model() -> _TopicModel:
    topics = topic_table()
    weights: dict[str, list[tuple[str, float]]] = {}
    for topic in topics:
        for entry in topic.get("keywords") or []:
            ((term, weight),) = entry.items()
            weights.setdefault(str(term), []).append((topic["label"], float(weight)))
    terms = sorted(weights, key=lambda t: (-len(t), t))  # longest first: "知识产权质押" before "质押"
    return _TopicModel(
        labels=tuple(t["label"] for t in topics),
        term_weights={t: tuple(w) for t, w in weights.items()},
        matcher=re.compile("|".join(map(re.escape, terms))),
    )


def topic_labels() -> tuple[str, ...]:
    """The fixed topic vocabulary of data/topics.yaml, in file order."""
    return _topic_model().labels


# One clause counts at most this much towards a topic: a clause that lists five
# industries ("生物医药、装备制造、新型材料…") is one mention of each, not a paragraph
# about them; a paragraph about a topic spreads its terms over several clauses.
_CLAUSE_CAP = 4.0
_CLAUSE_SPLIT = re.compile(r"[，。！？；：,;:!?\n]")
# Terms in the headline count this many times over.
_HEADLINE_FACTOR = 2.0
# Evidence is scaled to an article of this many characters: a long feature needs
# more mentions than a brief to be "substantially about" a topic.
_REFERENCE_LENGTH = 600
# A topic needs this much scaled evidence: about three strong terms in separate
# clauses, or a headline term and a clause or two. (No threshold relative to the
# best topic: an article can be overwhelmingly about one topic and still give
# another a full paragraph.)
_TOPIC_THRESHOLD = 9.0
_MAX_TOPICS = 4


def topic_scores(headline: str, body: str) -> dict[str, float]:
    """Evidence for each topic, scaled for article length."""
    model = _topic_model()
    scores: Counter[str] = Counter()
    for clause in _CLAUSE_SPLIT.split(_mask_parks(body)):
        per_topic: Counter[str] = Counter()
        for m in model.matcher.finditer(clause):
            for label, weight in model.term_weights[m.group()]:
                per_topic[label] += weight
        for label, value in per_topic.items():
            scores[label] += min(value, _CLAUSE_CAP)
    for m in model.matcher.finditer(_mask_parks(headline)):
        for label, weight in model.term_weights[m.group()]:
            scores[label] += _HEADLINE_FACTOR * weight
    scale = math.sqrt(max(1.0, len(body) / _REFERENCE_LENGTH))
    return {label: value / scale for label, value in scores.items()}


def classify_topics(headline: str, body: str) -> list[str]:
    """The topics the article is substantially about, most central first (at most 4)."""
    scores = topic_scores(headline, body)
    ranked = sorted(scores, key=lambda label: (-scores[label], topic_labels().index(label)))
    return [label for label in ranked if scores[label] >= _TOPIC_THRESHOLD][:_MAX_TOPICS]


def _mask_parks(text: str) -> str:
    """Blank out park names, whose words are not evidence of a topic
    (稀土 in 包头稀土高新区, 医药 in 泰州医药高新区)."""
    chars = list(text)
    for _, start, end in gazetteer.find(text):
        chars[start:end] = "□" * (end - start)
    return "".join(chars)
