"""An extractive summary: the sentences closest to the whole article, within 120 characters."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from ..language import gazetteer, nlp
from ..language.nlp import Idf
from ..language.text import CLOSERS, SENTENCE_END, opens_editor_note
from ..models import Article
from .texts import body_blocks, headline_text

SUMMARY_MAX_CHARS = 120

_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)")
_CLAUSE_END = re.compile(r"[，；：,;:]")
_WHITESPACE = re.compile(r"\s+")


# A rule line printed above or below a headline (━━━━), and a run-in subheading in
# lenticular brackets (〖研发平台支撑〗): page furniture the parse may leave in a paragraph.
_RULE = re.compile(r"[\u2500-\u257f]{3,}")
_RUN_IN_HEADING = re.compile(r"[〖【][^〗】]{1,20}[〗】]")


def split_sentences(text: str) -> list[str]:
    """Sentences ending in 。！？ (closing quotes kept with them); a line break also
    ends one, so a paragraph without final punctuation stays whole. Rule lines and
    run-in subheadings are left out, and so is text before a rule that ends no
    sentence: a ruled headline."""
    out = []
    for line in text.split("\n"):
        *fenced, last = _RULE.split(_RUN_IN_HEADING.sub("", line))
        for piece in fenced:
            sentences = _sentences_of(piece)
            out.extend(sentences[:-1] if sentences and not _ends_sentence(sentences[-1]) else sentences)
        out.extend(_sentences_of(last))
    return out


def _sentences_of(text: str) -> list[str]:
    return [s for s in (m.group().strip() for m in _SENTENCE.finditer(text)) if s]


def _ends_sentence(text: str) -> bool:
    return text.rstrip(CLOSERS).endswith(tuple(SENTENCE_END))


# Words before the news that a summary has no room for: the time-word of the day
# (近日，/日前，) or of no day at all (如今，/近年来，/今年以来，), the source of the
# report (记者从X获悉，/据了解，/统计显示，) and who said it (X表示，). Cut from the
# start of a sentence, as often as they follow one another.
_LEADING_FILLER = re.compile(
    r"^(?:"
    r"(?:近日|日前|近期|本月|本周|连日来|如今|目前|近年来|今年以来|据了解|据介绍|据悉|记者了解到|记者获悉)[，,]"
    r"|[^，,。！？!?“”：:；;]{0,24}?(?:获悉|了解到|显示|传来消息|表示|介绍|指出|透露)[，,：:]"
    r")"
)
# The same time-words right after the subject: 南京高新区近日出台 -> 南京高新区出台.
_INNER_TIME_WORD = re.compile(r"(?<=[区园城司心局会])(?:近日|日前)(?=[^，,。])")


def strip_filler(text: str) -> str:
    """`text` without its leading filler (see _LEADING_FILLER) and the 近日/日前 after
    its subject; unchanged if nothing of substance would be left. A source that names
    a park stays when the rest names none, unless the rest goes on about 园区: then the
    park's name takes its place (记者从无锡高新区获悉，园区… -> 无锡高新区…)."""
    out = text
    while True:
        m = _LEADING_FILLER.match(out)
        if not m or len(out) - m.end() < 10:
            break
        rest = out[m.end() :]
        named = gazetteer.find(m.group())
        if named and not gazetteer.find(rest):
            if not rest.startswith("园区"):
                break
            _, start, end = named[0]
            rest = m.group()[start:end] + rest[2:]
        out = rest
    return _INNER_TIME_WORD.sub("", out)


# Sentence openers that lean on the sentence before, so read badly alone.
_DEPENDENT_OPENERS = (
    "但",
    "而",
    "此外",
    "其中",
    "同时",
    "与此同时",
    "另外",
    "因此",
    "所以",
    "对此",
    "为此",
    "这",
    "该",
    "此",
    "他",
    "她",
    "它",
    "其",
    "此前",
    "随后",
    "然而",
    "不过",
    "于是",
)


# Settings a sentence may open with before its subject (如今，/今年以来，/1月18日，/在X，):
# the subject after them can still lean on the sentence before (如今，这些老产业…).
_OPENING_SETTING = re.compile(
    r"^(?:(?:如今|目前|当前|眼下|近年来|[^，,。]{0,10}(?:年|月|日|以来|期间)|在[^，,。]{1,20})[，,])+"
)


def is_dependent(text: str) -> bool:
    """Whether a sentence opens leaning on the one before it (这/该/此/其, 但, 同时...),
    at its start or right after the time or place it opens with."""
    after_setting = _OPENING_SETTING.sub("", text)
    return text.startswith(_DEPENDENT_OPENERS) or after_setting.startswith(_DEPENDENT_OPENERS)


@dataclass(frozen=True, eq=False)  # compared by identity: two equal sentences are still two
class _Sentence:
    text: str  # as a summary prints it: without its leading filler
    raw: str  # as the article prints it
    position: int  # index among the candidate sentences
    index: int  # index among all the article's sentences
    terms: Counter[str]
    leans_on: int | None  # index of the sentence it needs before it, if any

    @property
    def dependent(self) -> bool:
        return self.leans_on is not None

    @property
    def size(self) -> int:
        return len(_WHITESPACE.sub("", self.text))


# A summary may fill the 120 characters, but once it has 70 no further sentence is
# added: reference summaries run 80-110 characters, and a weak second sentence costs
# more precision than it adds coverage. (Closing a summary with the first clauses of
# a sentence that does not fit whole scored lower on the sample page; not done.)
_SUMMARY_TARGET_CHARS = 120
_SUMMARY_ENOUGH_CHARS = 70
# A further sentence joins the best one only if it brings a figure: reference
# summaries are dense in the article's figures, and a sentence without one mostly
# costs precision. Past 45 characters it must also score at least this share of the
# best one; below, the summary says who did what but not how much, and the next best
# sentence with a figure adds more than it costs, however central it is.
_SUMMARY_RELATIVE_FLOOR = 0.7
_SUMMARY_SHORT_CHARS = 45
# The headline names what the article is about: a sentence saying the same (cosine of
# their terms) stands for it better, and one from a story run into it by mistake worse.
_HEADLINE_WEIGHT = 0.3
# A short item whose lede (a first paragraph of one sentence, long enough to say who did
# what and how much) gives its figures has said its news there: what follows is
# background, and a reference summary of a 150-character brief runs about a third of
# it, not 70 characters. Such an item's summary has enough at this share of its length.
_SUMMARY_ENOUGH_SHARE = 0.35


def summarize(article: Article, idf: Idf, main: gazetteer.Zone | None) -> str:
    """Sentences of the body, at most 120 characters, that best cover the article and
    its headline, in their order; none leaning on a sentence left out."""
    sentences = _summary_candidates(article)
    if not sentences:
        return ""
    doc_vector = _tfidf(sum((s.terms for s in sentences), Counter()), idf)
    headline_vector = _tfidf(nlp.term_counts(headline_text(article)), idf)
    scores = [_sentence_score(s, doc_vector, headline_vector, idf, main, len(sentences)) for s in sentences]
    ranked = sorted(sentences, key=lambda s: (-scores[s.position], s.position))
    best_score = scores[ranked[0].position]
    enough = _enough_chars(article, sentences)
    chosen: list[_Sentence] = []
    used = 0
    pending = list(ranked)
    progress = True
    while progress and used < enough:
        progress = False
        for s in pending:
            if used + s.size > _SUMMARY_TARGET_CHARS:
                continue
            if s.dependent and not _antecedent_chosen(s, chosen):
                continue
            if chosen and (
                (used >= _SUMMARY_SHORT_CHARS and scores[s.position] < _SUMMARY_RELATIVE_FLOOR * best_score)
                or not _FIGURE.search(s.text)
                or _redundant(s, chosen, doc_vector)
            ):
                continue
            chosen.append(s)
            used += s.size
            pending.remove(s)
            progress = True
            break
    if not chosen:  # no sentence fits alone
        standing = [s for s in ranked if not s.dependent] or ranked
        return _trim_to_clause(standing[0].text, SUMMARY_MAX_CHARS)
    return "".join(s.text for s in sorted(chosen, key=lambda s: s.position))


def _enough_chars(article: Article, sentences: list[_Sentence]) -> float:
    """The length past which a summary adds no further sentence: 70 characters, or less
    for a short item whose lede already gives its figures."""
    if not _lede_with_figures(article):
        return _SUMMARY_ENOUGH_CHARS
    article_chars = sum(len(_WHITESPACE.sub("", s.raw)) for s in sentences)
    return min(_SUMMARY_ENOUGH_CHARS, _SUMMARY_ENOUGH_SHARE * article_chars)


def _lede_with_figures(article: Article) -> bool:
    """Whether the article opens on a lede: a first paragraph of one sentence, with a figure,
    before more paragraphs (a one-paragraph item has none set apart). A shorter lede says
    who did what but not how much: the sentence with figures after it still belongs."""
    paragraphs = [b.text for b in body_blocks(article) if b.type == "paragraph"]
    lede = split_sentences(paragraphs[0]) if len(paragraphs) > 1 else []
    return len(lede) == 1 and len(lede[0]) >= _SUMMARY_SHORT_CHARS and bool(_FIGURE.search(lede[0]))


def _antecedent_chosen(s: _Sentence, chosen: list[_Sentence]) -> bool:
    return any(c.index == s.leans_on for c in chosen)


def _summary_candidates(article: Article) -> list[_Sentence]:
    """Body sentences that can stand in a summary: no subheadings, no editor's note's sentence (it
    speaks of the page, not the news), no sentence naming an author, no questions or answers of an
    interview."""
    authors = [a.name for a in article.authors if a.name]
    paragraphs = [b.text for b in body_blocks(article) if b.type == "paragraph"]
    notes = {_first_sentence(p) for p in paragraphs if opens_editor_note(p)}
    out: list[_Sentence] = []
    every = split_sentences("\n".join(paragraphs))
    for index, text in enumerate(every):
        if any(name in text for name in authors) or text.endswith(("？", "?")) or _INTERVIEW_TURN.match(text):
            continue
        if text in notes:
            continue
        short = strip_filler(text)
        leans_on = index - 1 if is_dependent(short) else _named_before(short, every[:index])
        out.append(
            _Sentence(
                text=short,
                raw=text,
                position=len(out),
                index=index,
                terms=nlp.term_counts(short),
                leans_on=leans_on,
            )
        )
    return out


def _first_sentence(paragraph: str) -> str:
    """A note's own sentence: a paper may run the story's first words on in the note's paragraph."""
    return next(iter(split_sentences(paragraph)), "")


# Nouns of a tag jieba gives common nouns: a bare one opening a sentence may be short for a name.
_NOUN_TAGS = ("n", "nz")
_HAN = "\u4e00-\u9fff"


def _named_before(text: str, earlier: list[str]) -> int | None:
    """The earlier sentence a bare noun opening `text` is short for (项目总投资25亿元… after
    …动力电池回收利用项目落户园区。): the last that has the noun at the end of a longer
    name. A park's name or 园区 stands on its own."""
    word, tag = nlp.opening_word(_OPENING_SETTING.sub("", text))
    if len(word) < 2 or tag not in _NOUN_TAGS or word == "园区" or gazetteer.lookup(word):
        return None
    tail_of_name = re.compile(f"[{_HAN}]{re.escape(word)}")
    return next((i for i in reversed(range(len(earlier))) if tail_of_name.search(earlier[i])), None)


# An interview's turn: 问：/答：/记者：/a name (艾尔肯·吐拉洪 too) and a colon, opening the sentence.
_INTERVIEW_TURN = re.compile(
    r"^(?:问|答|记者|[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6})[：:]"
)


def _tfidf(counts: Counter[str], idf: Idf) -> dict[str, float]:
    return {t: (1 + math.log(c)) * idf.weight(t) for t, c in counts.items() if c > 0}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(v * b.get(t, 0.0) for t, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


_SPEECH = re.compile(r"[“\"].*[”\"]|(?:说|表示|介绍|认为)[。，：]")
# News reports the event of the day in a sentence dated 近日/日前/1月18日.
_EVENT_MARKER = re.compile(r"近日|日前|近期|本月|本周|连日来|\d{1,2}月\d{1,2}日")
# A feature opens on a scene (清晨八点，…/走进…/在X的一处车间里，…) before its news.
_SCENE = re.compile(
    r"^(?:走进|站在|来到|清晨|早上|上午|中午|下午|傍晚|晚上|深夜|凌晨|初[春夏秋冬]|[春夏秋冬]日|[^，]{1,4}时节"
    r"|在[^，。]{2,40}(?:里|上|前|中|内|旁|边|外)，)"
)


# A number the article reports; a year (2008年) dates a sentence and is none.
_FIGURE = re.compile(r"(?<![\d.])(?!(?:19|20)\d{2}年)\d+(?:\.\d+)?")
# Weights, set on articles.yaml and half of kinds.yaml (benchmarks/eval_summary.py):
# the position prior at 0.5 rather than 1.0 lets a later sentence with the article's
# figures beat a first sentence that sets a scene; each figure counts, up to four.
_POSITION_WEIGHT = 0.5
_FIGURE_BONUS = 0.05
_FIGURE_CAP = 0.2
_SCENE_PENALTY = 0.3


def _sentence_score(
    s: _Sentence,
    doc: dict[str, float],
    headline: dict[str, float],
    idf: Idf,
    main: gazetteer.Zone | None,
    total: int,
) -> float:
    """How well a sentence stands for the article: centrality (TF-IDF cosine with
    the whole), closeness to the headline, early position, the main park named, the
    day's event, concrete figures; sentences that set a scene, quote someone, lean on
    the previous one or are mere fragments lose."""
    vector = _tfidf(s.terms, idf)
    score = _cosine(vector, doc) + _HEADLINE_WEIGHT * _cosine(vector, headline)
    score += _POSITION_WEIGHT * (1 - s.position / max(1, total))  # news puts the main fact first
    if main and any(zone == main for zone, _, _ in gazetteer.find(s.text)):
        score += 0.15
    event = _EVENT_MARKER.search(s.raw)
    if event:
        score += 0.1
    score += min(_FIGURE_CAP, _FIGURE_BONUS * len(_FIGURE.findall(s.text)))
    if is_dependent(s.text):
        score -= 0.2
    if _SPEECH.search(s.text):
        score -= 0.2
    if not event and _SCENE.match(s.text):
        score -= _SCENE_PENALTY
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
    """`text` if it fits, else the longest run of whole clauses from its start within
    `limit` characters, closed with 。 (a sentence of more than `limit` characters
    without a single comma is cut short)."""
    if len(_WHITESPACE.sub("", text)) <= limit:
        return text
    cut = 0
    for m in _CLAUSE_END.finditer(text):
        if len(_WHITESPACE.sub("", text[: m.start()])) + 1 > limit:
            break
        cut = m.start()
    if not cut:
        return _WHITESPACE.sub("", text)[: limit - 1] + "。"
    return text[:cut].rstrip("，；：,;: ") + "。"
