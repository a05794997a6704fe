"""Character classes and reflow rules for Chinese newspaper text."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

# A sentence ends with one of these, possibly followed by closing quotes or brackets.
SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』）)》】"
CJK = r"\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2014-\u201f\u2026\u2e80-\u2eff"
# (a space before a CJK character, or after one: opening on the space, whichever it is, lets the
# engine skip ahead to each space)
_SPACE_NEXT_TO_CJK = re.compile(rf"\s(?:\s*(?=[{CJK}])|(?<=[{CJK}]\s)\s*)")
_SPACES = re.compile(r"\s\s*")  # as \s+, opening on a class the engine skips ahead to
_WHITESPACE = re.compile(r"\s")
_PRINTABLE_ASCII = re.compile(r"[!-~]")
_WIDE_PUNCTUATION = re.compile(r"[，。、；：？！“”‘’（）《》「」]")
# four characters each followed by a space, sought from the space (the engine skips ahead to one)
_LETTER_SPACED = re.compile(rf" (?<=[{CJK}] )(?:[{CJK}] ){{3}}")

_Result = TypeVar("_Result")
_TEXT_MEMOS: list = []


def memo_by_text(function: Callable[[str], _Result]) -> Callable[[str], _Result]:
    """Cache a pure function of one text: the stages ask about the same lines and
    spans many times while they weigh each boundary."""
    cached = lru_cache(maxsize=8192)(function)
    _TEXT_MEMOS.append(cached)
    return cached


def forget_texts() -> None:
    """Empty every text cache, so that parsing a page again is timed from cold."""
    for cached in _TEXT_MEMOS:
        cached.cache_clear()


def _may_hold_space(text: str) -> bool:
    """Whether the text may hold whitespace: a space, or a character that is not printable (no
    other whitespace character is), asked before a pattern is: most lines hold neither."""
    return " " in text or not text.isprintable()


@memo_by_text  # a line is measured again by every rule that weighs it
def display_width(text: str) -> float:
    """Width in em as printed: full-width characters 1, ASCII 0.5, spaces nothing.

    Spaces are left out because the extractor inserts them where none were printed.
    """
    visible_chars = len(text) - (len(_WHITESPACE.findall(text)) if _may_hold_space(text) else 0)
    return visible_chars - 0.5 * len(_PRINTABLE_ASCII.findall(text))


def squeezable(text: str) -> float:
    """How much narrower the line may be set: all its full-width punctuation but one at half width."""
    return 0.5 * max(0, len(_WIDE_PUNCTUATION.findall(text)) - 1)


@memo_by_text  # asked of each line by most rules that weigh it, and of its neighbours'
def ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def leaves_bracket_open(text: str) -> bool:
    """More brackets opened than closed: what the line opened goes on in the next."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def ends_half_width(text: str) -> bool:
    last = text.rstrip()[-1:]  # its last character alone: a search would try every ASCII one
    return "!" <= last <= "~"  # printable ASCII


@memo_by_text  # asked of a line by most rules that measure it, and of its neighbours
def is_letter_spaced(text: str) -> bool:
    """'通 过 知 识 产 权': a justified line the extractor spelled out letter by letter."""
    return " " in text and bool(_LETTER_SPACED.search(text))  # most lines hold no space at all


@memo_by_text
def squeeze(text: str) -> str:
    """Drop extraction spaces next to Chinese characters; keep one between Latin words."""
    if not (_may_hold_space(text) and _WHITESPACE.search(text)):
        return text  # most lines hold no space at all: nothing to drop
    return _SPACES.sub(" ", _SPACE_NEXT_TO_CJK.sub("", text)).strip()


# Spaces the PDF text keeps inside Chinese ("通 过 知 识 产 权", "2015 年的 22 名");
# only a space between two Latin letters or digits is a real one.
_STRAY_SPACE = re.compile(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])")


def drop_stray_spaces(text: str) -> str:
    """Every space but one between two Latin letters or digits: stricter than `squeeze`,
    which keeps spaces around Latin punctuation, for text that is measured, not shown."""
    return _STRAY_SPACE.sub("", text.strip())


def join_lines(lines: list[str]) -> str:
    """Reflow column lines into one paragraph string."""
    out = ""
    for line in lines:
        line = squeeze(line)
        if (
            out
            and line
            and out[-1].isascii()
            and out[-1].isalpha()
            and line[0].isascii()
            and line[0].isalpha()
        ):
            out += " "
        out += line
    return out


def visible(text: str) -> str:
    """The text without whitespace: what conservation and scoring compare."""
    return _SPACES.sub("", text)


@memo_by_text  # each line is measured in many windows
def mid_paragraph_width(text: str) -> float | None:
    """A line's width, if it may fill its column: it closes no sentence and is not letter-spaced."""
    return None if ends_sentence(text) or is_letter_spaced(text) else display_width(text)


def _note_label(words: str) -> re.Pattern[str]:
    """A note's label set off by a colon ("编者按：") or in lenticular brackets, colon or none after
    them ("【编者的话】"): the two ways papers print it."""
    return re.compile(rf"^(?:(?:{words})\s*[：:]|【(?:{words})】)")


# "编者按：…": the editor's note opens an article's text under its headline, as prose
EDITOR_NOTE = _note_label("编者按|编者的话|编后语?|编辑手记")


def opens_editor_note(text: str) -> bool:
    """The text opens with an editor's note's label; its first character asked first, as most lines
    open otherwise."""
    return text[:1] in "编【" and EDITOR_NOTE.match(text) is not None


# "编者按：…", "编者的话：…": the note that introduces a story (编后, 编辑手记 close one)
EDITOR_PREFACE = _note_label("编者按|编者的话")


def opens_editor_preface(text: str) -> bool:
    return text[:1] in "编【" and EDITOR_PREFACE.match(text) is not None
