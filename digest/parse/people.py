"""Whether a line's words are people's names: authors, photographers, names a page prints alone."""

from __future__ import annotations

import re

from ..language import names, nlp

# Up to four names, dotted ones among them ("马木提 热依拉·艾力")
NAME_RUN = re.compile(rf"(?:(?:{names.DOTTED_NAME}|[\u4e00-\u9fff]{{2,4}})\s*){{1,4}}")


def reads_as_names(text: str) -> bool:
    """ "王成龙" may be an author; "高新区" is a word, though 高 is a surname, and "高新园区" two
    words (a name splits off its one-character surname: 王/成龙, 李/晓/雯)."""
    words = [token.word for token in nlp.tokenize(text)]
    compound = len(words) > 1 and all(len(word) >= 2 and nlp.is_known_word(word) for word in words)
    known = nlp.is_known_word(text) or compound
    return names.are_names(text) and not known  # a dotted run of words is no name (names.is_name)


INTERPUNCT = re.compile(f"[{names.NAME_DOTS}]")


def no_common_words(text: str) -> bool:
    """Words the dictionary does not know, or knows as names and places ("扎西"): no common
    word that a surname happens to open ("普通", "高新"), nor two of them run together ("平台上线"),
    which after a full stop may as well begin the next sentence ("…不一样。 普通" / "支行放贷…",
    "…预警。 平台上线" / "以来…"). A name as long as two common words is written with a surname
    or a name's part the dictionary knows ("欧阳晓峰", "扎西顿珠")."""
    return unknown_words(text) and all(
        (not nlp.is_known_word(word) or nlp.is_name_part(word)) and not _phrase_of_common_words(word)
        for word in text.split()
    )


def reads_as_authors(text: str) -> bool:
    """ "王成龙", "努尔兰 王娟": a line of names alone."""
    # _names_some first: it rules out a line of one word (most are) before NAME_RUN backtracks over it
    return (
        names.are_names(text)
        or _names_some(text)
        and bool(NAME_RUN.fullmatch(text))
        and unknown_words(text)
    )


# A name of four characters opens on a double surname ("欧阳晓峰") or runs on in the sounds of a
# people whose names run longer ("扎西顿珠"), no common word opening it
FOUR_CHARACTERS = 4


def reads_as_word(text: str) -> bool:
    """ "简讯", "高新速览", "向海图强": a word the dictionary knows, no name's part, or four
    characters that a common word opens, a surname happening to open it (高新/速览), or two words
    (向海/图强): what a page names a section or a theme by, no name, though its first character
    is a surname."""
    if nlp.is_known_word(text):
        return not nlp.is_name_part(text)
    if len(text) != FOUR_CHARACTERS or text[:2] in names.DOUBLE_SURNAMES:
        return False
    first = nlp.tokenize(text)[0].word
    return len(first) > 1 and nlp.is_common_word(first) and not nlp.is_name_part(first) or _two_words(text)


def _two_words(text: str) -> bool:
    """ "向海图强": two words of two characters, the second a common word no name's part. A name of
    four characters with one surname runs on in sounds ("次仁旺姆", "乌兰图雅"), its given part
    no phrase the dictionary knows, though its first two characters may be a word (向海, a name)."""
    head, tail = text[:2], text[2:]
    return nlp.is_known_word(head) and nlp.is_common_word(tail) and not nlp.is_name_part(tail)


def reads_as_any_names(text: str) -> bool:
    """A line of names alone, their surnames listed or not."""
    return reads_as_authors(text) or reads_as_unlisted_names(text)


def reads_as_unlisted_names(text: str) -> bool:
    """ "次仁卓玛", "扎西次仁 其木格": up to four names, each read as `reads_as_unlisted_name`."""
    words = text.split()
    return 0 < len(words) <= 4 and all(reads_as_unlisted_name(word) for word in words)


# "一是", "二要", "三来", "其二", "首先": the count opening a point of a list, printed as a run-in
# head, on a line of its own as well; no name, though a role may announce a name of any sounds
_COUNT = "[一二三四五六七八九十]"
COUNTED_POINT = re.compile(rf"{_COUNT}{{1,2}}[是要来则]|其{_COUNT}|首先|其次|第{_COUNT}{{1,2}}")


def counts_a_point(text: str) -> bool:
    return COUNTED_POINT.fullmatch(text) is not None


def reads_as_unlisted_name(text: str) -> bool:
    """ "次仁卓玛", "扎西次仁": 2-4 characters (or a dotted name) that the dictionary does not
    know as a word, and that are not a phrase of two known words ("走进麓谷", "区域观察"); the
    dictionary's names and places may be its parts ("扎西顿珠")."""
    dotted = INTERPUNCT.search(text) is not None
    if not names.is_announced_name(text) or not (len(text) <= 4 or dotted) or counts_a_point(text):
        return False
    if dotted and names.joins_words(text):
        return False
    if nlp.is_known_word(text) or _word_after_a_modifier(text):
        return False
    known = [
        t.word
        for t in nlp.tokenize(INTERPUNCT.sub("", text))
        if len(t.word) >= 2 and nlp.is_known_word(t.word) and not nlp.is_name_part(t.word)
    ]
    return len(known) < 2 or dotted


def _word_after_a_modifier(text: str) -> bool:
    """ "新赛道", "大平台": three characters, an adjective that is no listed surname opening them,
    a word the dictionary knows after it, no name's part: a word and what qualifies it, as a
    kicker or a section is named; a name of other sounds runs on in sounds ("其木格", "吐尔逊")."""
    given = text[1:]
    return (
        len(text) == names.GIVEN_AND_SURNAME
        and text[0] not in names.SINGLE_SURNAMES
        and nlp.is_adjective(text[0])
        and nlp.is_known_word(given)
        and not nlp.is_name_part(given)
    )


def reads_as_slashed_names(text: str) -> bool:
    """ "次仁央宗／禚文博": names parted by slashes, each a name by the surname list or one the
    dictionary does not know ("高新区／开发区" are words)."""
    parts = names.slashed_names(text)
    return bool(parts) and all(reads_as_names(part) or reads_as_unlisted_name(part) for part in parts)


def unknown_words(text: str) -> bool:
    """Words the dictionary does not know, or known names: names outside the surname list ("努尔兰");
    no two common words of two characters each ("药材丰收", a title's phrase)."""
    return all(
        names.is_name(word)
        or not nlp.is_known_word(word)
        and not names.has_phrase_word(word)
        and not (len(word) > MAX_PLAIN_NAME and _phrase_of_common_words(word))
        and not names.two_words(word)
        for word in text.split()
    )


MAX_PLAIN_NAME = 4  # characters of a name written without an interpunct between its parts


def _phrase_of_common_words(word: str) -> bool:
    """ "需要耐心资本" (longer than a name: a title's phrase, no names run together), "平台上线":
    common words of two characters or more from end to end, none of them a name's part."""
    if INTERPUNCT.search(word):
        return False
    return all(
        len(token.word) > 1 and nlp.is_common_word(token.word) and not nlp.is_name_part(token.word)
        for token in nlp.tokenize(word)
    )


def _names_some(text: str) -> bool:
    """ "努尔兰 王娟": one of several is a name by the surname list."""
    words = text.split()
    return len(words) > 1 and any(names.is_name(word) for word in words)
