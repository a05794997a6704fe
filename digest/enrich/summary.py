"""An extractive summary: the sentences closest to the whole article, within 120 characters."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from ..language import gazetteer, nlp
from ..language.nlp import Idf
from ..models import Article
from .texts import body_blocks

SUMMARY_MAX_CHARS = 120

_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)")
_CLAUSE_END = re.compile(r"[，；：,;:]")
_WHITESPACE = re.compile(r"\s+")


def split_sentences(text: str) -> list[str]:
    """Sentences ending in 。！？ (closing quotes kept with them); a line break also
    ends one, so a paragraph without final punctuation stays whole."""
    out = []
    for line in text.split("\n"):
        out.extend(s for s in (m.group().strip() for m in _SENTENCE.finditer(line)) if s)
    return out


@dataclass(frozen=True, eq=False)  # compared by identity: two equal sentences are still two
class _Sentence:
    text: str
    position: int  # index among the article's sentences
    terms: Counter[str]

    @property
    def size(self) -> int:
        return len(_WHITESPACE.sub("", self.text))


# A summary aims at 70-110 characters, below the 120 cap: reference summaries run
# 80-100 characters, and filling the cap with a weak sentence costs more precision
# than it adds coverage. Once it has 70, no further sentence is added.
_SUMMARY_TARGET_CHARS = 110
_SUMMARY_ENOUGH_CHARS = 70
# A further sentence joins the best one only if it scores at least this share of it.
_SUMMARY_RELATIVE_FLOOR = 0.7


def summarize(article: Article, idf: Idf, main: gazetteer.Zone | None) -> str:
    """Whole sentences of the body, at most 120 characters, that best cover the article."""
    sentences = _summary_candidates(article)
    if not sentences:
        return ""
    doc_vector = _tfidf(sum((s.terms for s in sentences), Counter()), idf)
    scores = [_sentence_score(s, doc_vector, idf, main, len(sentences)) for s in sentences]
    ranked = sorted(sentences, key=lambda s: (-scores[s.position], s.position))
    best_score = scores[ranked[0].position]
    chosen: list[_Sentence] = []
    used = 0
    for s in ranked:
        if used >= _SUMMARY_ENOUGH_CHARS:
            break
        if used + s.size > _SUMMARY_TARGET_CHARS:
            continue
        if chosen and (
            scores[s.position] < _SUMMARY_RELATIVE_FLOOR * best_score or _redundant(s, chosen, doc_vector)
        ):
            continue
        chosen.append(s)
        used += s.size
    if not chosen:  # every sentence is longer than the target
        fitting = [s for s in ranked if s.size <= SUMMARY_MAX_CHARS]
        return fitting[0].text if fitting else _trim_to_clause(ranked[0].text, SUMMARY_MAX_CHARS)
    return "".join(s.text for s in sorted(chosen, key=lambda s: s.position))


def _summary_candidates(article: Article) -> list[_Sentence]:
    """Body sentences that can stand in a summary: no subheadings, no sentence
    naming an author, no questions."""
    authors = [a.name for a in article.authors if a.name]
    paragraphs = [b.text for b in body_blocks(article) if b.type == "paragraph"]
    out = []
    for text in split_sentences("\n".join(paragraphs)):
        if any(name in text for name in authors) or text.endswith(("？", "?")):
            continue
        out.append(_Sentence(text=text, position=len(out), terms=nlp.term_counts(text)))
    return out


def _tfidf(counts: Counter[str], idf: Idf) -> dict[str, float]:
    return {t: (1 + math.log(c)) * idf.weight(t) for t, c in counts.items() if c > 0}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(v * b.get(t, 0.0) for t, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


# Sentence openers that lean on the sentence before, so read badly alone.
_DEPENDENT_OPENERS = (
    "但",
    "而",
    "此外",
    "其中",
    "同时",
    "另外",
    "因此",
    "所以",
    "对此",
    "这",
    "该",
    "此",
    "他",
    "她",
    "其",
)
_SPEECH = re.compile(r"[“\"].*[”\"]|(?:说|表示|介绍|认为)[。，：]")
# News reports the event of the day in a sentence dated 近日/日前/1月18日.
_EVENT_MARKER = re.compile(r"近日|日前|近期|\d{1,2}月\d{1,2}日")


def _sentence_score(
    s: _Sentence, doc: dict[str, float], idf: Idf, main: gazetteer.Zone | None, total: int
) -> float:
    """How well a sentence stands for the article: centrality (TF-IDF cosine with
    the whole), early position, the main park named, the day's event, concrete
    figures; sentences that quote someone, lean on the previous one or are mere
    fragments lose."""
    score = _cosine(_tfidf(s.terms, idf), doc)
    score += 1.0 * (1 - s.position / max(1, total))  # news puts the main fact first
    if main and any(zone == main for zone, _, _ in gazetteer.find(s.text)):
        score += 0.15
    if _EVENT_MARKER.search(s.text):
        score += 0.1
    if re.search(r"\d", s.text):
        score += 0.05
    if s.text.startswith(_DEPENDENT_OPENERS):
        score -= 0.2
    if _SPEECH.search(s.text):
        score -= 0.2
    if s.size < 15:
        score -= 0.5
    return score


# Two sentences this similar (cosine of their terms, weighted as in the whole
# article) say the same thing; a summary keeps only one of them.
_REDUNDANT_SIMILARITY = 0.6


def _redundant(s: _Sentence, chosen: list[_Sentence], doc: dict[str, float]) -> bool:
    vector = {t: doc.get(t, 0.0) for t in s.terms}
    return any(_cosine(vector, {t: doc.get(t, 0.0) for t in c.terms}) > _REDUNDANT_SIMILARITY for c in chosen)


def _trim_to_clause(text: str, limit: int) -> str:
    """The longest run of whole clauses from the start of `text` within `limit`
    characters, closed with 。 (used only when no whole sentence fits; a sentence
    of more than `limit` characters without a single comma is cut short)."""
    cut = 0
    for m in _CLAUSE_END.finditer(text):
        if len(_WHITESPACE.sub("", text[: m.start()])) + 1 > limit:
            break
        cut = m.start()
    head = text[:cut] if cut else _WHITESPACE.sub("", text)[: limit - 1]
    return head.rstrip("，；：,;: ") + "。"
