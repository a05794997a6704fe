"""Chinese word segmentation and term statistics: the only module that imports jieba.

jieba is loaded on first use, not on import, because loading its dictionary takes
about a second and most commands (render, site) never need it. Every park name
and alias of the gazetteer is added as one word, so "武汉东湖高新区" or "中国光谷"
is never cut in two: the parser compares headlines with bodies through `words`,
and keywords and search rely on the same tokens. The topic terms of
data/topics.yaml are added too, so that domain words jieba's general dictionary
lacks ("数字经济", "概念验证", "一业一证") stay whole.
"""

from __future__ import annotations

import gc
import logging
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType, MethodType
from typing import NamedTuple

from ..resources import DATA, topic_table
from . import gazetteer
from .text import memo_by_text

STOPWORDS_TXT = DATA / "stopwords.txt"

# Park names must beat any split jieba's own dictionary suggests; this frequency
# is above that of any entry in jieba's dictionary.
_PARK_WORD_FREQ = 10_000_000

# Tokens that carry grammar, not content; `words` drops them so that a headline
# and its body are compared on what they say.
_FUNCTION_WORDS = frozenset(
    "的 地 得 了 着 过 在 和 与 及 或 等 是 为 将 对 把 被 也 都 而 之 其 以 于 从 向 由 并 又 "
    "就 还 则 但 且 这 那 个 该 此 各 每 已 要 会 能 可 所 啊 吗 呢 吧".split()
)

# jieba part-of-speech tags of words that can stand as a keyword: nouns, names of
# organisations and other proper nouns, verbal nouns (改革, 融资), abbreviations and
# Latin words. Places (ns) are left out: province and city have fields of their own.
_KEYWORD_TAGS = frozenset({"n", "nz", "nt", "vn", "j", "eng", "an", "nrt"})
# Tags of words that may be part of a repeated phrase ("知识产权" + "质押" + "贷款"),
# and may start one ("大" + "模型", "新型" + "显示"); a phrase ends in a keyword tag.
_PHRASE_PART_TAGS = _KEYWORD_TAGS | {"v", "ns", "a", "b", "nr", "ng", "vd"}
_PHRASE_START_TAGS = _KEYWORD_TAGS | {"a", "b", "ng", "ns"}

_PUNCT_OR_SPACE = re.compile(r"^[\W_]+$")
_HAS_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_ASCII_RUN = re.compile(r"[a-zA-Z0-9]")  # what jieba, without its HMM, joins into one token
_NUMERIC = re.compile(
    r"[\d０-９%％.．·]|^[零〇一二两三四五六七八九十百千万亿几数多]+[年月日号个项家次倍成批种类名位人条件天周]?$"
)
# A place or its authorities ("保定市", "厦门市委") is not what an article is about.
_PLACE_SUFFIX = re.compile(r"(?:市|省|县|区|市委|市政府|省委|省政府|区委)$")
_CLAUSE_BREAK = re.compile(r"[，。！？；：、,.!?;:“”‘’\"'（）()《》【】\[\]—…\s]+")

_MAX_PHRASE_TOKENS = 3
_MAX_PHRASE_CHARS = 8


class Token(NamedTuple):
    """A word and its offsets: one is made for every token of every text tokenized, and a
    named tuple is made in a third of the time a frozen dataclass takes."""

    word: str
    start: int
    end: int


# jieba's own two steps of a cut, written again to look each fragment up once (its code asks the
# dictionary twice per fragment, through the tokenizer's attributes each time, and takes each
# word's logarithm anew): the same words and the same sums, in the same order, so the same cuts;
# a page's parse spends most of its jieba time in them


def _word_ends(tokenizer, sentence: str) -> dict[int, list[int]]:
    """jieba's get_DAG: for each character, where each dictionary word opening on it ends."""
    tokenizer.check_initialized()
    count = tokenizer.FREQ.get  # a word's count, 0 for a prefix of words alone, None for neither
    ends: dict[int, list[int]] = {}
    n = len(sentence)
    for k in range(n):
        found = []
        i = k
        frequency = count(sentence[k])
        while frequency is not None:
            if frequency:
                found.append(i)
            i += 1
            if i == n:
                break
            frequency = count(sentence[k : i + 1])
        ends[k] = found or [k]
    return ends


def _best_route(tokenizer, sentence: str, dag: dict[int, list[int]], route: dict) -> None:
    """jieba's calc: from the sentence's end back, the likeliest word to open on each character
    (each word's log-likelihood computed once, kept with the tokenizer)."""
    n = len(sentence)
    route[n] = (0, 0)
    weight = tokenizer.word_weights
    for idx in range(n - 1, -1, -1):
        best = None
        for x in dag[idx]:
            word = sentence[idx : x + 1]
            score = weight.get(word)
            if score is None:
                score = weight[word] = math.log(tokenizer.FREQ.get(word) or 1) - math.log(tokenizer.total)
            choice = (score + route[x + 1][0], x)
            if best is None or choice > best:
                best = choice
        route[idx] = best


@lru_cache(maxsize=1)
def _tokenizer():
    """jieba with the park and topic-term user dictionary; built once, on first use."""
    import jieba

    jieba.setLogLevel(logging.WARNING)  # keep "Building prefix dict..." off stderr
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for name in gazetteer.all_names():
        tokenizer.add_word(name, freq=_PARK_WORD_FREQ, tag="nt")
    for term in domain_terms():
        tokenizer.add_word(term, tag="nz")  # jieba picks a frequency that keeps it whole
    # its dictionary whole (adding a word changes every word's weight): the steps written again
    tokenizer.get_DAG = MethodType(_word_ends, tokenizer)
    tokenizer.calc = MethodType(_best_route, tokenizer)
    tokenizer.word_weights = {}
    # what is loaded by now (the modules' tables, the dictionary's prefixes) lives as long as the
    # process: out of the collector's reach, a full collection, which a page's parse may set off,
    # walks only what the parses made (about 40 ms a collection on a loaded machine, 0.01 frozen)
    gc.freeze()
    return tokenizer


@lru_cache(maxsize=1)
def domain_terms() -> tuple[str, ...]:
    """The multi-character topic terms of data/topics.yaml."""
    terms = {str(term) for topic in topic_table() for entry in topic.get("keywords") or [] for term in entry}
    return tuple(sorted(t for t in terms if len(t) >= 2))


def load() -> None:
    """Load jieba now (benchmarks time it apart; everything else loads lazily)."""
    _tokenizer()
    _word_tags()
    _general_idf()


# Segmentation runs without jieba's HMM everywhere: the HMM guesses words for
# stretches its dictionary lacks, and its guesses change with the surrounding text,
# so the same headline words would come out differently in the body; its guesses
# also make poor keywords ("营收破", "上云用"). Dictionary words, park names and
# topic terms stay whole; an unknown name falls apart into characters.
@memo_by_text  # a headline's phrases are tagged for each of its gaps weighed, and for each role
def _cut(text: str) -> tuple[str, ...]:
    return tuple(_tokenizer().cut(text, HMM=False))


@memo_by_text  # the same two lines are asked about by several rules that weigh their break
def tokenize(text: str) -> tuple[Token, ...]:
    """Every token of `text` with its offsets, punctuation and spaces included."""
    return tuple(Token(w, start, end) for w, start, end in _tokenizer().tokenize(text, HMM=False))


# How far either side of a joint jieba need read to tell the word across it: a dozen
# characters hold any word and the ones it competes with
JOINT_WINDOW = 12
# jieba cuts each run of these characters (its re_han_default) apart from the text around it,
# and any mark or space between runs into single characters: a word across a joint lies in the
# run the joint falls inside, and the rest of the window, cut for nothing, is left out
_JIEBA_RUN = "\u4e00-\u9fd5a-zA-Z0-9+#&._%\\-"
_RUN_END = re.compile(f"[{_JIEBA_RUN}]*\\Z")
_RUN_START = re.compile(f"[{_JIEBA_RUN}]*")


def _joint_run(before: str, after: str) -> tuple[str, str]:
    """The two halves, within the window, of the run jieba cuts as one across the joint (empty
    where the joint falls beside a mark or a space, which no word spans)."""
    tail, head = before[-JOINT_WINDOW:], after[:JOINT_WINDOW]
    return tail[_RUN_END.search(tail).start() :], _RUN_START.match(head).group()


def word_across(before: str, after: str) -> bool:
    """jieba, reading the two texts as one, keeps a word across their joint ("产业" / "链条")."""
    tail, head = _joint_run(before, after)
    if not (tail and head and _may_cross(tail, head)):
        return False
    return any(t.start < len(tail) < t.end for t in tokenize(tail + head))


def word_cut(before: str, after: str) -> bool:
    """The joint falls inside a word, leaving a character of it alone on one side ("铜箔产" /
    "能跃居", "齐齐哈尔高" / "新区"): jieba keeps a word across the joint, and reads the last word
    of the first text or the first word of the second, each alone, as a single character. Two
    words each text holds whole may still be read as one compound ("产业" / "园区")."""
    tail, head = _joint_run(before, after)
    if not word_across(tail, head):
        return False
    last, first = tokenize(tail)[-1], tokenize(head)[0]
    return min(last.end - last.start, first.end - first.start) == 1


def _may_cross(tail: str, head: str) -> bool:
    """Whether any token could span the joint, asked of the dictionary before jieba cuts: a
    token across it is a run of ASCII letters and digits, or a dictionary word, and jieba keeps
    every prefix of its words."""
    if _ASCII_RUN.match(tail[-1]) and _ASCII_RUN.match(head[0]):
        return True
    prefixes = _tokenizer().FREQ
    return any(tail[-k:] + head[0] in prefixes for k in range(1, len(tail) + 1))


def splits_word(before: str, after: str) -> bool:
    """jieba, reading the two texts as one, keeps a word across their joint, and read apart
    either text leaves a lone character at it ("产" / "能…", "专利执" / "行…"). Two words that
    meet there ("产业" / "园区…") are parted between words, however jieba joins them; a word of
    two characters spans a joint by chance unless it is common ("…12项" / "下转5版")."""
    tail, head = _joint_run(before, after)
    if not (tail and head and _may_cross(tail, head)):
        return False
    for token in tokenize(tail + head):
        if token.start < len(tail) < token.end:
            likely = len(token.word) > 2 or is_common_word(token.word)
            return likely and (_lone_char(tokenize(tail)[-1:]) or _lone_char(tokenize(head)[:1]))
    return False


def _lone_char(tokens: tuple[Token, ...]) -> bool:
    return bool(tokens) and len(tokens[0].word) == 1


def is_known_word(word: str) -> bool:
    """In jieba's dictionary as a word of its own (personal names mostly are not)."""
    return bool(_tokenizer().FREQ.get(word))


COMMON_WORD = 50  # jieba's count for a word whose two characters are seldom side by side by chance


def is_common_word(word: str) -> bool:
    """In jieba's dictionary often enough that its characters seldom meet by chance."""
    return _tokenizer().FREQ.get(word, 0) >= COMMON_WORD


# jieba's tags of personal names, native (nr) and transliterated (nrt)
_PERSON_TAGS = frozenset({"nr", "nrt"})


def is_rare_personal_name(word: str) -> bool:
    """A word the dictionary holds as a person's name, and seldom meets ("阿旺晋美"): common
    words are tagged so too ("高峰", "文明")."""
    return _tag(word) in _PERSON_TAGS and _tokenizer().FREQ.get(word, 0) < COMMON_WORD


def tagged(text: str) -> list[tuple[str, str]]:
    """Each word of `text` with its part-of-speech tag in jieba's dictionary ("" when it has none)."""
    return [(word, _tag(word)) for word in _cut(text)]


def opening_word(text: str) -> tuple[str, str]:
    """The first word of `text` and its tag ("" for none), cut as `term_counts` cuts
    the text's first clause, so that asking both costs one cut."""
    clause = next((c for c in _CLAUSE_BREAK.split(text) if c), "")
    word = next((w for w in _cut(clause) if w.strip()), "")
    return word, _tag(word) if word else ""


def is_content(word: str) -> bool:
    """Not punctuation, not whitespace, not a function word."""
    return bool(word.strip()) and not _PUNCT_OR_SPACE.match(word) and word not in _FUNCTION_WORDS


def words(text: str) -> list[str]:
    """Content words of `text` in order: no punctuation, whitespace or function words."""
    return [w for w in _cut(text) if is_content(w)]


@lru_cache(maxsize=1)
def _word_tags() -> Mapping[str, str]:
    """Part-of-speech tag of each dictionary word (jieba's dict.txt: word, freq, tag)."""
    tags: dict[str, str] = {}
    tokenizer = _tokenizer()
    with tokenizer.get_dict_file() as f:
        for raw in f:
            parts = raw.decode("utf-8").split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    for term in domain_terms():
        tags[term] = "nz"
    for name in gazetteer.all_names():
        tags[name] = "nt"
    return MappingProxyType(tags)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Words never used as keywords (data/stopwords.txt, one a line, # comments)."""
    with open(STOPWORDS_TXT, encoding="utf-8") as f:
        return frozenset(w for line in f if (w := line.split("#", 1)[0].strip()))


def _is_term(word: str) -> bool:
    """Could `word` be a keyword on its own?"""
    if len(word) < 2 or not _HAS_WORD_CHAR.search(word) or _NUMERIC.search(word):
        return False
    if word in stopwords() or word in _FUNCTION_WORDS:
        return False
    if gazetteer.lookup(word) is not None:
        return True
    if _is_place(word):
        return False
    tag = _tag(word)
    # Without a tag, a token is a Latin word jieba passed through whole ("GDP", "AI").
    return tag in _KEYWORD_TAGS if tag else word.isascii() and word.isalpha()


def _is_place(word: str) -> bool:
    suffix = _PLACE_SUFFIX.search(word)
    return bool(suffix) and word[: suffix.start()] in gazetteer.place_stems()


# jieba's tags of personal names (nr), transliterated names (nrt) and places (ns): the parts of
# a Tibetan or Mongolian name ("扎西", "顿珠") are as often place names, and tagged so.
_NAME_PART_TAGS = frozenset({"nr", "nrt", "ns"})


def is_name_part(word: str) -> bool:
    """A dictionary word that may be part of a personal name."""
    return _tag(word) in _NAME_PART_TAGS


def is_adjective(word: str) -> bool:
    """A word the dictionary tags as an adjective ("新", "大")."""
    return _tag(word) == "a"


def _tag(word: str) -> str:
    return _word_tags().get(word, "")


def _is_phrase_part(word: str) -> bool:
    if not _HAS_WORD_CHAR.search(word) or _NUMERIC.search(word) or word in _FUNCTION_WORDS:
        return False
    tag = _tag(word)
    return tag in _PHRASE_PART_TAGS if tag else word.isascii() and word.isalpha()


def term_counts(text: str) -> Counter[str]:
    """Candidate keywords of `text` with their counts: single words that can be
    keywords, plus phrases of 2-3 adjacent words that recur ("质押贷款", "钒氮合金").

    A recurring phrase takes over the counts of its parts, so the parts only stay
    candidates when they also occur on their own.
    """
    clauses = [[w for w in _cut(c) if w.strip()] for c in _CLAUSE_BREAK.split(text) if c]
    singles: Counter[str] = Counter(
        w
        for clause in clauses
        for i, w in enumerate(clause)
        if _is_term(w) and not (i and _NUMERIC.search(clause[i - 1]))  # a unit: "12/英寸", "5000/吨"
    )
    phrases = _recurring_phrases(clauses)
    for phrase, (parts, count) in phrases.items():
        for part in parts:
            if part in singles:
                singles[part] -= count
    counts = Counter({w: c for w, c in singles.items() if c > 0})
    for phrase, (parts, count) in phrases.items():
        counts[phrase] = count
    return counts


def _recurring_phrases(clauses: list[list[str]]) -> dict[str, tuple[tuple[str, ...], int]]:
    """Phrases of adjacent words that occur at least twice, each with its count.

    Phrases compete for word positions: the most frequent (then the longest) takes
    its occurrences first, and a phrase keeps only occurrences whose words no
    chosen phrase has taken, so overlapping phrases never count the same words twice.
    """
    occurrences: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for c, clause in enumerate(clauses):
        for n in range(2, _MAX_PHRASE_TOKENS + 1):
            for i in range(len(clause) - n + 1):
                gram = tuple(clause[i : i + n])
                if _is_phrase(gram):
                    occurrences.setdefault(gram, []).append((c, i))
    taken: set[tuple[int, int]] = set()  # (clause, word index) already in a chosen phrase
    chosen: dict[str, tuple[tuple[str, ...], int]] = {}
    for gram, places in sorted(occurrences.items(), key=lambda kv: (-len(kv[1]), -len(kv[0]), kv[0])):
        free = [(c, i) for c, i in places if not any((c, j) in taken for j in range(i, i + len(gram)))]
        if len(free) < 2:
            continue
        for c, i in free:
            taken.update((c, j) for j in range(i, i + len(gram)))
        chosen["".join(gram)] = (gram, len(free))
    return chosen


def _is_phrase(gram: tuple[str, ...]) -> bool:
    """Could these adjacent words make one keyword? It starts with a noun or an
    attribute ("大/模型"), ends with a noun of two characters or more ("钒/氮/合金",
    not "贷款/到/账"), has no generic word at either end ("正大制药/有限公司") and
    no number or function word inside."""
    joined = "".join(gram)
    return (
        3 <= len(joined) <= _MAX_PHRASE_CHARS
        and all(map(_is_phrase_part, gram))
        and _tag(gram[0]) in _PHRASE_START_TAGS
        and _tag(gram[-1]) in _KEYWORD_TAGS
        and len(gram[-1]) >= 2
        and gram[0] not in stopwords()
        and gram[-1] not in stopwords()
        and joined not in stopwords()
    )


@lru_cache(maxsize=1)
def _general_idf() -> tuple[Mapping[str, float], float]:
    """jieba's IDF table (computed by its authors over a large general corpus) and its
    median, which jieba itself uses for unseen words."""
    import jieba

    path = Path(jieba.__file__).resolve().parent / "analyse" / "idf.txt"
    table: dict[str, float] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, _, value = line.strip().partition(" ")
            if value:
                table[word] = float(value)
    values = sorted(table.values())
    return MappingProxyType(table), values[len(values) // 2]


# How many archive documents count as much as jieba's general corpus when the two
# IDFs are blended: a single page leans on jieba's, a grown archive on its own.
_ARCHIVE_PRIOR_DOCS = 100


@dataclass(frozen=True)
class Idf:
    """Document frequencies of candidate terms over the archive."""

    doc_count: int = 0
    doc_freq: Mapping[str, int] = field(default_factory=dict)

    def weight(self, term: str) -> float:
        general_table, general_median = _general_idf()
        general = general_table.get(term, general_median)
        if not self.doc_count:
            return general
        archive = math.log((self.doc_count + 1) / (self.doc_freq.get(term, 0) + 1)) + 1
        share = self.doc_count / (self.doc_count + _ARCHIVE_PRIOR_DOCS)
        return share * archive + (1 - share) * general
