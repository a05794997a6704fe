"""Enrich articles: main park and all parks, province and city, topics, keywords,
an extractive summary, length and reading time.

Pure functions over the dataclasses of digest.models: each returns an enriched
copy. The only files read are the project's own data files, once.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

import yaml

from digest import gazetteer, names, nlp
from digest.models import Article, Block, Page
from digest.nlp import Idf

# Reading speed for Chinese news text, in characters per minute (typical adult
# silent reading of Chinese is 300-500 characters a minute).
READING_CHARS_PER_MINUTE = 400

SUMMARY_MAX_CHARS = 120

_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)")
_CLAUSE_END = re.compile(r"[，；：,;:]")
_WHITESPACE = re.compile(r"\s+")
# Spaces the PDF text keeps inside Chinese ("通 过 知 识 产 权", "2015 年的 22 名");
# only a space between two Latin letters or digits is a real one.
_STRAY_SPACE = re.compile(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])")


def enrich_page(page: Page, idf: Idf | None = None) -> Page:
    """A copy of `page` with every article enriched."""
    return replace(page, articles=[enrich_article(a, idf) for a in page.articles])


def enrich_article(article: Article, idf: Idf | None = None) -> Article:
    """A copy of `article` with park, parks, province, city, topics, keywords,
    summary, char_count and reading_minutes filled in.

    `idf` is the archive's (see build_idf); without it keyword weights come from
    jieba's general-language IDF alone.
    """
    idf = idf or Idf()
    headline = _headline(article)
    body = _body(article)
    parks = rank_parks(headline, body)
    main = parks[0] if parks else None
    chars = len(_WHITESPACE.sub("", body))
    return replace(
        article,
        park=main.official if main else "",
        parks=[z.official for z in parks],
        province=main.province if main else "",
        city=main.city if main else "",
        topics=classify_topics(headline, body),
        keywords=extract_keywords(headline, body, idf, main),
        summary=summarize(article, idf, main),
        char_count=chars,
        reading_minutes=max(1, math.ceil(chars / READING_CHARS_PER_MINUTE)),
    )


def build_idf(texts: Iterable[str]) -> Idf:
    """Document frequencies of candidate keywords over the archive's article bodies
    (one pass, linear in the archive)."""
    doc_freq: Counter[str] = Counter()
    doc_count = 0
    for text in texts:
        doc_count += 1
        doc_freq.update(nlp.term_counts(text).keys())
    return Idf(doc_count=doc_count, doc_freq=dict(doc_freq))


def _headline(article: Article) -> str:
    return "\n".join(_squeeze(t) for t in (article.kicker, article.title, article.subtitle) if t)


def _blocks(article: Article) -> list[Block]:
    """The body blocks with stray spaces removed, the first without its 本报讯
    dateline (the parser may leave it there)."""
    blocks = [replace(b, text=_squeeze(b.text)) for b in article.blocks]
    if blocks:
        blocks[0] = replace(blocks[0], text=names.DATELINE.sub("", blocks[0].text.lstrip()).lstrip())
    return blocks


def _squeeze(text: str) -> str:
    return _STRAY_SPACE.sub("", text.strip())


def _body(article: Article) -> str:
    """Body text, one block a line, without the dateline."""
    return "\n".join(b.text for b in _blocks(article))


# ---------------------------------------------------------------- parks

# A park named in the headline is what the article is about far more often than
# one named most in the body, so a headline mention outweighs several body ones.
_HEADLINE_MENTION_WEIGHT = 4.0
# A park named in the opening lines gets up to this much on top of its count.
_EARLY_MENTION_WEIGHT = 1.5


def rank_parks(headline: str, body: str) -> list[gazetteer.Zone]:
    """Every park mentioned, the one the article is mainly about first."""
    in_headline = {zone for zone, _, _ in gazetteer.mentions(headline)}
    scores: dict[gazetteer.Zone, float] = {}
    order: dict[gazetteer.Zone, int] = {}
    length = max(1, len(body))
    for zone, count, first in gazetteer.mentions(body):
        scores[zone] = count + _EARLY_MENTION_WEIGHT * (1 - first / length)
        order[zone] = first
    for zone in in_headline:
        scores[zone] = scores.get(zone, 0.0) + _HEADLINE_MENTION_WEIGHT
        order.setdefault(zone, -1)
    return sorted(scores, key=lambda z: (-scores[z], order[z]))


# ---------------------------------------------------------------- topics

@dataclass(frozen=True)
class _TopicModel:
    labels: tuple[str, ...]
    term_weights: dict[str, tuple[tuple[str, float], ...]]  # term -> (label, weight)...
    matcher: re.Pattern[str]


@lru_cache(maxsize=1)
def _topic_model() -> _TopicModel:
    with open(nlp.TOPICS_YAML, encoding="utf-8") as f:
        topics = yaml.safe_load(f)["topics"]
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


# ---------------------------------------------------------------- keywords

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
        term: (1 + math.log(count)) * idf.weight(term) * (_HEADLINE_KEYWORD_BOOST if term in in_headline else 1.0)
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
        if len(chosen) >= _MIN_KEYWORDS and (term not in salient or weights[term] < _KEYWORD_RELATIVE_FLOOR * weights[chosen[0]]):
            break
        if any(term in c or c in term for c in chosen):  # "知识产权" beside "知识产权质押贷款"
            continue
        chosen.append(term)
    return chosen


# ---------------------------------------------------------------- summary

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
        if chosen and (scores[s.position] < _SUMMARY_RELATIVE_FLOOR * best_score or _redundant(s, chosen, doc_vector)):
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
    paragraphs = [b.text for b in _blocks(article) if b.type == "paragraph"]
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
_DEPENDENT_OPENERS = ("但", "而", "此外", "其中", "同时", "另外", "因此", "所以", "对此", "这", "该", "此", "他", "她", "其")
_SPEECH = re.compile(r"[“\"].*[”\"]|(?:说|表示|介绍|认为)[。，：]")
# News reports the event of the day in a sentence dated 近日/日前/1月18日.
_EVENT_MARKER = re.compile(r"近日|日前|近期|\d{1,2}月\d{1,2}日")


def _sentence_score(s: _Sentence, doc: dict[str, float], idf: Idf, main: gazetteer.Zone | None, total: int) -> float:
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
