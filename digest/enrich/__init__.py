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
from dataclasses import replace

from ..language import nlp
from ..language.nlp import Idf
from ..models import Article, Page
from .keywords import extract_keywords
from .parks import rank_parks
from .summary import summarize
from .texts import body_text, headline_text
from .topics import classify_topics

# Reading speed for Chinese news text, in characters per minute (typical adult
# silent reading of Chinese is 300-500 characters a minute).
READING_CHARS_PER_MINUTE = 400

_WHITESPACE = re.compile(r"\s+")


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
    headline = headline_text(article)
    body = body_text(article)
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
        reading_minutes=reading_minutes(chars),
    )


def reading_minutes(chars: int) -> int:
    return max(1, math.ceil(chars / READING_CHARS_PER_MINUTE))


def build_idf(texts: Iterable[str]) -> Idf:
    """Document frequencies of candidate keywords over the archive's article bodies
    (one pass, linear in the archive)."""
    return idf_from_terms(article_terms(text) for text in texts)


def article_terms(text: str) -> list[str]:
    """The candidate keywords of one article body, each once (sorted): all the archive
    IDF needs of it. The build keeps them in its record (editorial/record.py), so a
    build that parses one new page runs jieba over that page only, not the archive."""
    return sorted(nlp.term_counts(text).keys())


def idf_from_terms(term_sets: Iterable[Iterable[str]]) -> Idf:
    """The archive IDF from each article's term set (article_terms): build_idf without jieba."""
    doc_freq: Counter[str] = Counter()
    doc_count = 0
    for terms in term_sets:
        doc_count += 1
        doc_freq.update(terms)
    return Idf(doc_count=doc_count, doc_freq=dict(doc_freq))
