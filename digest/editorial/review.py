"""Where editors should look first: the evidence each article's parse rests on, and a confidence.

No parser of raw page text is right on every page, and nobody reads every article after
every build. `review(page)` reads each Article of a parsed Page for signs that its parse
went wrong: how its boundaries were found and its headline and byline came to it, what it
has and lacks (a title, authors, a sentence end), whether its headline and body belong
together, what the page left unassigned, and what enrichment was unsure of (a summary cut
at a clause, a park named once or two parks named about equally). Each sign is a Reason
with a weight, the chance on its own that something is wrong; the confidence is the chance
that none is (noisy-OR): the product of (1 - weight) over the reasons found.

The weights were fitted on generated pages (benchmarks/eval_review.py) and are checked on
others; README.md gives the figures. Only the Article and its Page are read, never the
raw page. What only the parser knows it records on the Article (Article.evidence, set
where parse/cut.py and parse/handout.py decide): what parts the text from its neighbours
(a dateline, a byline, a headline, or a change of subject only), and whether its headline
fit its text by content, by position only or was left over, and where its byline stood.
A parse stored before the parser recorded that has an empty evidence: its boundary is
then inferred from what it lacks (subject_only). Where unassigned text stood is still
inferred from what it reads like.

`build_digest.py review` lists the articles of the last build worst first; an article an
editor corrected leaves the list (cli.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..language import gazetteer, names
from ..language.text import ends_sentence
from ..models import Article, Page, SourcePage
from ..site.archive import place
from .history import last_changes
from .pagefile import PageError, read_docs_page
from .record import BuildRecord, FileState

# Below this confidence an article needs a look (the build counts them).
THRESHOLD = 0.5

_SPACE = re.compile(r"\s+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Characters that carry no content: a bigram made of them says nothing of a subject.
_FUNCTION_CHARS = set("的了在是和与及并也都而就为对将把被从向于以之其这那有个等中上下年月日")
# A body whose first character cannot start a sentence began in the middle of one.
_MID_SENTENCE_START = set("，、。；：！？）》”’」』,.;:!?)的了着地得和与及并而但或且之其所")
_SENTENCE_MARKS = re.compile(r"[。！？；]")
_CLAUSE_MARKS = re.compile(r"[，、；：]")
_TRAILING_CLOSERS = "”’」』）)》】"


@dataclass(frozen=True)
class Reason:
    code: str  # stable key, for tests and the benchmark
    text: str  # what an editor reads: Chinese, then English
    weight: float  # the chance, on its own, that the parse went wrong


@dataclass
class ArticleReview:
    article: Article
    index: int  # position of the article on its page
    reasons: list[Reason] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        value = 1.0
        for reason in self.reasons:
            value *= 1.0 - reason.weight
        return round(value, 3)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)

    @property
    def needs_look(self) -> bool:
        return self.confidence < THRESHOLD


# code -> (editor's phrase, weight). Weights: benchmarks/eval_review.py on tuning seeds.
REASONS: dict[str, tuple[str, float]] = {
    # Of a parse stored without evidence: no dateline, byline or headline parts it from the others.
    "subject_only": ("只凭话题变化分出 cut by change of subject only", 0.40),
    # From the evidence the parser recorded (Article.evidence):
    "boundary_by_subject": ("文章起止处只凭话题变化分出 a boundary found by change of subject only", 0.14),
    "start_after_end": (
        "紧接上一篇的结尾开始，其间没有标题 starts where the article above ended, no headline between",
        0.28,
    ),
    "headline_by_position": ("只凭位置分到标题 headline given by position only", 0.80),
    "headline_left_over": ("标题是别的文章剩下的 headline left over by the other articles", 0.85),
    "headline_first_line": ("标题取自正文第一行 headline taken from the first line of the text", 0.50),
    "byline_by_distance": (
        "署名行不挨着文章，只凭距离分配 byline not printed at its article, given by distance",
        0.50,
    ),
    "no_title": ("没有标题（剩余文字）no headline (text left over)", 0.50),
    "title_no_shared_word": ("标题与正文无共同词 title shares no word with the body", 0.80),
    "title_few_shared_words": ("标题与正文少有共同词 headline shares few words with its body", 0.22),
    "title_other_park": ("标题与正文说的是不同园区 title and body name different parks", 0.85),
    "title_odd_length": ("标题长度异常 headline of odd length", 0.33),
    "title_reads_like_body": ("标题像正文（分句、句末标点）headline reads like body text", 0.80),
    "title_is_body_text": ("标题是本版某篇正文里的一句 headline is a sentence of a body", 0.80),
    "byline_by_position": ("作者来自署名行（按位置分配）byline placed by position", 0.10),
    "byline_name_dropped": ("署名行里有名字没成为作者 a name of the byline is not an author", 0.90),
    "two_author_sources": ("导语和署名行各有作者 authors in both dateline and byline", 0.90),
    "dateline_in_body": ("“本报讯”留在正文里，未识别作者 dateline left in the body", 0.70),
    "news_without_authors": ("消息（本报讯）没有作者 news item without authors", 0.11),
    "feature_without_authors": ("通讯没有作者 feature without authors", 0.42),
    "byline_to_spare": ("本版另一篇多出一个署名行 another article has a byline to spare", 0.80),
    "unassigned_names": ("本版有未分配的人名 names left unassigned on the page", 0.25),
    "unassigned_headline": ("本版有未分配的标题 a headline left unassigned on the page", 0.25),
    "unassigned_text": ("本版有未分配的文字 text left unassigned on the page", 0.08),
    "starts_mid_sentence": ("正文从句子中间开始 body starts mid-sentence", 0.60),
    "no_sentence_end": ("正文没有以句末标点结束 body does not end a sentence", 0.20),
    "second_dateline": ("正文中间还有一个“本报讯” a second dateline inside the body", 0.80),
    "stray_short_paragraph": ("正文里有像标题的短段 a short headline-like paragraph in the body", 0.20),
    "very_short": ("正文很短 very short body for its kind", 0.25),
    "very_long": ("正文很长 very long body for its kind", 0.30),
    "summary_fell_back": ("摘要在分句处截断 summary cut at a clause", 0.10),
    "park_one_mention": ("园区只提到一次 park guessed from one mention", 0.50),
    "parks_tied": ("两个园区被提到的次数相当 two parks named about equally", 0.30),
    # A part of a continued article the build could not join (enrich/continued.py): the issue
    # lacks the other page, or nothing there fits. Not a parse fault, so a light weight.
    "rest_missing": (
        "下转第{continues_on}版，本期未找到接续部分 the rest, on page {continues_on}, is not in this issue",
        0.30,
    ),
    "start_missing": (
        "上接第{continued_from}版，本期未找到前文 the start, on page {continued_from}, is not in this issue",
        0.30,
    ),
}

# Body lengths (characters, no spaces) outside which an article is unusual for its kind.
NEWS_CHARS = (180, 2200)  # with a dateline (本报讯)
FEATURE_CHARS = (350, 5000)  # without one


def review(page: Page) -> list[ArticleReview]:
    """Every article of `page` with the reasons to doubt its parse, in page order."""
    context = _PageContext.of(page)
    return [
        ArticleReview(a, i, [_reason(c, a) for c in _codes(a, context)]) for i, a in enumerate(page.articles)
    ]


def _reason(code: str, article: Article) -> Reason:
    text, weight = REASONS[code]
    return Reason(
        code, text.format(continues_on=article.continues_on, continued_from=article.continued_from), weight
    )


@dataclass
class _PageContext:
    unassigned_names: bool = False
    unassigned_headline: bool = False
    unassigned_text: bool = False
    bodies: tuple[str, ...] = ()
    spare_byline: bool = False  # an article has authors both in its dateline and in a byline

    @classmethod
    def of(cls, page: Page) -> _PageContext:
        context = cls(bodies=tuple(body_of(a) for a in page.articles))
        context.spare_byline = any(
            a.byline and a.dateline and names.dateline_authors(a.dateline) for a in page.articles
        )
        for line in page.unassigned:
            text = line.strip()
            if not _HAN.search(text):
                continue
            if names.is_byline(text) or names.are_names(text) or names.authors_from(text):
                context.unassigned_names = True
            elif 5 <= len(squeeze(text)) <= 40 and not ends_sentence(text):
                context.unassigned_headline = True
            else:
                context.unassigned_text = True
        return context


def squeeze(text: str) -> str:
    return _SPACE.sub("", text)


def body_of(article: Article) -> str:
    """The body without spaces and without its leading 本报讯 dateline."""
    body = squeeze(article.body_text)
    return names.DATELINE.sub("", body) if article.dateline or body.startswith("本报") else body


def content_bigrams(text: str) -> set[str]:
    """Pairs of adjacent Chinese characters, but pairs of function characters: the words a
    headline and its body share show up as shared pairs (no dictionary needed)."""
    text = squeeze(text)
    return {
        text[i : i + 2]
        for i in range(len(text) - 1)
        if _HAN.match(text[i])
        and _HAN.match(text[i + 1])
        and not (text[i] in _FUNCTION_CHARS and text[i + 1] in _FUNCTION_CHARS)
    }


def title_overlap(title: str, body: str) -> float:
    """Share of the title's content pairs that the body also has (1.0 for a title without any)."""
    pairs = content_bigrams(title)
    return len(pairs & content_bigrams(body)) / len(pairs) if pairs else 1.0


def _codes(article: Article, context: _PageContext) -> list[str]:
    codes: list[str] = []
    body = body_of(article)
    title = squeeze(article.title)
    dateline_people = names.dateline_authors(article.dateline) if article.dateline else []
    headed = bool(article.title or article.kicker or article.subtitle)

    # How its boundaries were found and its headline and byline came to it, as the parser
    # recorded it; of a parse stored before it did, only what it lacks tells.
    if article.evidence:
        codes += _recorded_doubts(article.evidence)
    elif not article.dateline and not article.byline and not headed:
        codes.append("subject_only")

    # Its headline against its body.
    if not title:
        codes.append("no_title")
    else:
        overlap = title_overlap(title, body)
        if content_bigrams(title) and overlap == 0:
            codes.append("title_no_shared_word")
        elif overlap < 0.25:
            codes.append("title_few_shared_words")
        if not 6 <= len(title) <= 32:
            codes.append("title_odd_length")
        if _reads_like_body(title):
            codes.append("title_reads_like_body")
        if len(title) >= 8 and any(title in other for other in context.bodies):
            codes.append("title_is_body_text")
        in_title = {zone for zone, _, _ in gazetteer.mentions(title)}
        in_body = {zone for zone, _, _ in gazetteer.mentions(body)}
        if in_title and in_body and not in_title & in_body:
            codes.append("title_other_park")

    # Its byline and authors.
    if article.byline and article.authors:
        codes.append("byline_by_position")
        if dateline_people:
            codes.append("two_author_sources")
    if article.byline and _dropped_names(article):
        codes.append("byline_name_dropped")
    if not article.dateline and names.DATELINE.match(squeeze(article.body_text)):
        codes.append("dateline_in_body")
    elif article.dateline and not article.authors:
        codes.append("news_without_authors")
    elif not article.dateline and not article.authors:
        codes.append("feature_without_authors")
    if context.spare_byline and not article.authors:
        codes.append("byline_to_spare")

    # Text the page left unassigned: it belonged to some article.
    if context.unassigned_names and not article.authors:
        codes.append("unassigned_names")
    if context.unassigned_headline and not title:
        codes.append("unassigned_headline")
    if context.unassigned_text or (context.unassigned_names and article.authors):
        codes.append("unassigned_text")

    # Its body: where it starts and ends, what it holds, how long it is.
    first = _SENTENCE_MARKS.split(body, 1)[0]
    if body and (body[0] in _MID_SENTENCE_START or len(first) < 10 < len(body)):
        codes.append("starts_mid_sentence")
    paragraphs = [b.text for b in article.blocks if b.type == "paragraph" and b.text.strip()]
    if paragraphs and not ends_sentence(paragraphs[-1]):
        codes.append("no_sentence_end")
    if any(names.DATELINE.match(squeeze(text)) for text in paragraphs[1:]):
        codes.append("second_dateline")
    if any(_headline_like(text) for text in paragraphs[:-1]):
        codes.append("stray_short_paragraph")
    low, high = NEWS_CHARS if article.dateline else FEATURE_CHARS
    if len(body) < low:
        codes.append("very_short")
    elif len(body) > high:
        codes.append("very_long")

    # What enrichment was unsure of.
    if article.summary and _summary_fell_back(article.summary, body):
        codes.append("summary_fell_back")
    codes += _park_doubts(article, body)

    # A continued article whose other part was not joined to it (the build joins those it finds).
    if article.continues_on:
        codes.append("rest_missing")
    if article.continued_from:
        codes.append("start_missing")
    return codes


# Article.evidence codes (parse/flow.py names them all) that are reasons to doubt.
_NO_MARK_PRINTED = {"subject_change", "column_change"}
_HEADLINE_DOUBTS = {
    "position": "headline_by_position",
    "leftover": "headline_left_over",
    "first_line": "headline_first_line",
}
_BYLINE_AWAY = {"nearest", "second"}


def _recorded_doubts(evidence: dict[str, str]) -> list[str]:
    codes = []
    if evidence.get("start") in _NO_MARK_PRINTED or evidence.get("end") in _NO_MARK_PRINTED:
        codes.append("boundary_by_subject")
    if evidence.get("start") == "previous_end":
        codes.append("start_after_end")
    if evidence.get("headline") in _HEADLINE_DOUBTS:
        codes.append(_HEADLINE_DOUBTS[evidence["headline"]])
    if evidence.get("byline") in _BYLINE_AWAY:
        codes.append("byline_by_distance")
    return codes


def _reads_like_body(title: str) -> bool:
    """Clauses or sentence punctuation: a headline is a phrase or two, and never ends at a comma."""
    inner = title.rstrip(_TRAILING_CLOSERS)
    return (
        bool(_SENTENCE_MARKS.search(inner))
        or len(_CLAUSE_MARKS.findall(title)) >= 2
        or title[-1] in "，、；,;"
        or (title.startswith("在") and "，" in title)
    )


def _dropped_names(article: Article) -> bool:
    """A name-like word of the byline that is not among the authors ("努尔兰 王娟" -> 王娟 only)."""
    taken = {a.name for a in article.authors}
    for token in names.BYLINE_SPLIT.split(article.byline):
        role = names.ROLE_PATTERN.search(token)
        rest = token[role.end() :] if role else token
        rest = rest.strip("（）()")
        if rest and _HAN.match(rest) and rest not in taken and not names.ROLE_PATTERN.fullmatch(rest):
            return True
    return False


def _headline_like(text: str) -> bool:
    """A short paragraph without sentence punctuation in mid-body: a headline that stayed in the text."""
    text = squeeze(text)
    return 4 <= len(text) <= 24 and not _SENTENCE_MARKS.search(text) and not ends_sentence(text)


def _summary_fell_back(summary: str, body: str) -> bool:
    """The summary ends where the body goes on within the sentence: it was cut at a clause."""
    summary = squeeze(summary).rstrip("。")
    tail = summary[-12:]
    if len(tail) < 6:
        return False
    at = body.find(tail)
    if at < 0:
        return False
    following = body[at + len(tail) : at + len(tail) + 1]
    return bool(following) and following not in "。！？!?…" + _TRAILING_CLOSERS


def _park_doubts(article: Article, body: str) -> list[str]:
    if not article.park:
        return []
    counted = sorted((count for _, count, _ in gazetteer.mentions(body)), reverse=True)
    main = next((count for zone, count, _ in gazetteer.mentions(body) if zone.official == article.park), 0)
    named_in_title = any(
        zone.official == article.park for zone, _, _ in gazetteer.mentions(squeeze(article.title))
    )
    codes = []
    if main <= 1 and not named_in_title:
        codes.append("park_one_mention")
    if len(counted) >= 2 and counted[1] >= 2 and counted[1] >= 0.8 * counted[0]:
        codes.append("parks_tied")
    return codes


# -- the review list of a build ----------------------------------------------------


@dataclass
class Listed:
    """An article of the review list: where to open it in docs/."""

    review: ArticleReview
    source: str  # the page file, under sources/
    path: str  # the article's page, docs-relative
    line: int  # the line of its title heading in that page (1 if the page has none)


def review_list(placed: list[SourcePage], record: BuildRecord, git: bool = True) -> tuple[list[Listed], int]:
    """Every article of the built pages worst first, and how many were left out as corrected.

    An article an editor corrected counts as reviewed: its page was edited, deleted or
    written by an editor (the record and the page's own hash say so), the record holds a
    correction of it, or (with `git`) a commit of its page gave a reason (更正：…)."""
    entries, _ = place(placed)
    reviews = {
        (item.source, index): item_review
        for item in placed
        for index, item_review in enumerate(review(item.page))
    }
    listed, positions = [], {}
    for entry in entries:
        positions.setdefault(entry.source, 0)
        item_review = reviews[(entry.source, positions[entry.source])]
        positions[entry.source] += 1
        listed.append(Listed(item_review, entry.source, entry.path, 1))
    corrected = {item.path for item in listed if _corrected(record, item.path)}
    if git:
        doubtful = {item.path for item in listed if item.path not in corrected and item.review.reasons}
        corrected |= {path for path, change in last_changes(record.docs, doubtful).items() if change.reason}
    kept = [item for item in listed if item.path not in corrected]
    kept.sort(key=lambda item: item.review.confidence)  # stable: page order among equals
    for item in kept:
        item.line = heading_line(record.docs, item.path)
    return kept, len(listed) - len(kept)


def doubtful_ids(page: Page) -> list[str]:
    """The ids of the page's articles below THRESHOLD, in page order."""
    return [item.article.id for item in review(page) if item.needs_look]


def needing_look(placed: list[SourcePage], corrected: set[str], doubtful: dict[str, list[str]]) -> int:
    """How many articles of the build are below THRESHOLD (`doubtful`: {source: doubtful_ids}),
    corrected ones (docs paths) left out."""
    entries, _ = place(placed)
    return sum(1 for e in entries if e.article.id in doubtful.get(e.source, ()) and e.path not in corrected)


def _corrected(record: BuildRecord, path: str) -> bool:
    return path in record.corrections or record.state(path) is not FileState.OURS


def heading_line(docs: Path, path: str) -> int:
    """The line of the page's "# " title heading, 1 if there is none or the page does not read."""
    try:
        heading = read_docs_page((docs / path).read_text(encoding="utf-8")).heading
    except (OSError, UnicodeDecodeError, PageError):
        return 1
    return heading[0] if heading else 1


def describe(item: Listed, docs: str = "docs") -> list[str]:
    """The lines `build_digest.py review` prints for one article."""
    article = item.review.article
    title = article.title or "(无标题 no title)"
    lines = [f"{item.review.confidence:.2f}  {docs}/{item.path}:{item.line}  {title}  [{item.source}]"]
    lines += [f"      - {reason.text}" for reason in item.review.reasons]
    return lines
