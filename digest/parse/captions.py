"""Which lines are the captions and credits of photos, and gathering a caption's lines into one item."""

from __future__ import annotations

import re
import statistics
from dataclasses import replace

from ..language import gazetteer, names
from ..language.text import display_width, ends_sentence, is_letter_spaced, mid_paragraph_width, squeeze
from .items import (
    AUTHOR,
    AWAITS_OBJECT,
    BODY,
    BYLINE,
    CAPTION,
    CIRCLED_NUMBER,
    CLAUSE_MARK,
    FURNITURE,
    HEADLINE,
    INNER_FULL_STOP,
    PHOTO_SHOWS,
    Item,
    rewrite_runs,
    runs_on,
    speaker,
    word_across,
)

# "图片来源：厦门火炬高新区", "图/张三"; "组图：张三 摄": the credit of a group of photos
CREDIT_LABEL = r"(?:(?:组图|图片来源|图片提供|图片由|供图|摄影|图片|图)\s*[：:]|图\s*[/／])"
CAPTION_LABEL = re.compile(rf"{CREDIT_LABEL}|图片由.{{1,20}}提供")
# "园区一角。 长沙高新区供图", "（受访者供图）": who supplied the photo, named before the word; an
# organisation or a person, so that "…免费提供图" / "纸" or "可供图" / "书馆" running on is no credit
_SUPPLIER = (
    r"[^\s。，！？、（）()“”]{0,16}"
    r"(?:区|局|委|会|院|司|所|厂|馆|社|中心|者|部|办|网|中国|台|站|园|城|校|队|组|方|企业|集团)"
)
# "…。 本报记者 古丽娜尔·艾力摄": a photographer's name may be a dotted one; "…。 楚雄高新区 摄":
# or the organisation whose photo it is, named whole (its name runs longer than a person's)
_SHOT_NAME = rf"(?:{names.DOTTED_NAME}|[\u4e00-\u9fff]{{2,4}})"
# The word of taking a photo after its maker: 摄, or 摄影 whole set apart from the name by a
# space ("X 摄影": a sentence's 摄影 follows its verb tight, "热爱摄影", or across the
# ideographic gaps a justified line spreads its words with)
_SHOT = r"(?:\s*[/／]?\s*摄| +摄影)"
# Where a photo's maker is named: with the word of taking set apart by a space, anywhere; with 摄
# tight after the name, at the line's start, in brackets, or after a space or a sentence's close:
# a name run on tight from a clause is a word of the text broken at the line's end ("…推动传统拍"
# + "摄", "…园区把几座闲置的老" + "摄影棚")
_MAKER_OPENS = r"(?:(?=.*\s[/／]?\s*摄影?\s*[）)]?$)|[（(]|(?<![^\s。！？；：”’」）)]))"
# "张三 摄（组图）": the credit of a group of photos, named as such after it
_PHOTO_GROUP = r"(?:\s*[（(]组图[）)])?"
CAPTION_SHOT = re.compile(
    rf"{_MAKER_OPENS}[（(]?\s*((?:{names.ROLE})?\s*{_SHOT_NAME}(?:\s+{_SHOT_NAME})*|{_SUPPLIER}){_SHOT}\s*[）)]?"
    rf"{_PHOTO_GROUP}$"
)
# The word of supplying it after its supplier: 供图, or 提供 set apart from the name by a space
# ("X 提供": a sentence's 提供 follows its subject tight, "园区企业提供", or across a justified
# line's ideographic gaps, "为良　种繁育　提供")
_SUPPLIED = r"(?:\s*供图| +提供)"
CAPTION_SUPPLIED = re.compile(
    rf"(?:[（(]|^|(?<=[。！？\s]))\s*((?:{names.ROLE})?\s*(?:{_SUPPLIER}|{names.NAME_SHAPE})){_SUPPLIED}\s*[）)]?$"
)

# "园区一角。 资料图片", "（资料照片）": a photo from the paper's own files, credited as such in
# place of its maker, after the caption's sentence or on a line of its own
FILE_PHOTO = re.compile(r"(?:^|(?<=[。！？\s]))[（(]?\s*(资料(?:图片|照片|图))\s*[）)]?$")


def file_photo_credit(text: str) -> re.Match[str] | None:
    """ "资料图片" closing the text: the photo came from the paper's files."""
    return FILE_PHOTO.search(text) if "资料" in text else None


def supplied_credit(text: str) -> re.Match[str] | None:
    """ "长沙高新区供图", "海口高新区管委会 提供": who supplied the photo, closing the text."""
    return CAPTION_SUPPLIED.search(text) if "供图" in text or "提供" in text else None

MAX_CREDIT_TAIL = 10  # characters of a credit run over to the next line ("…江阴高新区供" / "图")


def gather_captions(items: list[Item]) -> list[Item]:
    """A caption printed over several lines: its text ("图为…。", or a lone sentence where no
    paragraph runs on) above a line of its credit alone, or a credit run over to the next line.
    A line opening 图为 and closing its sentence describes a photo whatever follows it."""
    out: list[Item] = []
    for item in items:
        previous = out[-1] if out else None
        if previous is not None and _completes_caption(previous, item, out[-2] if len(out) > 1 else None):
            # a credit after the caption's sentence keeps its space; one run over lost none
            joint = " " if item.kind == CAPTION and ends_sentence(previous.text) else ""
            out[-1] = Item(CAPTION, previous.lines + item.lines, previous.text + joint + item.text)
            continue
        if item.kind == BODY and _shows_photo(item.text) and _opens_anew(previous):
            item = replace(item, kind=CAPTION)
        out.append(item)
    return out


# A caption set in its column like the text: "图为" opening a line, or run on after the last
# sentence of a photo item's text, wrapped over a few lines and closed by its credit
# (a triangle pointing up at the photo may mark it: "▲图为…", the caption's own mark)
PHOTO_POINTER = "▲△"
PHOTO_OPENING = re.compile(rf"^[{PHOTO_POINTER}]?\s*{PHOTO_SHOWS}|(?<=[。！？])\s*{PHOTO_SHOWS}")
MAX_WRAPPED_CAPTION = 5  # a caption is a sentence or two: a credit further on closes another text
CREDIT_END = re.compile(  # "图片由X提供", in brackets or not
    rf"(?:{CREDIT_LABEL})\s*[^\s。，；！？]{{2,20}}$|图片由[^。，；！？]{{1,20}}提供[）)]?$"
)


def _credit_hints(items: list[Item]) -> list[bool]:
    """Whether each item holds a word a credit names a photo, its maker or its supplier by: asked
    once a line, not once a window; three plain look-ups in the loop itself, cheaper than a
    pattern's search or a call for each line."""
    return ["摄" in (text := item.text) or "图" in text or "提供" in text for item in items]


def gather_wrapped_captions(items: list[Item]) -> list[Item]:
    """A caption wrapped like a paragraph: from its 图为 to the line its credit ends, one item."""
    hinted = _credit_hints(items)
    near_credit = {  # a caption closes on its credit: only a line so near one may open it
        i for j, hint in enumerate(hinted) if hint for i in range(max(0, j - MAX_WRAPPED_CAPTION + 1), j + 1)
    }
    return rewrite_runs(items, lambda i: _wrapped_caption(items, i, hinted), sorted(near_credit))


def _wrapped_caption(items: list[Item], i: int, hinted: list[bool]) -> tuple[int, list[Item]] | None:
    """The index past a caption opening in item i, and the items it splits the run into.
    `hinted`: whether each item holds a word a photo's credit names (see `_credit_hints`)."""
    first = items[i]
    start = _photo_opening(first, items[i + 1] if i + 1 < len(items) else None)
    if start is None:
        return _credited_caption(items, i, hinted)
    text = first.text[start:]
    for j in range(i + 1, min(i + MAX_WRAPPED_CAPTION, len(items))):
        item = items[j]
        if item.kind not in (BODY, CAPTION) or len(item.lines) != 1:
            return None
        text += (" " if credit_only(item.text) and ends_sentence(text) else "") + item.text
        if ends_with_credit(text):
            return j + 1, _split_off_caption(first, start, items[i + 1 : j + 1], text)
    return None


# "青海高新区一家企业的电芯生产线。": a caption names what the photo shows in one sentence, no
# clause in it, as no paragraph of the text does; set in its column, wrapped like the text
CAPTION_SENTENCE_MAX = 40
CAPTION_SENTENCE = re.compile(rf"[^，、；。！？,;\s（）()]{{4,{CAPTION_SENTENCE_MAX}}}[。！？]")


def _credited_caption(items: list[Item], i: int, hinted: list[bool]) -> tuple[int, list[Item]] | None:
    """A caption with no 图为: its one sentence and its credit, wrapped over a few lines of
    the column ("…生产线。 本报" / "记者 才让东主 摄", "…生产装" / "置。（X 摄）"). The
    credit names the photo's maker or supplier whole, so that what it closes is a caption."""
    if not any(hinted[i : i + MAX_WRAPPED_CAPTION]):
        return None  # no credit within reach (each names 摄 or 图): the costlier tests below need not run
    text = ""
    wrapped: list[tuple[str, str]] = []  # the lines the sentence runs over, each with the next
    for j in range(i, min(i + MAX_WRAPPED_CAPTION, len(items))):
        item = items[j]
        if len(item.lines) != 1 or item.kind not in (BODY, CAPTION, HEADLINE, FURNITURE, AUTHOR):
            return None
        if text and item.text.startswith(PHOTO_SHOWS):
            return None  # "图为" opens the caption: the line over it is none of it (the story's title)
        if text and not ends_sentence(text):
            if item.kind == CAPTION and CAPTION_SENTENCE.match(item.text):
                return None  # a caption of its own below a line that ended whole ("…上市" / "企业…")
            if CAPTION_SENTENCE.match(text) is None:  # a credit run over ("…阿苏拉则" / "摄") cuts no word
                wrapped.append((text, item.text))
        text += (" " if ends_sentence(text) else "") + item.text
        sentence = CAPTION_SENTENCE.match(text)
        if sentence is None:
            if (
                len(text) > CAPTION_SENTENCE_MAX
                or CLAUSE_MARK.search(text)
                or item.kind not in (BODY, HEADLINE)
            ):
                return None  # prose; or a caption, a credit, a page's furniture before the sentence closed
            continue
        credit = text[sentence.end() :].strip()
        if credit and credit_only(credit.lstrip("（(")) and ends_with_credit(credit):
            # a line that ended whole before the sentence closed is a headline, a name, no caption's
            if not all(word_across(*pair) for pair in wrapped):
                return None
            # where it opens asked last, of a sentence and credit found (the text around it is
            # weighed, and most lines hold prose): set inside a paragraph, the text runs around it
            inside = not _caption_may_open(items, i)
            if inside and not (_opens_inside_paragraph(items, i, hinted) and _runs_around(items, i, j)):
                return None
            lines = [item.lines[0] for item in items[i : j + 1]]
            return j + 1, [Item(CAPTION, lines, text)]
    return None


def _caption_may_open(items: list[Item], i: int) -> bool:
    """A caption opens a line after a sentence closed: no paragraph runs on into it."""
    if i == 0 or items[i].kind not in (BODY, HEADLINE) or len(items[i].lines) != 1:
        return False
    before = items[i - 1]
    return before.kind != BODY or ends_sentence(before.text) or _set_to_another_measure(before, items[i])


SAME_MEASURE = 1.0  # ems two lines of one column may differ by (kinsoku, a Latin letter, a hanging mark)


def _set_to_another_measure(above: Item, line: Item) -> bool:
    """A caption's first line, wrapped at its column's measure, under a line set wider or narrower
    than that: the line above is no line of a text running on into it (a headline over the story,
    with the photo's caption printed under it)."""
    if abs(display_width(above.text) - display_width(line.text)) <= SAME_MEASURE:
        return False
    # a line that closes its sentence need not fill the column; a word run over joins the two
    return not ends_sentence(line.text) and not runs_on(above.text, line.text)


def _opens_inside_paragraph(items: list[Item], i: int, hinted: list[bool]) -> bool:
    """A photo set in the middle of a column breaks into a paragraph: its caption may open
    after a line that left its sentence open, its credit a few lines on."""
    if i == 0 or items[i - 1].kind != BODY or items[i].kind not in (BODY, HEADLINE):
        return False
    if len(items[i].lines) != 1:
        return False
    return any(hinted[i : i + MAX_WRAPPED_CAPTION])


def _runs_around(items: list[Item], i: int, j: int) -> bool:
    """The paragraph broken by the caption in items i..j goes on right after it, a word running
    across the gap ("…每亩葡萄园的用水" / caption / "量比过去减少了约三成"), none into the caption."""
    before, after = items[i - 1], items[j + 1] if j + 1 < len(items) else None
    return (
        after is not None
        and after.kind == BODY
        and word_across(before.text, after.text)
        and not word_across(before.text, items[i].text)
    )


def _split_off_caption(first: Item, start: int, rest: list[Item], text: str) -> list[Item]:
    """The photo item's text before the caption stays a body line; the caption takes the rest."""
    lines = [replace(first.lines[0], text=first.text[start:])] + [item.lines[0] for item in rest]
    body = first.text[:start].rstrip()
    head = [replace(first, lines=[replace(first.lines[0], text=body)], text=body)] if body else []
    return head + [Item(CAPTION, lines, text)]


def _photo_opening(item: Item, below: Item | None) -> int | None:
    """Where in a body line a caption opens, its 图为 perhaps broken over the line's end."""
    if item.kind != BODY or "图" not in item.text:
        return None
    opening = PHOTO_OPENING.search(item.text + (below.text[:1] if below is not None else ""))
    if opening is None:
        return None
    return 0 if item.text[:1] in PHOTO_POINTER else opening.end() - len(PHOTO_SHOWS)


def ends_with_credit(text: str) -> bool:
    shot = "摄" in text and CAPTION_SHOT.search(text)
    return bool(shot or supplied_credit(text) or CREDIT_END.search(text))


def _completes_caption(above: Item, item: Item, before: Item | None) -> bool:
    """The line is the credit of the caption text above it, or the rest of its credit."""
    if item.kind == CAPTION and credit_only(item.text) and above.kind in (BODY, CAPTION):
        caption_text = (
            _shows_photo(above.text) or ends_sentence(above.text) and not INNER_FULL_STOP.search(above.text)
        )
        if caption_text and not credit_only(above.text) and _opens_anew(before):
            return True
    return (
        len(squeeze(item.text)) <= MAX_CREDIT_TAIL  # asked first: most lines run longer
        and not ends_sentence(item.text)
        and (
            above.text.startswith(PHOTO_SHOWS)
            or _credit_runs_over(above.text)
            or _supplier_runs_over(above.text, item.text)
        )
        and is_caption(above.text + squeeze(item.text))
        and not is_caption(above.text)
    )


# "园区一角。 图片" / "来源：X", "园区一角。（长沙" / "高新区供图）": a credit begun after a caption's
# one sentence, run over to the next line
CREDIT_RUN_OVER = re.compile(r"(?<=[。！？])\s*(?:图片?|[（(])[^。，；！？\s）)]{0,8}$")


def _credit_runs_over(text: str) -> bool:
    start = CREDIT_RUN_OVER.search(text)
    return start is not None and not INNER_FULL_STOP.search(text[: start.start()])


# "…加注。 鄂尔多斯高" / "新区 摄", "…车间。 景德镇" / "高新区供图", "…挖掘机。 傅雅" / "婷供图":
# who is credited with a photo, the name cut at the line's end after the caption's one sentence
NAME_RUN_OVER = re.compile(r"(?<=[。！？])\s*([\u4e00-\u9fff]{1,10})$")
SHOT_WORD = re.compile(r"\s*[/／]?\s*摄\s*$")
SUPPLIED_WORD = re.compile(r"\s*供图\s*$")


def _supplier_runs_over(text: str, credit: str) -> bool:
    """The words after the line's one sentence and the name the credit line opens with make
    an organisation's name together, or a person's who supplied the photo: no author's name
    after the text's last sentence, which would end whole."""
    start = NAME_RUN_OVER.search(text)
    if start is None or INNER_FULL_STOP.search(text[: start.start()]):
        return False
    shot, supplied = SHOT_WORD.search(credit), SUPPLIED_WORD.search(credit)
    if not (shot or supplied):
        return False
    name = credit[: (shot or supplied).start()].strip()
    if gazetteer.find(name):
        return False  # a park named whole on its credit line: the name above is the author's
    whole = start.group(1) + name
    # a person supplies a photo under 供图; one cut over the line keeps no whole name on the next
    person = supplied is not None and names.is_name(whole) and not names.is_name(name)
    return " " not in name and (re.fullmatch(_SUPPLIER, whole) is not None or person)


def is_caption(text: str) -> bool:
    if "图" not in text and "摄" not in text and "提供" not in text and "照片" not in text:
        return False  # as most lines: every credit names a photo (图, 照片), its taking (摄) or its supplying
    return bool(CAPTION_LABEL.search(text)) or _credits_a_photo(text) or credit_before_text(text) is not None


def _shows_photo(text: str) -> bool:
    return text.startswith(PHOTO_SHOWS) and ends_sentence(text)


def _opens_anew(before: Item | None) -> bool:
    """No paragraph runs on into the line after this item."""
    return before is None or before.kind != BODY or ends_sentence(before.text) or before.ends_article


CREDIT_ONLY_MAX = 80  # characters of a credit line alone: a few names, their roles and units


def credit_only(text: str) -> bool:
    """ "摄影：张三", "本报记者 张三 摄", "（长沙高新区供图）": a credit with no caption text before it."""
    if len(text) > CREDIT_ONLY_MAX:
        return False  # asked first: searching a long line for the credit closing it takes its length squared
    shot = CAPTION_SHOT.search(text) if "摄" in text else None
    supplied = supplied_credit(text)
    credited = (shot, supplied, file_photo_credit(text))
    return bool(CAPTION_LABEL.match(text)) or any(m is not None and m.start() == 0 for m in credited)


def _credits_a_photo(text: str) -> bool:
    """A short line ending "张三 摄", "长沙高新区供图" or "资料图片"."""
    if len(squeeze(text)) >= 60:
        return False
    shot = "摄" in text and CAPTION_SHOT.search(text)
    return bool(shot or supplied_credit(text) or file_photo_credit(text))


# A caption set at its story's measure, its sentence wrapped over a few lines and its credit run
# on after it ("…执行巡检任" / "务，可识别…读数。 梁志坚 摄") or on a line of its own; the credit
# may itself run over ("…读数。 摄影：梁志" / "坚", "…长势。 白音" / "仓 摄").
CAPTION_TEXT_MAX = 60  # a sentence or so naming what the photo shows, comma or not
SENTENCE_CLOSE = re.compile(r"[。！？][”’」）)]?\s*")
NAME_REST_MAX = 3  # the rest of a name that a full credit line leaves for the next line
NEARBY_TEXT = 4  # body lines this near a caption are its story's, set at the caption's measure
SUBTITLE_DASH = ("—", "－")

# A caption printed credit first on its line ("张三摄　工人在车间分拣鲜人参。"): the photo's maker
# or supplier and the word of taking or supplying it, a gap, then the caption's text, a sentence
# closing the line with no gap inside it (a justified line of text spreads its words by several)
CREDIT_BEFORE_TEXT = re.compile(
    rf"^(?P<credit>(?:{names.ROLE})?\s*(?:{_SHOT_NAME}(?:\s+{_SHOT_NAME})*|{_SUPPLIER}))"
    rf"(?P<label>{_SHOT}|{_SUPPLIED})[\u3000 ]+(?P<text>\S{{3,{CAPTION_TEXT_MAX}}}[。！？][”’」）)]?)$"
)


def credit_before_text(text: str) -> re.Match[str] | None:
    """The credit and text of a caption printed credit first; its maker is a person named whole or
    an organisation, so that a sentence's verb of taking ("现场拍摄") opens no credit."""
    match = CREDIT_BEFORE_TEXT.match(text.strip())
    if match is None:
        return None
    maker = names.ROLE_PATTERN.sub("", match.group("credit")).split()
    whole = all(names.is_name(name) for name in maker) or re.fullmatch(_SUPPLIER, "".join(maker))
    return match if maker and whole else None


def gather_credited_captions(items: list[Item]) -> list[Item]:
    """A caption found from its credit up: the lines of its sentence above the credit, back to
    where a sentence closed or a line stands narrower than the column, become one item."""
    hinted = _credit_hints(items)
    spans: list[tuple[int, int, Item]] = []
    # a credit begins on a line naming one, or on the line over it
    for i in sorted({i for j, hint in enumerate(hinted) if hint for i in (j - 1, j) if i >= 0}):
        found = _caption_up_from_credit(items, i)
        if found is not None and (not spans or found[0] >= spans[-1][1]):
            spans.append(found)
    if not spans:
        return items
    out: list[Item] = []
    done = 0
    for first, past, caption in spans:
        out += items[done:first]
        out.append(caption)
        done = past
    return out + items[done:]


# A credit may be printed over its caption, on a line of its own ("图片来源：临沂高新区" /
# "搬运机器人在模拟仓库中运送货架。"), between the story's byline and its text
MAX_CAPTION_UNDER_CREDIT = 3  # lines the caption's one sentence wraps over, at the most


def gather_captions_under_credits(items: list[Item]) -> list[Item]:
    """A credit alone on its line right under a story's byline (or set up the photo's edge),
    over one short sentence of no clause, closed within a line or three, with the story's text
    under it: the sentence is the caption's text, the credit its credit, one caption item. (A
    credit after text closes the caption above it, and under a title a photo story may open on a
    sentence as short: only a credit set up the photo's edge stands by its photo there.)"""
    credits = [i for i, item in enumerate(items) if item.kind == CAPTION]  # asked by its kind before a call
    return rewrite_runs(items, lambda i: _caption_under_credit(items, i), credits)


def _caption_under_credit(items: list[Item], i: int) -> tuple[int, list[Item]] | None:
    """The index past the caption whose credit stands alone on item i, and the caption item."""
    credit = items[i]
    if credit.kind != CAPTION or len(credit.lines) != 1 or not credit_only(credit.text.strip()):
        return None
    # a credit set up the photo's edge, read back a character a line, stands by its photo
    # wherever it is read: the story's byline need not be above it
    under_byline = credit.lines[0].upright or (i > 0 and items[i - 1].kind == BYLINE)
    if not (under_byline or _opens_caption_after_story(items, i)):
        return None
    sentence = ""
    for j in range(i + 1, min(i + 1 + MAX_CAPTION_UNDER_CREDIT, len(items) - 1)):
        line = items[j]
        if line.kind != BODY or len(line.lines) != 1 or (sentence and line.indented):
            return None
        sentence += squeeze(line.text)
        if not ends_sentence(sentence):
            continue
        if not CAPTION_SENTENCE.fullmatch(sentence) or (items[j + 1].kind == BODY) != under_byline:
            # a clause in it, or no text under it: the text's first sentence, or a title (after a
            # story, text under it: the next story's opening)
            return None
        lines = credit.lines + [it.lines[0] for it in items[i + 1 : j + 1]]
        return j + 1, [Item(CAPTION, lines, sentence + " " + credit.text.strip())]
    return None


def gather_grouped_captions(items: list[Item]) -> list[Item]:
    """A photo of a group captioned under the caption before it: a short sentence of no clause
    (its credit after it, if any) right after a caption, the story's text above having closed its
    sentence, is the caption of the group's next photo, as no paragraph of a text reads."""
    if not any(item.kind == CAPTION for item in items):
        return items
    out: list[Item] = []
    i = 0
    while i < len(items):
        placed = _caption_group_place(out)
        found = _caption_in_group(items, i) if placed else None
        if found is not None and placed == OVER_OPENING and not _set_apart_from_text(items, *found):
            found = None
        if found is None:
            out.append(items[i])
            i += 1
        else:
            i, caption = found
            out.append(caption)
    return out


IN_TEXT = "in_text"
OVER_OPENING = "over_opening"


def _caption_group_place(out: list[Item]) -> str | None:
    """Where the run of captions last placed (furniture aside) stands: in a text whose sentence
    closed over it (the photos broke into no paragraph), or over a story's opening under its
    headline or byline; none after no caption with its text."""
    k = len(out) - 1
    while k >= 0 and out[k].kind == FURNITURE:
        k -= 1
    if k < 0 or out[k].kind != CAPTION or credit_only(out[k].text):
        return None  # a credit alone may be printed over its caption's text: no group's caption yet
    while k >= 0 and out[k].kind in (CAPTION, FURNITURE):
        k -= 1
    if k >= 0 and out[k].kind in (BYLINE, HEADLINE):
        while k >= 0 and out[k].kind in (BYLINE, HEADLINE, CAPTION, FURNITURE):
            k -= 1
        # a text left open on a clause over the headline runs on under the photos: the sentence
        # there is its end
        return None if k >= 0 and out[k].kind == BODY and out[k].text.endswith(CLAUSE_END) else OVER_OPENING
    if k >= 0 and out[k].kind == BODY and _headline_line(out, k):
        return OVER_OPENING
    return IN_TEXT if k < 0 or out[k].kind != BODY or ends_sentence(out[k].text) else None


CLAUSE_END = tuple("，、；：,;:")


def _headline_line(out: list[Item], k: int) -> bool:
    """The line at k, over photos, stands alone after a closed sentence and closes no clause: a
    headline's, not yet told from text (a text's line the photos broke ran on from the one above)."""
    line = out[k]
    if len(line.lines) != 1 or ends_sentence(line.text) or line.text.endswith(CLAUSE_END):
        return False
    return k == 0 or out[k - 1].kind != BODY or ends_sentence(out[k - 1].text)


def _set_apart_from_text(items: list[Item], past: int, caption: Item) -> bool:
    """Photos over a story's opening: the short sentence under their caption is the text's first,
    unless the text opens after it on a line set to another measure (the photo's width is not the
    column's) or under a byline or a label between them."""
    k = past
    while k < len(items) and items[k].kind == FURNITURE:
        k += 1
    if k == len(items) or items[k].kind != BODY:
        return True
    return display_width(caption.lines[0].text) - display_width(items[k].lines[0].text) > SAME_MEASURE


def _caption_in_group(items: list[Item], i: int) -> tuple[int, Item] | None:
    """The index past the caption that opens on item i after a caption, and the caption item."""
    text = ""
    for j in range(i, min(i + MAX_WRAPPED_CAPTION, len(items))):
        item = items[j]
        if not _caption_line(item) or (text and not _wraps_on(items[j - 1], item)):
            return None
        text += item.text
        credit = _credit_at(text)
        if credit is None and not ends_sentence(text):
            continue
        sentence = squeeze(text[:credit]) if credit else squeeze(text)
        if not CAPTION_SENTENCE.fullmatch(sentence) or not _tells_what_photo_shows(sentence):
            return None
        past = j + 1
        under = _credit_under(items, past) if credit is None else None
        if under is not None and under[0] == 0:
            text += " " + "".join(item.text for item in items[past : under[1]])
            past = under[1]
        return past, Item(CAPTION, [item.lines[0] for item in items[i:past]], text)
    return None


def _tells_what_photo_shows(sentence: str) -> bool:
    """A caption states what its photo shows: it closes on a full stop, and is no interview's
    turn ("记者：…？") nor a headline's question ("…如何跑出加速度？") printed under the group."""
    return sentence.endswith("。") and speaker(sentence) is None


def _wraps_on(line: Item, following: Item) -> bool:
    """A caption's line wrapped onto the next: as wide as it or wider, and a headline's line only
    with a word cut at its end (a title's line closes its words)."""
    if line.kind == HEADLINE and not word_across(line.text, following.text):
        return False
    return display_width(line.text) >= display_width(following.text) - SAME_MEASURE


# A photographer's label before the name ("摄影：X"): a caption printed credit first, its text under it
CREDIT_FIRST = re.compile(r"^摄影\s*[：:]")


def _opens_caption_after_story(items: list[Item], i: int) -> bool:
    """A credit printed first, under a story's closed text: the photo's caption follows it, one
    short sentence with nothing of a text under it."""
    above = items[i - 1] if i > 0 else None
    return (
        above is not None
        and above.kind == BODY
        and ends_sentence(above.text)
        and CREDIT_FIRST.match(items[i].text) is not None
    )


# A caption's own label opening its line: the photo's number in a group of photos ("图①", "图②"),
# or the word for a caption with its colon ("图说：", "图注：", "上图："); no line of a story's text
# opens so, and where the label stands the caption opens, whatever its sentence holds
CAPTION_OPENING_LABEL = re.compile(rf"^(?:图\s*[{CIRCLED_NUMBER}]|(?:图[说注]|[上下左右]图)\s*[：:])\s*\S")


def gather_labelled_captions(items: list[Item]) -> list[Item]:
    """A caption opened by its label: from the label down to the line its sentence closes on, and
    the credit on the line under it, if one stands there, one item."""
    # the first character asked before the pattern: few lines open on a label's
    labelled = [i for i, item in enumerate(items) if item.text[:1] in "图上下左右"]
    return rewrite_runs(items, lambda i: _labelled_caption(items, i), labelled)


def _labelled_caption(items: list[Item], i: int) -> tuple[int, list[Item]] | None:
    """The index past the caption item i opens by its label, and the caption item."""
    first = items[i]
    # its first line may have been read as a caption already: "上图：…" holds a credit's "图："
    if len(first.lines) != 1 or first.kind not in (BODY, HEADLINE, CAPTION):
        return None
    if CAPTION_OPENING_LABEL.match(first.text) is None:
        return None
    text, j = items[i].text, i
    while not (ends_sentence(text) or _credit_at(text)):
        j += 1
        if j - i >= MAX_WRAPPED_CAPTION or j == len(items) or not _caption_line(items[j]):
            return None  # no sentence closed within a caption's few lines: the label opened none
        if CAPTION_OPENING_LABEL.match(items[j].text):
            return None
        text += items[j].text
    if len(squeeze(text)) > LONG_CAPTION_MAX:
        return None
    past = j + 1
    credit = _credit_under(items, past) if ends_sentence(text) else None
    if credit is not None and credit[0] == 0:
        text += " " + "".join(item.text for item in items[past : credit[1]])
        past = credit[1]
    return past, [Item(CAPTION, [item.lines[0] for item in items[i:past]], text)]


def _credit_under(items: list[Item], i: int) -> tuple[int, int] | None:
    """Where the credit on item i, under a caption's sentence, begins, and the index past it; None
    where the page ends with the sentence."""
    return _credit_with_rest(items, i, _nearby_column(items, i)) if i < len(items) else None


def _caption_line(item: Item) -> bool:
    """A line the layout read as text or a headline: a caption's line, wherever it is labelled."""
    return len(item.lines) == 1 and item.kind in (BODY, HEADLINE)


TEXT_KINDS = (BODY, HEADLINE, CAPTION, FURNITURE, AUTHOR)  # what a caption's line may have been taken for

# A photo is read back as a run of blank lines (or of lines of spaces, blank once stripped): this
# many more than the extractor writes after a line of the page's text (none, or a blank after
# each), so more than the one blank it writes between two stories
PHOTO_GAP = 2


def gather_captions_under_photos(items: list[Item]) -> list[Item]:
    """A caption printed under its photo: from the first line after the photo's blank lines down
    to its credit, one item, whatever its measure and its clauses (the photo above tells where it
    opens, the credit where it closes)."""
    hinted = _credit_hints(items)
    if len(items) < 2 or not any(hinted):
        return items  # no gap between lines to measure, or no credit to close a caption
    gaps = [_gap_above(items, k) for k in range(1, len(items))]
    photo_gap = statistics.mode(gaps) + PHOTO_GAP
    out: list[Item] = []
    done = 0
    for i in range(len(items)):
        found = _caption_under_photo(items, i, photo_gap) if hinted[i] and i >= done else None
        if found is None or found[0] < done:
            continue
        first, past, caption = found
        out += [*items[done:first], caption]
        done = past
    return out + items[done:]


def _caption_under_photo(items: list[Item], i: int, photo_gap: int) -> tuple[int, int, Item] | None:
    """The caption whose credit begins on item i, its first line written after a photo's blank
    lines (`photo_gap` of them at least): the items it spans and the caption item."""
    item = items[i]
    if len(item.lines) != 1 or item.kind not in TEXT_KINDS:
        return None
    credit = _credit_with_rest(items, i, _nearby_column(items, i))
    if credit is None:
        return None
    start, past = credit
    last = i if start > 0 else i - 1  # the line the caption's sentence closes on
    if last < 0 or (start == 0 and (not _one_line_text(items[last]) or _under_photo(items, i, photo_gap))):
        return None  # a credit alone under a photo names no caption's text
    first = last
    while not _under_photo(items, first, photo_gap):
        if last - first >= MAX_WRAPPED_CAPTION - 1 or first == 0:
            return None
        up = items[first - 1]
        if len(up.lines) != 1 or up.kind not in (BODY, HEADLINE) or ends_sentence(up.text):
            return None  # a text's sentence closed above: the caption opens on no photo
        first -= 1
    parts = [it.text for it in items[first : last + 1]]
    sentence = ("".join(parts) if start == 0 else "".join(parts[:-1]) + item.text[:start]).strip()
    if (
        not ends_sentence(sentence)
        or len(squeeze(sentence)) > CAPTION_TEXT_MAX
        or INNER_FULL_STOP.search(sentence)
        or PHOTO_SHOWS in sentence[1:]
    ):
        return None  # a paragraph of its own after a gap, or a headline over a credit
    if past - first < 2:
        return None  # a caption on one line: its own pass reads it
    credit_text = "".join(it.text for it in items[i:past]) if start == 0 else ""
    text = sentence + " " + credit_text if start == 0 else "".join(it.text for it in items[first:past])
    return first, past, Item(CAPTION, [it.lines[0] for it in items[first:past]], text)


def _under_photo(items: list[Item], k: int, photo_gap: int) -> bool:
    """Item k is written after a photo's run of blank lines."""
    return k > 0 and _gap_above(items, k) >= photo_gap


def _gap_above(items: list[Item], k: int) -> int:
    """The blank lines the extractor wrote between item k and the one before it."""
    return items[k].number - items[k - 1].lines[-1].number - 1


def _caption_up_from_credit(items: list[Item], i: int) -> tuple[int, int, Item] | None:
    """The caption whose credit begins on item i: the items it spans and the caption item."""
    item = items[i]
    if len(item.lines) != 1 or item.kind not in TEXT_KINDS:
        return None
    column = _nearby_column(items, i)
    credit = _credit_with_rest(items, i, column)
    if credit is None:
        return None
    start, past = credit
    last = i if start > 0 else i - 1  # the line the caption's sentence closes on
    if last < 0 or (start == 0 and not _one_line_text(items[last])):
        return None
    full = past > i + 1  # a credit run over fills its line: the line above is as wide
    first = last
    while last - first < MAX_WRAPPED_CAPTION and _wraps_onto(
        items, first, column, first == last and not full
    ):
        first -= 1
    if not full and first == last - 1 and not _runs_on_into(items[first].text, items[last].text):
        return None  # one line over a sentence whole on its own: a headline as wide as the column
    opening = _long_caption_opening(items, last, column)
    long = opening is not None and opening < first
    first = opening if long else first
    if not _stands_clear(items[first - 1] if first > 0 else None, items[first], long):
        return None  # set inside a paragraph, as the wrapped-caption pass reads
    parts = [it.text for it in items[first : last + 1]]
    sentence = "".join(parts) if start == 0 else "".join(parts[:-1]) + item.text[:start]
    sentence = sentence.strip()
    most = LONG_CAPTION_MAX if long else CAPTION_TEXT_MAX
    if not (ends_sentence(sentence) and len(squeeze(sentence)) <= most) or (
        INNER_FULL_STOP.search(sentence) and not long
    ):
        return None
    if PHOTO_SHOWS in sentence[1:] or _broken_paragraph(items, first, i, past):
        return None  # a paragraph's lines above a caption set inside it
    if (
        start == 0  # (the gaps justification leaves inside the caption's lines part no words)
        and not CAPTION_SENTENCE.fullmatch(squeeze(sentence))
        and not _opens_anew_above(items, first)
        and not long
    ):
        # a credit alone under a text's sentence with a clause: a photo with no caption of its own
        return None
    if past - first < 2:
        return None  # a caption on one line: its own pass read it
    text = (
        "".join(it.text for it in items[first:past])
        if start
        else sentence + " " + "".join(it.text for it in items[i:past])
    )
    lines = [it.lines[0] for it in items[first:past]]
    return first, past, Item(CAPTION, lines, text)


# A photo story's caption says more than what the photo shows: its first sentence names that, short
# and with no clause ("企业员工在生产线上包装青稞即食麦片。"), a sentence or two more tell of it, set
# across the photo's width, wider than the story's column beside it, up to its credit
LONG_CAPTION_MAX = 100  # characters of its text: a few sentences, no story's paragraph


def _long_caption_opening(items: list[Item], last: int, column: float) -> int | None:
    """The line a long caption opens on, over the line `last` its text closes on: lines wider than
    the column, the first of them opening on the short sentence that names what the photo shows."""
    for first in range(last - 1, max(-1, last - MAX_WRAPPED_CAPTION), -1):
        item = items[first]
        if len(item.lines) != 1 or item.kind not in (BODY, HEADLINE):
            return None
        if display_width(item.text) <= column + SAME_MEASURE:
            return None  # a line of the column's text, or a headline
        if _opens_long_caption(item.text):
            return first
        if ends_sentence(item.text) or INNER_FULL_STOP.search(item.text):
            return None  # a sentence closed above the caption's first
    return None


def _opens_long_caption(text: str) -> bool:
    """The line opens on a short sentence with no clause, and the next runs on after it unclosed:
    a line of one sentence whole (a note, "注：…口径。") opens no caption of several."""
    head, stop, rest = squeeze(text).partition("。")
    return bool(stop and rest) and CAPTION_SENTENCE.fullmatch(head + stop) is not None and "。" not in rest


# A sentence's close at a line's start ("…电池级碳酸锂" / "。 拉毛措 摄"): a break that does not
# hold a full stop back on its line leaves it to open the next, the sentence cut before it
OPENS_ON_CLOSE = re.compile(r"^[。！？]")


def _runs_on_into(line: str, following: str) -> bool:
    """ "新下线的储能式有轨电车在" / "厂区试验线上…。": a word cut at the break, or a coverb left
    waiting for its object, as no headline ends: the line is the sentence's first, wrapped."""
    return (
        AWAITS_OBJECT.search(line) is not None
        or OPENS_ON_CLOSE.match(following) is not None
        or word_across(line, following)
    )


def _broken_paragraph(items: list[Item], first: int, credit: int, past: int) -> bool:
    """A line taken up into the caption runs on into the text after it: the lines were a
    paragraph's, which the photo broke into, and only the lines after them are the caption's."""
    after = items[past] if past < len(items) else None
    if after is None or after.kind != BODY:
        return False
    return any(
        word_across(item.text, after.text) for item in items[first:credit] if not ends_sentence(item.text)
    )


def _opens_anew_above(items: list[Item], first: int) -> bool:
    """A sentence opening the page, or opening under another photo's caption, belongs to no
    story's text above it: over a credit alone it is the caption of a photo set before its
    story's headline, clauses and all."""
    return first == 0 or items[first - 1].kind in (FURNITURE, CAPTION)


def _stands_clear(above: Item | None, first: Item, long: bool) -> bool:
    """The caption's first line opens anew: what stands above it is no text, or a text that
    closed its sentence (or its credit in brackets), or a line narrower than the caption's
    measure, which no paragraph leaves mid-sentence: a headline. A photo set inside a column
    breaks a sentence off, so only a long caption, gathered up from its credit, asks whether the
    line above waits for its object."""
    if above is None or above.kind != BODY:
        return True
    if ends_sentence(above.text) or above.text.rstrip().endswith(("）", ")")):
        return True
    if _runs_on_into(above.text, first.text) if long else word_across(above.text, first.text):
        return False  # a word cut at the line's end (or a coverb awaiting its object): the text runs on
    if above.paragraph_indent:
        return False  # a paragraph's first line, narrower by its indent, runs on into the caption's
    return display_width(above.text) < display_width(first.text) - SAME_MEASURE


def _one_line_text(item: Item) -> bool:
    return len(item.lines) == 1 and item.kind in TEXT_KINDS and ends_sentence(item.text)


def _credit_at(text: str) -> int | None:
    """Where the credit closing the line begins: at its start, or after its last sentence."""
    if credit_only(text) and ends_with_credit(text):
        return 0
    close = None
    for close in SENTENCE_CLOSE.finditer(text):
        pass
    if close is None or close.end() == len(text):
        return None
    rest = text[close.end() :]
    return close.end() if credit_only(rest) and ends_with_credit(rest) else None


def _credit_with_rest(items: list[Item], i: int, column: float) -> tuple[int, int] | None:
    """Where item i's credit begins and the index past the item it ends on: the next one when
    the credit was cut short at the line's end, or when the full line left the rest of a name."""
    text = items[i].text
    below = items[i + 1] if i + 1 < len(items) else None
    rest = (
        squeeze(below.text)
        if below is not None and len(below.lines) == 1 and below.kind in TEXT_KINDS
        else ""
    )
    runs_over = 0 < len(rest) <= MAX_CREDIT_TAIL and not ends_sentence(rest) and not CLAUSE_MARK.search(rest)
    own = _credit_at(text)
    if own is not None:
        full = display_width(text) >= _measure_above(items, i, column) - SAME_MEASURE
        if (
            runs_over
            and full
            and len(rest) <= NAME_REST_MAX
            and " " not in rest
            and _credit_at(text + rest) == own
        ):
            return own, i + 2
        return own, i + 1
    if runs_over:
        joined = _credit_at(text + below.text)
        if joined is not None and joined < len(text):
            return joined, i + 2
    return None


def _measure_above(items: list[Item], i: int, column: float) -> float:
    """The caption's measure: the line above when it wraps onto item i, else its column's."""
    above = items[i - 1] if i > 0 else None
    if above is not None and above.kind in (BODY, HEADLINE) and not ends_sentence(above.text):
        return display_width(above.text)
    return column


def _nearby_column(items: list[Item], i: int) -> float:
    """The width of the full text lines near item i: its story's column, a caption's measure
    (none known where no text is near: no line is as wide)."""
    near = items[max(0, i - NEARBY_TEXT - MAX_WRAPPED_CAPTION) : i + NEARBY_TEXT + 2]
    widths = [w for item in near if item.kind == BODY and (w := mid_paragraph_width(item.text)) is not None]
    return statistics.median(widths) if widths else float("inf")


def _wraps_onto(items: list[Item], first: int, column: float, onto_last: bool) -> bool:
    """The item above items[first] is a line of the same caption: wrapped at the full measure
    onto it; over the caption's last line, a word runs across or the line fills the column."""
    if first == 0:
        return False
    up, below = items[first - 1], items[first]
    if len(up.lines) != 1 or up.kind not in (BODY, HEADLINE) or ends_sentence(up.text):
        return False
    if (
        is_letter_spaced(up.text)
        or INNER_FULL_STOP.search(up.text)
        or up.text.lstrip().startswith(SUBTITLE_DASH)
    ):
        return False  # a subtitle's dash ("——访…") opens no caption's line
    width, under = display_width(up.text), display_width(below.text)
    if not onto_last:  # two full lines: as wide, or narrower where a word was pushed down whole
        return abs(width - under) <= SAME_MEASURE and (width >= under or word_across(up.text, below.text))
    if width < under - SAME_MEASURE:
        return False  # a wrapped line is full: the line its text ran onto is no wider
    if width > column + SAME_MEASURE:
        # wider than the text near it, a caption's line set across columns (gathered at the page's
        # foot): its sentence cut before its full stop, as no headline's is
        return OPENS_ON_CLOSE.match(below.text) is not None
    return abs(width - column) <= SAME_MEASURE or _runs_on_into(up.text, below.text)
