"""Names at an article's end: trailing authors, closing credits in brackets, photographers, and
authors' names taken back from headlines and bylines."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..language import names, nlp
from ..language.text import display_width, ends_sentence, leaves_bracket_open, squeeze
from .captions import SHOT_WORD, credit_only, ends_with_credit
from .habits import MAX_COLUMN_LINE
from .items import (
    AUTHOR,
    BODY,
    BYLINE,
    CAPTION,
    FURNITURE,
    HEADLINE,
    SHORT_LINE,
    Item,
    bracketed_credit,
    closes_with_note,
    deck_label,
    local_widths,
    neighbour,
    opens_article,
    runs_into_next_line,
    runs_on,
)
from .lines import Line
from .marks import (
    before_end_mark,
    inside_sentence,
    is_rule,
    page_holds,
    reads_as_byline,
    sidebar_label,
    stands_apart,
)
from .people import (
    MAX_PLAIN_NAME,
    NAME_RUN,
    no_common_words,
    reads_as_any_names,
    reads_as_authors,
    reads_as_names,
    reads_as_unlisted_names,
    reads_as_word,
    unknown_words,
)

_SENTENCE_CLOSERS = "。！？…”’」）)》"  # what a sentence ends with, or its closing quote or bracket
_AFTER_SENTENCE = f"(?<=[{_SENTENCE_CLOSERS}])"
# The leftmost of a line's sentence closers with at most one more after it: names after the last
# sentence hold none, a credit in brackets holds one, its closing bracket; so they open after it
_CLOSER, _NO_CLOSERS = f"[{_SENTENCE_CLOSERS}]", f"[^{_SENTENCE_CLOSERS}]*+"  # none given back
_LAST_CLOSERS = re.compile(f"{_CLOSER}{_NO_CLOSERS}(?:{_CLOSER}{_NO_CLOSERS})?$")
_LAST_CLOSER = re.compile(f"{_CLOSER}(?={_NO_CLOSERS}$)")

# "…企业。 王成龙", "…企业。（记者 王成龙）"
TRAILING_AUTHOR = re.compile(
    rf"{_AFTER_SENTENCE}(\s+)({NAME_RUN.pattern})$"
    rf"|{_AFTER_SENTENCE}(\s*)([（(](?:{names.ROLE})?\s*(?:[\u4e00-\u9fff]{{2,4}}\s*){{1,4}}[）)])$"
)


# A credit set on its title's line, flush right across the column: the extractor writes the room
# between them as a run of spaces, two at the least (one parts a title's two phrases)
CREDIT_GAP = re.compile(r"[ \u3000]{2,}")
# What a line of text may stop on before a gap, the clause going on: it opens no credit after it
_OPEN_CLAUSE = "，、；：:,;"


def split_credits_off_titles(lines: list[Line]) -> list[Line]:
    """ "本溪高新区…生产线获批　　记者 朴成浩", "…投运    ●通讯员 乜春华": a credit set on its
    headline's last line, after a wide gap, is the headline's byline printed beside it. The line
    is read as the two it holds, the title and its credit under it, one printed group. What a
    line of text holds before such a gap (a sentence closed, a clause open, a dateline, a
    credit of its own) keeps the line whole. The same line written again right under it is
    the headline read twice (an outlined title's shadow layer), its gap written either way: the
    copy is the page's furniture, read with the title it copies, before the credit."""
    if not page_holds(lines, "  ", "\u3000\u3000"):
        return lines  # most pages: no line holds a wide gap
    out: list[Line] = []
    copied = -1  # the copy of a line split, taken with it
    for k, line in enumerate(lines):
        text = line.text
        if k == copied:
            continue
        gapped = ("  " in text or "\u3000\u3000" in text) and not line.repeated  # asked before the patterns
        gap = _gap_before_credit(text) if gapped else None
        if gap is None:
            out.append(line)  # most lines: no wide gap, or no credit after it
            continue
        out.append(replace(line, text=text[: gap.start()], tight=True))
        if k + 1 < len(lines) and squeeze(lines[k + 1].text) == squeeze(text):
            copied = k + 1
            out.append(replace(lines[copied], repeated=True, tight=True))
        credit = text[gap.end() :]
        # the credit is set as text, beside the title however the title is set
        out.append(
            replace(line, text=credit, indented=False, paragraph_indent=False, centred=False, image=False)
        )
    return out


# A byline's opening mark ("□", "■") alone on a line: the extractor wrote the mark, set apart
# from the names beside it, as a line of its own
_LONE_BYLINE_MARK = re.compile(rf"[{names.BYLINE_MARKS}]")


def join_byline_parts(lines: list[Line]) -> list[Line]:
    """A byline printed on two lines the extractor wrote apart, read as the one line it is:
    a byline's mark on a line of its own over the byline ("□" / "记者 X 通讯员 Y"), which is
    not the square closing the story above it; and a signed column's name over its writer's
    role, set under the writer's portrait ("厍文博" / "特约评论员"). A mark over anything but a
    byline, and a role word over the name it announces (credits stacked a role a line:
    "本报记者" / "X" / "通讯员" / "Y"), stay as written."""
    texts = [line.text for line in lines]
    maybe = [  # a lone mark, or a line over one that may be a role: asked by a character first
        k
        for k, (text, following) in enumerate(zip(texts, texts[1:]))
        if len(text) == 1 or following[-1:] in _ROLE_ENDS
    ]
    out: list[Line] = []
    done = 0  # the lines before it are read
    for k in maybe:
        if k >= done and _parts_of_one_byline(lines, k):
            out += lines[done:k]
            out.append(replace(lines[k + 1], text=f"{lines[k].text} {lines[k + 1].text}"))
            done = k + 2
    return out + lines[done:]


# The most characters of a name's rest a column's edge carries over ("扎西平" / "措", "古丽米" /
# "拉·艾买提"): a name's, no line of text's
MAX_NAME_REST = 5


def join_cut_byline_names(lines: list[Line]) -> list[Line]:
    """A marked byline whose last name the column's edge cut ("□ 记者 X 通讯员 扎西平" / "措"),
    read as the one line it is: the rest of the name is no line of the text under it."""
    out: list[Line] = []
    for line in lines:
        if out and _rest_of_cut_byline_name(out[-1].text, line.text):
            out[-1] = replace(out[-1], text=out[-1].text + line.text)
            continue
        out.append(line)
    return out


def _rest_of_cut_byline_name(above: str, text: str) -> bool:
    if len(text) > MAX_NAME_REST or not names.byline_chars_only(text) or " " in text:
        return False  # asked first: most lines are longer, or hold a mark
    if not above or above[0] not in names.BYLINE_MARKS or not reads_as_byline(above):
        return False
    last = above.split()[-1]
    if names.ROLE_PATTERN.fullmatch(last) or _whole_dotted_name(last):
        return False
    if len(text) == 1 and len(last) >= names.GIVEN_AND_SURNAME and names.is_name(last):
        return False  # a surname and two, as most names are given: whole ("笪明辉" / "为", a drop capital)
    if len(text) > 1 and nlp.is_known_word(text):
        return False  # a word: the label or kicker of what follows ("产业观察", "短波")
    dotted = any(dot in text for dot in names.NAME_DOTS)
    return (dotted or len(last + text) <= MAX_PLAIN_NAME) and _cuts_name(last, text)


def join_credits_cut_in_words(lines: list[Line]) -> list[Line]:
    """A credit a narrow column broke inside a word, its role's or a name's, wherever the measure
    ran out ("本报记者 端木清扬 本" / "报通讯员 额尔敦巴特" / "尔", "记者 X 通" / "讯员 Y 报道",
    "本报记者 令狐婉" / "清 特约通讯员 符" / "国强"), read as the one line it is, the word made
    whole: its parts alone read as a cut name and a line of a title or of text. A break between
    whole words ("本报通讯员 叶嘎" / "关小云 摄") is a gap, as is one after a role, which waits for
    its name (`runs_on_to_next_line`)."""
    out: list[Line] = []
    for line in lines:
        if out and _credit_word_cut(out[-1].text.strip(), line.text.strip()):
            out[-1] = replace(out[-1], text=out[-1].text.rstrip() + line.text.strip(), tight=line.tight)
            continue
        out.append(line)
    return out


def _credit_word_cut(above: str, text: str) -> bool:
    """The line above is a credit opened by its role, and its last word runs on into the first
    word of the text: a role's start and its rest, or a name's."""
    if not names.byline_chars_only(text) or display_width(text) > MAX_CREDIT_WIDTH:
        return False  # a figure or a mark, or a line wider than a credit's: most lines, asked first
    if not names.ROLE_PATTERN.match(above) or not names.byline_chars_only(above):
        return False
    if names.starts_with_dateline(text):
        return False  # the text's dateline opens the line
    words, (first, *after) = above.split(), text.split()
    last = words[-1]
    if len(words) < 2 or names.ROLE_PATTERN.fullmatch(last) or _closes_credit(last):
        return False  # a role closing the line waits for its name after a gap; a closed credit is whole
    role = names.ROLE_PATTERN.match(last + first)
    if role is not None and role.end() > len(last):
        return _reads_as_credit(above + text)  # "本报通" / "讯员 Y": the role cut
    if names.ROLE_PATTERN.match(first) or _closes_credit(first):
        return False  # the next role, or what closes the credit: whole words either side of a gap
    if not _announces_name(words[-2]) or _whole_before_capital(last, text):
        return False  # a name cut stands after its role, or after the name before it
    if after and not (names.ROLE_PATTERN.match(after[0]) or _closes_credit(after[0])):
        return False  # the credit goes on after the name's rest: a letter-spaced title's line does not
    return _name_cut(last, first) and _reads_as_credit(above + text)


def _name_cut(last: str, first: str) -> bool:
    """ "令狐婉" / "清", "阿卜杜热合曼·吐" / "尔逊", "额尔敦巴特" / "尔": a name's parts either side of
    the break, one name whole; a name of many sounds undotted cut before its last character only,
    else a word after it is a column's label ("乌云其其格" / "短评")."""
    whole = last + first
    plain = len(whole) <= MAX_PLAIN_NAME or len(first) == 1 or any(dot in whole for dot in names.NAME_DOTS)
    return plain and _cuts_name(last, first) and names.is_announced_name(whole)


def _closes_credit(word: str) -> bool:
    """ "报道", "发自合肥", "摄": what closes a byline or a photo's credit."""
    return names.closes_byline(word) or SHOT_WORD.fullmatch(word) is not None


def _announces_name(word: str) -> bool:
    return names.ROLE_PATTERN.fullmatch(word) is not None or names.is_announced_name(word)


def _whole_before_capital(last: str, text: str) -> bool:
    """A surname and two, as most names are given, are whole over a character alone on its line
    (a drop capital: "本报记者 笪明辉" / "近")."""
    return len(text) == 1 and len(last) >= names.GIVEN_AND_SURNAME and names.is_name(last)


def _reads_as_credit(text: str) -> bool:
    """A byline, or the credit of a photo story's maker ("本报通讯员 X 摄")."""
    return reads_as_byline(text) or credit_only(text)


def _whole_dotted_name(word: str) -> bool:
    """ "努尔兰·哈森": a transcribed name's parts both printed, no part cut off after its dot."""
    return any(dot in word for dot in names.NAME_DOTS) and word[-1] not in names.NAME_DOTS


def join_reprint_source_parts(lines: list[Line]) -> list[Line]:
    """A reprint's source note broken over two column lines ("（来源：X管委会微信公" / "众号）",
    "（原载《X日报》2024年4月24" / "日，有删节）"), read as the one line it is: the note is the
    story's credit, and read whole it is known by its form."""
    out: list[Line] = []
    for line in lines:
        above = out[-1].text if out else ""
        if (
            above[:1] in "（("  # asked first: most lines open with no bracket
            and names.REPRINT_SOURCE_OPENING.match(above)
            and names.is_reprint_source(above + line.text)
        ):
            out[-1] = replace(out[-1], text=above + line.text)
            continue
        out.append(line)
    return out


def _joined_runs(lines: list[Line], run_end: Callable[[list[Line], int], int | None]) -> list[Line]:
    """Each run of lines that run_end finds opened at a line (the index of its last line), read as
    the one line it was printed as, a space for each break."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        end = run_end(lines, k)
        if end is None:
            out.append(lines[k])
            k += 1
            continue
        text = " ".join(line.text.strip() for line in lines[k : end + 1])
        out.append(replace(lines[k], text=text, tight=lines[end].tight))
        k = end + 1
    return out


# The most column lines a credit in lenticular brackets runs over: a narrow column's role, name,
# second role and name ("【融媒体记者" / "玛依努尔·吐尔地" / "通讯员 蓝海生】")
MAX_LENTICULAR_CREDIT_LINES = 3


def join_lenticular_credit_parts(lines: list[Line]) -> list[Line]:
    """A credit in lenticular brackets broken over the lines of a narrow column ("【融媒体记者" /
    "X" / "通讯员 Y】"), read as the one line it is, a space for each break: read whole, it is
    known by its form as the byline it is; its parts alone read as a title's or a text's lines."""
    if not page_holds(lines, "【"):
        return lines  # most pages: no bracket to open a credit in
    return _joined_runs(lines, _lenticular_credit_end)


def _lenticular_credit_end(lines: list[Line], k: int) -> int | None:
    """The line closing the credit in lenticular brackets line k opens and leaves open, its
    lines roles and names alone; None if line k opens none."""
    opening = lines[k].text.strip()
    if opening[:1] != "【" or "】" in opening or not names.ROLE_PATTERN.match(opening[1:].lstrip()):
        return None  # most lines: no bracket opening them, asked first
    for end in range(k + 1, min(k + MAX_LENTICULAR_CREDIT_LINES, len(lines))):
        part = lines[end].text.strip()
        if not names.byline_chars_only(part.removesuffix("】")):
            return None
        if part.endswith("】"):
            joined = " ".join(line.text.strip() for line in lines[k : end + 1])
            credit = names.lenticular_credit(joined)
            return end if credit and reads_as_byline(credit) else None
    return None


# The most lines a team's staff credit runs over a label a line, over its writers' ("策划：X" /
# "统筹：Y" / "设计：Z")
MAX_STAFF_LINES = 4


def join_team_credit_parts(lines: list[Line]) -> list[Line]:
    """A team's credit broken over a narrow column's lines, its staff a label a line over its
    writers ("策划：X" / "统筹：Y" / "文/图：Z W"), read as the one line it is: the staff's lines
    alone read as a title's or a text's, and the writers' credit read whole names who wrote it.
    Staff credited with no writer's credit under them stay as printed."""
    return _joined_runs(lines, _team_credit_end)


def _team_credit_end(lines: list[Line], k: int) -> int | None:
    """The line of the writers' credit that closes the staff's credits line k opens; None if
    line k credits no staff alone, or no writer's credit follows the staff's lines."""
    if not names.credits_staff_alone(lines[k].text.strip()):
        return None  # most lines
    staff = lines[k].text.strip()
    for end in range(k + 1, min(k + MAX_STAFF_LINES + 1, len(lines))):
        text = lines[end].text.strip()
        joined = f"{staff} {text}"
        if names.writers_credit(joined) != joined:
            return end
        if not names.credits_staff_alone(text):
            return None
        staff = joined
    return None


def join_marked_credit_lines(lines: list[Line]) -> list[Line]:
    """A credit opened by a mark or by what its people did ("■ 首席记者" / "X" / "通讯员 Y",
    "文/图 本报记者" / "X 通讯员" / "Y") broken over a narrow column's lines, read as the one line
    it is: its parts alone read as a title's lines, or as a second byline (another story's). The
    mark opens one credit, so a line of roles and names under it, marked by nothing, goes on with
    it where the line above waits for a name (a role word, a dotted name cut after its dot), and
    where it opens on the next role ("■ 首席记者 X" / "通讯员 Y"). A credit under ▶ signs off
    the text above it, and may be printed whole over another story's ("▶ 本报记者 X" / "本报特约
    通讯员 Y", a correspondent's own piece): the column must have broken it already."""
    out: list[Line] = []
    broken = False  # the last line is a credit the column broke, its parts joined
    for line in lines:
        if out and _goes_on_marked_credit(out[-1].text.strip(), line.text.strip(), broken):
            out[-1] = replace(out[-1], text=f"{out[-1].text.rstrip()} {line.text.strip()}", tight=line.tight)
            broken = True
            continue
        out.append(line)
        broken = False
    return out


# The foot of a photographer's credit a narrow column carried over: the rest of the last name, or
# none, and the word for taking the photo ("小云 摄", "摄")
_CREDIT_FOOT = re.compile(rf"(?:([\u4e00-\u9fff{names.NAME_DOTS}]{{1,{MAX_NAME_REST}}})\s+)?摄")


def join_broken_photo_credits(lines: list[Line]) -> list[Line]:
    """A photographer's credit the column broke, its roles and names on one line and the word for
    taking the photo on the next, with the rest of a name the edge cut ("本报通讯员 叶嘎 关" /
    "小云 摄", "本报记者 X" / "摄"), the extractor writing them apart, read as the one line it
    is: the foot alone reads as a title or a caption of no words."""
    out: list[Line] = []
    for line in lines:
        # lines written together are one printed group, read as one caption already
        apart = bool(out) and line.number > out[-1].number + 1
        joined = _photo_credit_joined(out[-1].text, line.text.strip()) if apart else None
        if joined is None:
            out.append(line)
        else:  # numbered as its last line, as the lines it stands for end there
            out[-1] = replace(out[-1], text=joined, number=line.number)
    return out


def _photo_credit_joined(above: str, foot: str) -> str | None:
    """The credit above and its foot as one line, when they make one; None if not."""
    match = _CREDIT_FOOT.fullmatch(foot)  # asked first: most lines are no credit's foot
    if match is None:
        return None
    credit = above.strip()  # alone on its line: a caption's text over it is read with its own lines
    if not (names.byline_chars_only(credit) and names.ROLE_PATTERN.match(credit)):
        return None
    rest, last = match.group(1), credit.split()[-1]
    announced = rest is None or names.ROLE_PATTERN.fullmatch(last) is not None
    if not announced and not _cuts_name(last, rest):
        return None  # a whole name under a whole name: a byline over a photo's own credit
    whole = f"{credit} {foot}" if announced else f"{credit}{foot}"
    return whole if names.closing_credit(f"（{whole}）") else None


CORRESPONDENT = "通讯员"


def _goes_on_marked_credit(above: str, text: str, broken: bool) -> bool:
    if not names.byline_chars_only(text) or display_width(text) > MAX_CREDIT_WIDTH:
        return False  # a figure or a mark, or a line wider than a credit's: most lines, asked first
    if not _opens_marked_credit(above):
        return False
    if names.runs_on_to_next_line(above, text):
        return True
    role = names.ROLE_PATTERN.match(text)
    if role is None:
        return False
    # whole on its line, the credit goes on only with its correspondents, named after its reporters
    # (another reporter's line, or the desk's "编辑 X", is another credit)
    correspondents = CORRESPONDENT in role.group(0)
    signs_off = above.startswith(names.CLOSING_CREDIT_MARK)
    heads_story = correspondents and not signs_off and reads_as_byline(above)
    return (broken or heads_story) and reads_as_byline(f"{above} {text}")


def _opens_marked_credit(text: str) -> bool:
    """ "■ 本报记者 X", "文/图 本报记者", "策划：X 文/图：Y": a credit's opening mark or credit word."""
    return text[:1] in names.BYLINE_MARKS or names.TEXT_CREDIT.match(names.writers_credit(text)) is not None


# The last character of every role a credit names (记者, 通讯员, 编辑, 特约撰稿人, 实习生)
_ROLE_ENDS = "者员辑人生"


def _parts_of_one_byline(lines: list[Line], k: int) -> bool:
    """The line and the next are one byline's two parts: its mark and its credit, or its
    names and their role."""
    text, following = lines[k].text, lines[k + 1].text
    if _LONE_BYLINE_MARK.fullmatch(text):
        return reads_as_byline(following)
    if not names.ROLE_PATTERN.fullmatch(following) or names.ROLE_PATTERN.search(text):
        return False  # most lines: no role alone under them; a credit's own role is its
    role_above = k > 0 and names.ROLE_PATTERN.fullmatch(lines[k - 1].text) is not None
    return not role_above and reads_as_byline(f"{text} {following}")


def _gap_before_credit(text: str) -> re.Match[str] | None:
    """The first wide gap of the line after which only a credit is printed, the words before
    it no text's: None if it holds none."""
    for gap in CREDIT_GAP.finditer(text.rstrip()):
        head, rest = text[: gap.start()].strip(), text[gap.end() :].strip()
        if not head or not rest or not reads_as_byline(rest):
            continue
        if ends_sentence(head) or head[-1] in _OPEN_CLAUSE or leaves_bracket_open(head):
            return None  # the words before the gap go on past it
        if names.starts_with_dateline(head):
            return None
        return None if stands_apart(Line(0, head)) else gap  # a caption's, a credit's own
    return None


def split_trailing_authors(items: list[Item]) -> list[Item]:
    """'…企业。 王成龙': the name after an article's last sentence is its author."""
    unpadded = [names.unpad_names(item.text) for item in items]
    after = {  # where names after each body line's last sentence may open, found once a line
        i: start
        for i, item in enumerate(items)
        if item.kind == BODY and (start := _after_last_sentences(unpadded[i])) is not None
    }
    matches = {i: match for i, start in after.items() if (match := _trailing_match_from(unpadded[i], start))}
    widths: dict[int, float] = {}

    def column(i: int) -> float:
        """Line i's column, the lines that may end in names measured together the first time a
        rule asks (on most pages none does)."""
        if not widths:
            widths.update(local_widths(items, list(matches), above_only=True))
        return widths.get(i, 0.0)

    taken: set[int] = set()
    out: list[Item] = []
    for i, item in enumerate(items):
        if i in taken:
            continue
        after_author = bool(out) and out[-1].kind == AUTHOR
        # a credit and its writer's name on a line of their own read as a headline: "（记者 韩雪）（刘洋）"
        one_line = item.kind == BODY or item.kind == HEADLINE and len(item.lines) == 1
        credit = _closing_credit(items, i, after_author=after_author) if one_line else None
        if credit is not None:
            text, authors, more = credit
            taken.update(more)
            out += [replace(item, text=text, ends_article=True), *authors] if text else authors
            continue
        if item.kind == HEADLINE and (after_author or closes_paragraph(items, i)):
            out += _credit_over_headline(item)
            continue
        if item.kind != BODY:
            out.append(item)
            continue
        wrapped = _wrapped_trailing_author(items, i, unpadded[i], after.get(i))
        if wrapped is not None:
            text, author, j = wrapped
            taken.add(j)
            out += [replace(item, text=text, ends_article=True), author]
            continue
        if i not in matches and i in after and len(item.text) > MAX_COLUMN_LINE:
            glued = _glued_trailing_author(items, i, unpadded[i], after[i])
            if glued is not None:
                out += glued
                continue
        out += _trailing_author(items, i, unpadded[i], matches.get(i), column)
    return out


def _credit_over_headline(item: Item) -> list[Item]:
    """ "（▶ 本报记者 X）" / "对话园区负责人" / …: a credit in brackets closing the text above,
    set tight against the headline group under it, is that text's author, no line of the
    headline. Returns the credit and the rest of the group, or the group as it is."""
    first, *rest = item.lines
    credit = names.closing_credit(first.text) if rest else ""
    if not credit:
        return [item]
    return [
        Item(AUTHOR, [first], credit),
        replace(item, lines=rest, text="\n".join(line.text for line in rest)),
    ]


def _trailing_match(text: str) -> re.Match | None:
    """Names after a line's last sentence, the line having closed one."""
    start = _after_last_sentences(text)
    return _trailing_match_from(text, start) if start is not None else None


def _trailing_match_from(text: str, start: int) -> re.Match | None:
    """`_trailing_match`, where the names may open found already."""
    match = TRAILING_AUTHOR.search(text, start)
    return match if match and ends_sentence(text[: match.start()]) else None


def _after_last_sentences(text: str) -> int | None:
    """Where names after the line's last sentence may open, at the earliest: after its last two
    closers (None: it closes none). The patterns that find them open looking behind for a
    sentence's end and hold at most one closer themselves; a lookbehind keeps the regex engine
    from skipping ahead, and most lines hold a sentence's end before the last two."""
    last = _LAST_CLOSERS.search(text)
    return last.start() + 1 if last else None


def _trailing_author(
    items: list[Item], i: int, text: str, match: re.Match | None, column: Callable[[int], float]
) -> list[Item]:
    """The body line, and the author split off it or the author it is. `text` is the line with
    two-character names unpadded ("…企业。 蒋　涛"), `match` the names after its last sentence,
    `column` the width of a line's column."""
    item = items[i]
    author = match and (match.group(2) or match.group(4))
    if (
        author
        and not runs_into_next_line(items, i, author)
        and not any(names.two_words(word) for word in author.split())  # "…企业。 冷库运营" / "方介绍…"
        and (
            reads_as_authors(author)
            and (no_common_words(author) or last_in_run(items, i))
            or names.authors_from(author)
            and author[0] in "（("
            or unknown_words(author)
            and last_in_run(items, i)
            or _ends_paragraph_short(text, column(i))
            and no_common_words(author)
            or before_end_mark(items, i)  # the text ends here, whatever is read next
            and reads_as_any_names(author)
        )
    ):
        return [
            replace(item, text=text[: match.start()], ends_article=True),
            Item(AUTHOR, [item.lines[0]], author.strip()),
        ]
    names_alone = text.strip("（）() ")
    if (
        "，" not in names_alone  # as most lines of text hold: no names alone (asked before the rest)
        and closes_paragraph(items, i)
        and (
            reads_as_authors(names_alone)
            or (last_in_run(items, i) or before_end_mark(items, i))
            and reads_as_unlisted_names(names_alone)
        )
        and not _heads_byline(items, i)
    ):
        kind = _kind_of_names_alone(items, i, names_alone)
        return [Item(kind, item.lines, text)] if kind else [item]
    return [item]


def _glued_trailing_author(items: list[Item], i: int, text: str, start: int) -> list[Item] | None:
    """ "…开放数据交易服务。阿不都热合曼·吐尔逊": an extractor that writes a paragraph on one line
    (a markdown converter) may drop the space between its last sentence and the author's names
    after it. Only on such a line, longer than any column's, and only where nothing continues its
    text: in a column a line may end on a sentence begun with a name ("…完成。王明" / "介绍，…").
    Returns the line and its author, or None if the words after its last sentence are no names."""
    last = _LAST_CLOSER.search(text, start - 1)  # `start` is past the line's last two closers
    names_after = text[last.end() :] if last else ""
    if (
        not names_after
        or not NAME_RUN.fullmatch(names_after)
        or not ends_sentence(text[: last.end()])
        or not last_in_run(items, i)
        or not reads_as_any_names(names_after)
    ):
        return None
    author = Item(AUTHOR, [items[i].lines[0]], names_after.strip())
    return [replace(items[i], text=text[: last.end()], ends_article=True), author]


def _kind_of_names_alone(items: list[Item], i: int, text: str) -> str | None:
    """A line read as names alone after a text's end is its author; unless it is a word ("简讯",
    "高新速览"): the head the page sets over the section below, its furniture. None: a word
    broken off at the line's end, the next line finishing it ("一张券降" / "低用算门槛",
    "产业链·新材" / "料"). A
    series' name may join its words with a name's dot ("创新高地行·系列报道之二"): a deck's label."""
    if deck_label(text):
        return HEADLINE
    after = neighbour(items, i, +1)  # a body line or a headline's: either may finish the word
    below = squeeze(items[after].text) if after is not None else ""
    if not reads_as_word(text):
        # a word whose last character the line's end cut off reads as a dotted name's parts
        # ("产业链·新材" / "料"): a word broken, its rest alone on the next line, is no name; a
        # line of text under the names may open on a word they end in by chance ("马福军" / "区推动…")
        rest_alone = 0 < len(below) <= MAX_NAME_REST
        return None if rest_alone and nlp.word_cut(text, below) else AUTHOR
    return None if below and nlp.word_across(text, below) else FURNITURE


# "…增长。 庄雅" / "琳 胡杰": names after the last sentence, the last of them cut at the column's edge
_NAMES_TAIL = re.compile(rf"{_AFTER_SENTENCE}\s+([\u4e00-\u9fff{names.NAME_DOTS}\s]+)$")
_NAMES_ONLY = re.compile(rf"[\u4e00-\u9fff{names.NAME_DOTS}\s]+")
MAX_WRAPPED_NAMES = 3  # words of a trailing author's line carried over to the next line


def _wrapped_trailing_author(
    items: list[Item], i: int, text: str, start: int | None
) -> tuple[str, Item, int] | None:
    """ "…增长。 徐丽" / "华", "…园区。 叶尔兰·" / "哈森 罗丹", "…基地。 马木提" / "白雪": the
    trailing author ran over the column's edge, the next line holding the rest of its names.
    Returns the text before the author, the author item and the next line's index. `start`: where
    names after the line's last sentence may open (None: it closes none)."""
    match = _NAMES_TAIL.search(text, start) if start is not None else None
    if match is None or not ends_sentence(text[: match.start()]):
        return None
    run_over = _run_over_below(items, i, match.group(1))
    if run_over is None:
        return None
    joined, j = run_over
    return text[: match.start()], Item(AUTHOR, [items[i].lines[0], items[j].lines[0]], joined), j


def _run_over_below(items: list[Item], i: int, tail: str) -> tuple[str, int] | None:
    """The names ending line `i` joined with the rest of them on the line right below, whatever
    that line was taken for (a page's name: "琳 胡杰", a headline: "华"), and its index."""
    j = i + 1
    if j == len(items) or len(items[j].lines) != 1 or items[j].kind == CAPTION or sidebar_label(items[j]):
        return None  # a box's label under the story ("背景", "链接") opens its box, no name's rest
    rest = names.unpad_names(items[j].text).strip()
    if not _NAMES_ONLY.fullmatch(rest) or len(rest.split()) > MAX_WRAPPED_NAMES:
        return None
    joined = _names_run_over(tail.split(), rest.split())
    return None if joined is None else (joined, j)


def _names_run_over(tail: list[str], rest: list[str]) -> str | None:
    """The names after a line's last sentence and those of the next line, as one author line:
    the last name cut at the line's end when the part left over could be no name alone, or when
    only the two parts together make a name by the surname list ("苏郎" / "甲楚", not "石磊" /
    "专访"); else whole names, the next line opening with one the surname list knows ("马木提" /
    "白雪")."""
    *words, last = tail
    first, *others = rest
    if _cuts_name(last, first):
        if not names.is_announced_name(last + first) or _dotted_words(first):
            return None  # "其其格" / "园区特色产业巡礼", "园区·创新": a whole name, a headline after it
        joined = " ".join([*words, last + first, *others])
    elif names.is_name(first) and no_common_words(" ".join(rest)):
        joined = " ".join([*tail, *rest])  # no headline after it: "高峰论坛" is a word
    else:
        return None
    return joined if reads_as_any_names(joined) else None


def _dotted_words(text: str) -> bool:
    """ "园区·创新": words joined by a middle dot, as a page's name is, not a name's parts."""
    parts = re.split(f"[{names.NAME_DOTS}]", text)
    return len(parts) > 1 and not all(no_common_words(part) for part in parts if len(part) > 1)


def _cuts_name(last: str, first: str) -> bool:
    if len(first) == 1 or last[-1] in names.NAME_DOTS or last in names.DOUBLE_SURNAMES:
        return True
    if not names.is_name(last):
        return True
    return not names.is_name(first) and no_common_words(first) and names.is_name(last + first)


# Lines a closing credit in brackets may run over: a paper named in full before its reporters
# and correspondents fills four of a narrow column ("（华" / "夏工业周报记者 阿" / "牛木呷 实习生
# 杜娜" / "日斯）")
MAX_CREDIT_LINES = 4


# A closing credit: the text left before it, its author items, and the items it took in
Credit = tuple[str, list[Item], list[int]]


def _closing_credit(items: list[Item], i: int, after_author: bool) -> Credit | None:
    """ "…增长23%。（记者 孟和 通讯员" / "包晓燕）", "…以上。（佟雅" / "琪）": the reporters
    credited in brackets after an article's last sentence, on its last line, on lines of their
    own (under the author who wrote it, too: "邸建国" / "（记者 热依拉·艾则孜）"), or run over
    the next lines (a line of roles and names alone among them reads as a byline); the writer's
    name may follow the credit ("（记者 韩雪） 刘洋", "（记者 韩雪）（刘洋）"). Returns the text
    left before the credit, the credit and the writer as author items, and the following items
    it took in; None if the line opens no such credit."""
    text = items[i].text
    for start in _credit_starts(text):
        before = text[:start].rstrip()
        if ends_sentence(before) if before else after_author or closes_paragraph(items, i):
            break
    else:
        return None
    lines, more, j = [text[start:]], [], i
    while leaves_bracket_open("".join(lines)) and len(lines) < MAX_CREDIT_LINES:
        j += 1  # a line of roles and names ending 摄 reads as a caption's credit
        if j == len(items) or items[j].kind not in (BODY, BYLINE, CAPTION):
            return None
        lines.append(items[j].text)
        more.append(j)
    credited = "\n".join(lines)
    close = re.search(r"[）)]", credited)
    if close is None:
        return None
    head, tail = credited[: close.end()], credited[close.end() :]
    run_over = _run_over_below(items, j, tail) if tail.strip() and tail.strip()[0] not in "（(" else None
    if (
        run_over is not None
    ):  # the writer's name after a space, cut at the line's end: "（记者 X） 粟海" / "波"
        tail, below = run_over
        more.append(below)
    writer = _writer_after_credit(tail)
    whole = head.replace("\n", "")
    credit = names.closing_credit(head) or _bare_credit(whole) or _reprint_source(whole)
    credit = credit or _writers_unit(whole)
    if not credit or writer is None:
        return None
    author_lines = [items[k].lines[0] for k in [i, *more]]
    writers = [Item(AUTHOR, author_lines[-1:], writer)] if writer else []
    return before, [Item(AUTHOR, author_lines, credit), *writers], more


def _reprint_source(note: str) -> str:
    """A reprint's source note closing the text, its line breaks taken out ("" if the bracket
    holds none)."""
    return note if names.is_reprint_source(note) else ""


def _writers_unit(note: str) -> str:
    """ "（作者单位：X高新区管委会）": the body the writer works for, closing the text ("" if the
    bracket is no such note)."""
    return note if names.notes_writers_unit(note) else ""


def _credit_starts(text: str) -> list[int]:
    """Where a credit closing the line may open: at its last bracket, or at the bracket before
    when a bracket closes right before that one ("（记者 韩雪）（刘洋）")."""
    last = max(text.rfind("（"), text.rfind("("))
    if last < 0:
        return []
    if not text[:last].rstrip().endswith(("）", ")")):
        return [last]
    return [last, max(text.rfind("（", 0, last), text.rfind("(", 0, last))]


def _writer_after_credit(tail: str) -> str | None:
    """What follows a closing credit: nothing (""), the names of the one who wrote the text,
    after a space or in brackets of their own (a name in brackets may run over a line's end:
    "（沙马阿" / "依）"), or None for anything else."""
    tail = tail.strip()
    if not tail:
        return ""
    bracketed = tail[0] in "（(" and tail[-1] in "）)"
    writer = names.unpad_names(tail.replace("\n", "" if bracketed else " "))
    alone = writer[1:-1].strip() if bracketed else writer
    return writer if reads_as_any_names(alone) else None


def credit_photographers(items: list[Item]) -> None:
    """Reporters credited with pictures on a line of their own, where no caption's text goes
    before the credit: under a caption that has its credit already ("（本报记者 X 摄）"), or
    between a text's last sentence and a credited caption ("本报记者 X 摄"). They made the
    photo item: its authors."""
    for i, item in enumerate(items):
        if item.kind != CAPTION or i == 0:
            continue
        above, below = items[i - 1], items[i + 1] if i + 1 < len(items) else None
        if _credited_caption_item(above):
            credit = names.closing_credit(item.text)
        elif above.kind == BODY and ends_sentence(above.text) and _credited_caption_item(below):
            credit = item.text if names.closing_credit(f"（{item.text}）") else ""
        else:
            continue
        if credit:
            item.kind, item.text = AUTHOR, credit


def _credited_caption_item(item: Item | None) -> bool:
    return item is not None and item.kind == CAPTION and ends_with_credit(item.text)


def _bare_credit(text: str) -> str:
    """ "（佟雅琪）", "（□ 郑和平）": names alone in brackets closing an article, with no role word;
    several names of any people's sounds ("（次仁旺堆 尼玛拉姆）", "（阚立新、岩温）"), as no
    bracket of a story's end but a credit lists: a note or a source in brackets is one phrase."""
    inside = names.credit_opening(text[1:-1])[1].strip() if text.endswith(("）", ")")) else ""
    listed = inside.replace("、", " ")
    several = len(listed.split()) > 1 and reads_as_unlisted_names(listed)
    return text if inside and (reads_as_authors(inside) or several) else ""


def _ends_paragraph_short(text: str, column: float) -> bool:
    """A line well short of its column ends its paragraph, and a paragraph's text ends on
    closing punctuation: words after its last sentence there are no sentence begun ("…投资。
    扎西次仁"); a sentence begun after a full stop runs on to the column's edge."""
    return display_width(text) < column - SHORT_LINE


MAX_CREDIT_WIDTH = 30  # the widest a byline's line is printed, as a marked byline (marks.py)


def gather_broken_bylines(items: list[Item]) -> list[Item]:
    """A byline broken over the lines of a narrow column, a role word or the place it was filed
    from alone on a line ("本报记者" / "阿卜杜拉·艾则孜", "本报通讯员 寇丽华" / "发自新乡"), or
    its reporters and correspondents a line each ("本报记者 马玉兰" / "本报通讯员 笪明辉 发自合肥"):
    the lines one byline, each role read with the name after it, no part of it left to another
    story. Not a line going on with a sentence the line above left open. Lines joined are asked
    again with the line above them: "发自合肥" under "本报通讯员 笪明辉" closes the credit its
    reporter's line opened."""
    out: list[Item] = []
    for item in items:
        out.append(item)
        if not names.byline_chars_only(item.text):
            continue  # a figure or a mark: most lines of text, asked before it is read with the line above
        while len(out) > 1 and _one_credit(out[-2], out[-1]) and not _in_open_sentence(out, len(out) - 2):
            below = out.pop()
            above = out[-1]
            out[-1] = Item(BYLINE, above.lines + below.lines, f"{above.text.strip()} {below.text.strip()}")
    return out


_CREDIT_KINDS = (HEADLINE, BODY, BYLINE)


def _one_credit(above: Item, item: Item) -> bool:
    if above.kind not in _CREDIT_KINDS or item.kind not in _CREDIT_KINDS:
        return False
    if not names.byline_chars_only(item.text):
        return False  # a figure or a mark after the line above was joined to it ("采写：本报记者")
    line, following = above.lines[-1].text.strip(), item.text.strip()
    return (
        names.runs_on_to_next_line(line, following)  # asked first: it rules out most lines by their marks
        and display_width(line) <= MAX_CREDIT_WIDTH
        and display_width(following) <= MAX_CREDIT_WIDTH
    )


def _in_open_sentence(items: list[Item], i: int) -> bool:
    """Item i, no byline already, goes on with the sentence of the body line above it."""
    return items[i].kind != BYLINE and inside_sentence(items, i)


def reclaim_authors(items: list[Item]) -> None:
    """A line of names alone right after an article's last sentence is the article's trailing
    author: taken for a headline once the lines after it were (no headline reads as names only:
    "其木格", "扎西次仁 次仁卓玛"), or for a byline though no text follows that it could open
    ("麦麦提·吐尔逊 古丽娜尔" before a headline; an article continued from another page has
    its byline there, but its trailing author here). After the reporters credited in brackets,
    the one who wrote the text may be named on a line of their own ("（通讯员 盘金花）" /
    "谭志勇"): names alone there, no headline of two words."""
    for i, item in enumerate(items):
        if item.kind not in (HEADLINE, BYLINE):
            continue  # most items: text, no headline or byline to reclaim (asked before the calls)
        if sidebar_label(item):
            continue  # "相关阅读" reads as a name, but a sidebar's label is known by its words
        if _byline_under_headline(items, i):
            item.kind, item.text = BYLINE, names.unpad_names(item.text)
        if len(item.lines) != 1:
            continue
        after_text, after_credit = closes_paragraph(items, i), _follows_credit(items, i)
        if not (after_text or after_credit):
            continue
        text = names.unpad_names(item.text)
        if item.kind == HEADLINE and not _heads_byline(items, i):
            kind = _kind_of_names_alone(items, i, text)
            if kind and _reads_as_writer(text, after_credit, _opens_text(items, i)):
                item.kind, item.text = kind, text
        elif item.kind == BYLINE and names.are_names(item.text) and not _opens_text(items, i):
            item.kind = AUTHOR


def _reads_as_writer(text: str, after_credit: bool, opens_text: bool) -> bool:
    """A headline follows a credit as often as a writer's name does: names alone, there; or a
    word the dictionary holds as a person's name ("阿旺晋美", no surname of the list) on a line
    that opens no text, as a title does (some idioms are held as names: "万古长青")."""
    if after_credit:
        return _names_alone(text) or not opens_text and nlp.is_rare_personal_name(text)
    return reads_as_any_names(text)


def _follows_credit(items: list[Item], i: int) -> bool:
    before = neighbour(items, i, -1)
    return before is not None and bracketed_credit(items[before])


def _heads_byline(items: list[Item], i: int) -> bool:
    """A byline opening a text stands under that text's headline: the line right above it is
    no trailing author of the text before ("向海图强 需要耐心资本" / "文/冼海明" / …), nor is it
    above a line of names alone that opens a text, the byline with its roles left out. Names
    alone there are the author still ("刘洋" / "本报通讯员 X" / "本报讯 …"): the headline of
    the text under the byline may be set elsewhere."""
    after = neighbour(items, i, +1)
    text = names.unpad_names(items[i].text)
    if after is None or not _opens_text(items, after) or names.are_names(text) or _names_alone(text):
        return False
    below = items[after]
    return below.kind == BYLINE or len(below.lines) == 1 and _names_alone(names.unpad_names(below.text))


def _names_alone(text: str) -> bool:
    return reads_as_names(text) or reads_as_unlisted_names(text)  # not two words ("海外订单")


def _byline_under_headline(items: list[Item], i: int) -> bool:
    """A line of names alone between a headline and the text it opens is the byline, its roles
    left out ("王成龙" under the title): no headline reads as names only. A line finishing a word
    the title's line broke off ("…智慧矿山实" / "验室揭牌") is the title's rest, whatever it reads as."""
    item = items[i]
    if item.kind != HEADLINE or len(item.lines) != 1 or not _opens_text(items, i):
        return False
    text = names.unpad_names(item.text)
    above = i - 2 if i > 1 and is_rule(items[i - 1]) else i - 1  # a rule may underline the headline
    return (
        above >= 0
        and items[above].kind == HEADLINE  # right under it: a caption's credit may run over below the caption
        and not runs_on(items[above].text, text)  # the rest of a word the title's line broke: no names
        and _names_alone(text)
    )


def _opens_text(items: list[Item], i: int) -> bool:
    after = neighbour(items, i, +1)
    return after is not None and items[after].kind == BODY


def last_in_run(items: list[Item], i: int) -> bool:
    """Nothing continues this line's text: what follows is not body, a credit in brackets, or a
    lone line before something that is not body either (a headline not recognised yet), unless
    that line closes a sentence, its writer's name after it or not ("…合伙人。 昝文涛"): the
    text's last line, this one's text going on into it."""
    after = neighbour(items, i, +1)
    if after is None or items[after].kind != BODY or opens_article(items[after]):
        return True
    if names.closing_credit(items[after].text):
        return True  # the reporters credited in brackets after the text's end
    if closes_with_note(items[after].text):
        return True  # a note on the story's figures, set under its writer's name ("注：…统计口径")
    further = neighbour(items, after, +1)
    below = items[after].text
    closes_text = ends_sentence(below) or _trailing_match(names.unpad_names(below)) is not None
    return not closes_text and (further is None or items[further].kind != BODY)


def closes_paragraph(items: list[Item], i: int) -> bool:
    """The line follows a text's last sentence, over any caption floating between; not one right
    under a caption closed by its credit with more to read under it: the photo item ended, and
    the line opens what follows (a kicker over its headline). Last on the page, it is the
    writer's name under a photo floating by the text's end; the reporters' credit in brackets is
    a form that only ever closes a text."""
    before = neighbour(items, i, -1)
    if before is None or items[before].kind != BODY or not ends_sentence(items[before].text):
        return False  # asked first: most lines go on with a sentence, and every line is asked
    under_photo = before < i - 1 and _credited_caption_item(items[i - 1])
    opens_more = neighbour(items, i, +1) is not None
    return not (under_photo and opens_more and not names.closing_credit(items[i].text))


def close_credit_blocks(items: list[Item]) -> None:
    """ "供稿：X局" / "撰稿：Y": the writer credited by a label under the line naming the office
    that supplied the item is in that item's closing credit block, no byline over the next text;
    the block closes the text above it."""
    for above, item in zip(items, items[1:]):
        if (
            item.kind == BYLINE
            and above.kind == AUTHOR
            and names.credits_supplier(above.text)
            and names.TEXT_CREDIT.match(item.text)
        ):
            item.kind = AUTHOR
