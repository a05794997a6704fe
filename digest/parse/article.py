"""Building the article of a segment: headline roles, body blocks, authors and captions."""

from __future__ import annotations

import hashlib
import re

from ..language import gazetteer, names
from ..language.text import (
    display_width,
    join_lines,
    visible,
)
from ..models import Article, Author, Block, Caption
from .flow import Paragraph, Segment
from .layout import (
    CAPTION_SHOT,
    CREDIT_LABEL,
    Item,
)

CAPTION_PARTS = re.compile(rf"^(?P<text>.*?)\s*(?P<label>{CREDIT_LABEL})\s*(?P<credit>.*)$")


def build_article(seg: Segment) -> Article:
    blocks, dateline = _blocks(seg.paragraphs)
    kicker, title, subtitle = _headline_roles(seg.headlines)
    article = Article(id="", kicker=kicker, title=title, subtitle=subtitle, dateline=dateline, blocks=blocks)
    byline_texts = [item.text for item in seg.bylines + seg.authors]
    article.byline = " ".join(byline_texts)
    article.authors = _dedupe(
        names.dateline_authors(dateline) + [a for text in byline_texts for a in names.authors_from(text)]
    )
    article.captions = [_caption(item.text) for item in seg.captions]
    article.id = hashlib.sha1(visible(article.body_text)[:60].encode()).hexdigest()[:10]
    return article


def _blocks(paragraphs: list[Paragraph]) -> tuple[list[Block], str]:
    blocks: list[Block] = []
    dateline = ""
    for paragraph in paragraphs:
        if paragraph.heading:
            blocks.append(Block("heading", join_lines(paragraph.lines[0].text.split("\n"))))
            continue
        raw = [line.text for line in paragraph.lines]
        if not blocks and not dateline:
            joined = "\n".join(raw)
            match = names.DATELINE.match(joined)
            if match:
                dateline = " ".join(
                    part.strip() for part in match.group(0).split(" ") if part.strip()
                ).replace("\n", "")
                raw = joined[match.end() :].split("\n")
        text = join_lines(raw)
        if text:
            blocks.append(Block("paragraph", text))
    return blocks, dateline


def _headline_roles(headlines: list[Item]) -> tuple[str, str, str]:
    """Kicker above the main title, subtitle below; the main title names the park, else is widest."""
    if not headlines:
        return "", "", ""
    ordered = sorted(headlines, key=lambda item: item.number)
    texts = [_headline_text(item.text) for item in ordered]

    def prominence(k: int) -> tuple:
        return (bool(gazetteer.mentions(texts[k])), not texts[k].startswith("—"), display_width(texts[k]))

    main = max(range(len(texts)), key=prominence)
    kicker = " ".join(texts[:main])
    subtitle = " ".join(texts[main + 1 :])
    return kicker, texts[main], subtitle


def _headline_text(text: str) -> str:
    """A title's lines are phrases: keep one space between them, as within a line's printed gap."""
    return " ".join(text.split())


def _caption(text: str) -> Caption:
    """ "园区一角。 图片来源：X" and "园区一角 本报记者 X 摄" -> text, credit and the label between."""
    text = text.strip()
    match = CAPTION_PARTS.match(text)
    if match:
        return Caption(
            text=match.group("text").strip(),
            credit=match.group("credit").strip(),
            label=match.group("label").strip(),
        )
    shot = CAPTION_SHOT.search(text)
    if shot:
        credit = _people_suffix(shot.group(1))
        start = shot.end(1) - len(credit)
        label = text[shot.end(1) : shot.end()].strip()
        opener = text[shot.start() : start].strip()
        if opener in "（(":  # the whole "（张三 摄）" is the credit line; its text precedes it
            return Caption(text=text[: shot.start()].strip(), credit=credit, label=opener + label)
        return Caption(text=text[:start].strip(), credit=credit, label=label)
    return Caption(text=text)


def _people_suffix(words: str) -> str:
    """ "研发中心 本报记者 张三" -> "本报记者 张三": the trailing run of roles and names."""
    tokens = words.split()
    while tokens and not (names.ROLE_PATTERN.match(tokens[0]) or names.is_name(tokens[0])):
        tokens.pop(0)
    return " ".join(tokens) if tokens else words.split()[-1]


def _dedupe(authors: list[Author]) -> list[Author]:
    seen: dict[str, Author] = {}
    for author in authors:
        if author.name not in seen or (author.role and not seen[author.name].role):
            seen[author.name] = author
    return list(seen.values())
