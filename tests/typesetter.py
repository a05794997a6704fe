"""A second, independent layouter of park pages, to measure how the parser generalises.

    raw_text, gold = typeset_page(seed, corpus_articles)

It lays out articles of tests/corpus/*.yaml as a PDF text extractor would write a
newspaper's high-tech-zone page, with conventions of its own (worked out from the
sample page and the documented layout artifacts, not from the project's other page
generator), and returns the gold annotation in the schema of
tests/gold/park-page-2021-01.gold.yaml. The same seed gives the same page.

Rather than imitate one newspaper, it walks a matrix of conventions, article by article:

  kind       news (本报讯 dateline) | feature (byline) | short (a one-paragraph 本报讯 item)
  headline   before its body | after its body | in a cluster of headlines after a run of
             bodies | at the top of the page
  byline     dateline 本报讯（记者 X 通讯员 Y） | ▶ byline before / after the body |
             plain "本报记者 X 通讯员 Y" line before / after the body | none
  trailing   none | the author's name on its own line | run into the last line after 。
  caption    none | text + 图片来源：X | 图片来源：X alone | text + "X 摄"
  width      column of 14–22 units

and, page by page: furniture (date line, page name, page number, editor line at the
top, bottom or middle, jump lines （下转第N版） / （上接第N版）) and the hard cases:
a feature ending "trailing author, ▶ byline, headline"; datelines with non-Han and
two-character names; a short 本报讯 item right after another feature's headline; two
features back to back; headlines broken inside a word, after a colon, beside quotes;
subtitles printed without their leading dash (set apart by type size alone), and
subtitles the extractor writes before their titles.

Extractor artifacts: a blank line after every column line except one ending in a
half-width character; a paragraph's first line two units shorter (its indent lost);
letter-spaced lines; spaces around numbers and after 。; ranges split after a dash.

Line breaking is this module's own: full-width characters are one unit, digits half a
unit, Latin letters half, proportional or full width depending on the article's face;
kinsoku is settled by hanging a closing mark in the margin, by pushing characters to the
next line, or by squeezing full-width punctuation to half width.

Beside the scored fields, the gold holds what the text-conservation check needs
(`trailing_author`, a caption's `credit_label`), a top-level `furniture` list, and a
`layout` record per article and per page naming the conventions used, for error analysis.
"""
from __future__ import annotations

import csv
import datetime
import random
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

KINDS = ("news", "feature", "short")
HEADLINE_PLACEMENTS = ("before", "after", "cluster", "top")
BYLINES = ("dateline", "arrow_before", "arrow_after", "plain_before", "plain_after", "none")
TRAILING = ("none", "own_line", "run_in")
CAPTIONS = ("none", "text_source", "credit_only", "photographer")
WIDTHS = tuple(range(14, 23))
HEADLINE_BREAKS = ("single", "two_part", "after_colon", "before_quote", "after_quote", "inside_word",
                   "balanced")
FURNITURE_KINDS = ("date", "page_name", "page_number", "header_line", "editor_top", "editor_bottom",
                   "editor_mid", "jump_to", "jump_from")
HARD_CASES = ("trailing_byline_headline", "short_after_headline", "back_to_back",
              "non_han_dateline", "two_char_dateline")

# Names a dateline or a trailing credit may carry instead of the corpus's: non-Han names
# (some with a middle dot) and two-character Han names are where author rules break.
NON_HAN_NAMES = ("古丽娜尔", "阿依古丽·买买提", "扎西次仁", "巴特尔", "乌兰托娅", "马木提",
                 "热依拉·艾力", "次仁卓玛", "其木格")
TWO_CHAR_NAMES = ("王娟", "张辉", "于龙", "赵鹏", "曾辉", "林静", "何平", "吴迪", "宋佳", "石磊")
EXTRA_AUTHORS = ("郑雨桐", "韩立新", "陆一鸣", "方晓岚")
PHOTOGRAPHERS = ("吴昊", "郑凯", "许可欣", "冯涛", "蒋文")
EDITORS = ("李晓雯", "陈立", "黄蓉蓉", "孙浩", "刘畅")
PAGE_NAMES = ("园区", "园区新闻", "高新园区")
CAPTION_TEMPLATES = ("{park}一角。", "{park}企业生产车间。", "{park}新建成的孵化大楼。",
                     "技术人员在实验室工作。", "项目建设现场。")
WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")

# Role words as a byline prints them (本报…) and as a dateline prints them (bare).
BYLINE_ROLE = {"记者": "本报记者", "特约通讯员": "本报特约通讯员"}
DATELINE_ROLE = {"本报记者": "记者", "本报特约通讯员": "特约通讯员", "本报通讯员": "通讯员", "": "记者"}

NO_LINE_START = set("，。、；：？！”’）》」』】〕…%-)·")
NO_LINE_END = set("“‘（《「『【〔(·")
SQUEEZABLE = set("，。、；：？！“”‘’（）《》「」")
ATOM = re.compile(r"[A-Za-z0-9.%&/+#]+|——|……|\s|.", re.S)
ZONES = Path(__file__).resolve().parent.parent / "data" / "hitech_zones.tsv"


# ---------------------------------------------------------------- conventions chosen

@dataclass
class Cell:
    """The conventions one article is laid out with (one cell of the matrix)."""
    kind: str
    headline: str
    byline: str
    trailing: str
    caption: str
    width: int
    caption_below_head: bool = False
    detached: bool = False  # kicker/subtitle stays by the body while the title is elsewhere
    jump: str = ""  # "to": continued on another page; "from": continued from one
    hard_case: str = ""


@dataclass(frozen=True)
class Face:
    """How one article's column is set and then extracted."""
    latin: str  # half | proportional | full: how wide Latin letters are
    kinsoku: str  # hang | push | squeeze
    number_space: float  # chance of a space beside a number
    sentence_space: float  # chance of a space after 。 inside a line
    letterspace: float  # chance that a stretched line comes out letter-spaced
    lead_space: float  # chance that a paragraph's first line keeps one leading space


@dataclass
class Line:
    """A printed line; `tight` lines are followed by a single newline whatever they end with;
    `display_end` marks the last line of a headline or subheading."""
    text: str
    tight: bool = False
    display_end: bool = False
    element: str = ""  # kicker, title or subtitle: which headline element the line prints


@dataclass
class SetArticle:
    """One article once typeset: its gold record and the printed pieces, not yet placed."""
    cell: Cell
    gold: dict
    head: list[Line]
    lead_in: list[Line]
    body: list[Line]
    tail: list[Line]
    caption: list[Line] = field(default_factory=list)


# ---------------------------------------------------------------- the matrix

def cell_is_valid(kind: str, byline: str, trailing: str) -> bool:
    """A dateline opens a 本报讯 item and already names its authors; features carry bylines."""
    if kind == "feature" and byline == "dateline":
        return False
    if kind != "feature" and byline not in ("dateline", "none"):
        return False
    return not (byline == "dateline" and trailing != "none")


def valid_cells() -> list[tuple[str, str, str, str, str, str]]:
    """Every valid (kind, headline, byline, trailing, caption, width band) combination."""
    out = []
    for kind in KINDS:
        for byline in BYLINES:
            for trailing in TRAILING:
                if not cell_is_valid(kind, byline, trailing):
                    continue
                for headline in HEADLINE_PLACEMENTS:
                    for caption in CAPTIONS:
                        for band in ("narrow", "medium", "wide"):
                            out.append((kind, headline, byline, trailing, caption, band))
    return out


def width_band(width: int) -> str:
    return "narrow" if width <= 16 else "medium" if width <= 19 else "wide"


def sample_cell(rng: random.Random, headline: str) -> Cell:
    """Kind first, then a byline and a trailing credit that suit it: every valid cell can come up."""
    kind = rng.choices(KINDS, weights=(4, 4, 2))[0]
    byline = rng.choice([b for b in BYLINES if cell_is_valid(kind, b, "none")])
    trailing = rng.choice([t for t in TRAILING if cell_is_valid(kind, byline, t)])
    caption = rng.choices(CAPTIONS, weights=(4, 2, 2, 2))[0]
    return Cell(kind, headline, byline, trailing, caption, rng.choice(WIDTHS),
                caption_below_head=headline in ("before", "after") and rng.random() < 0.3)


def hard_case_cells(rng: random.Random, case: str) -> list[Cell]:
    """Cells for the runs of articles that make up a hard case."""
    if case == "trailing_byline_headline":
        # body, trailing author line, its own ▶ byline, then its headline group
        return [Cell("feature", "after", "arrow_after", "own_line", rng.choice(("none", "text_source")),
                     rng.choice(WIDTHS), caption_below_head=True, hard_case=case)]
    if case == "short_after_headline":
        # a feature's headline printed after it, then a short item headed right above its dateline
        feature = Cell("feature", "after", rng.choice(BYLINES[1:]), rng.choice(TRAILING),
                       rng.choice(CAPTIONS), rng.choice(WIDTHS), hard_case=case)
        short = Cell("short", "before", rng.choice(("dateline", "none")), "none", "none", rng.choice(WIDTHS),
                     hard_case=case)
        if short.byline == "none":
            short.trailing = rng.choice(TRAILING)
        return [feature, short]
    # back to back: nothing printed between the first feature's last line and the second's first
    first = Cell("feature", rng.choice(("before", "top")),
                 rng.choice(("arrow_before", "plain_before", "none")),
                 "none", "none", rng.choice(WIDTHS), hard_case=case)
    second = Cell("feature", rng.choice(("after", "cluster")),
                  rng.choice(("arrow_after", "plain_after", "none")),
                  rng.choice(TRAILING), rng.choice(CAPTIONS), rng.choice(WIDTHS), hard_case=case)
    return [first, second]


def free_run(slots: list, length: int, rng: random.Random, lowest: int = 0) -> int | None:
    """Start of a random run of `length` free slots, or None."""
    starts = [s for s in range(lowest, len(slots) - length + 1)
              if all(x is None for x in slots[s:s + length])]
    return rng.choice(starts) if starts else None


def plan_page(rng: random.Random, count: int) -> list[Cell]:
    """Cells for the articles of one page, in reading order of their bodies."""
    slots: list[Cell | None] = [None] * count
    hard_case_chances = (("trailing_byline_headline", 0.3), ("short_after_headline", 0.3),
                         ("back_to_back", 0.25))
    for case, chance in hard_case_chances:
        if rng.random() < chance:
            cells = hard_case_cells(rng, case)
            start = free_run(slots, len(cells), rng)
            if start is not None:
                slots[start:start + len(cells)] = cells
    placements: list[str | None] = [None] * count
    if rng.random() < 0.55:
        length = rng.choice((2, 2, 3))
        start = free_run(slots, length, rng)
        if start is not None:
            placements[start:start + length] = ["cluster"] * length
    if rng.random() < 0.4:
        for _ in range(rng.choice((1, 2))):
            start = free_run([s if p is None else p for s, p in zip(slots, placements)], 1, rng, lowest=1)
            if start is not None:
                placements[start] = "top"
    cells = [slot or sample_cell(rng, placement or rng.choice(("before", "after")))
             for slot, placement in zip(slots, placements)]
    # a cluster must hold two headlines at least: a hard case's second feature may stand alone
    for k, cell in enumerate(cells):
        if cell.headline == "cluster" and not cluster_neighbour(cells, k):
            cell.headline = "after"
    add_jumps(rng, cells)
    return cells


def cluster_neighbour(cells: list[Cell], k: int) -> bool:
    return any(0 <= j < len(cells) and cells[j].headline == "cluster" for j in (k - 1, k + 1))


def add_jumps(rng: random.Random, cells: list[Cell]) -> None:
    """Some articles go on to another page, some come from one (only outside hard cases)."""
    free = [c for c in cells if not c.hard_case and c.kind != "short"]
    rng.shuffle(free)
    if free and rng.random() < 0.2:
        cell = free.pop()
        cell.jump, cell.trailing = "to", "none"
    if free and rng.random() < 0.15:
        cell = free.pop()
        cell.jump, cell.byline = "from", "none"


# ---------------------------------------------------------------- widths and atoms

def atom_width(atom: str, latin: str) -> float:
    if atom.isspace():
        return 0.5
    if atom in ("——", "……"):
        return 2.0
    if len(atom) == 1 and ord(atom) >= 128:
        return 1.0
    return sum(ascii_width(c, latin) for c in atom)


def ascii_width(char: str, latin: str) -> float:
    if not char.isalpha():
        return 0.5
    if latin == "full":
        return 1.0
    if latin == "proportional":
        return 0.3 if char in "ijlft" else 0.65 if char.isupper() else 0.5
    return 0.5


def atoms_of(text: str) -> list[str]:
    return ATOM.findall(text)


def starts_badly(atom: str) -> bool:
    return atom[0] in NO_LINE_START


def ends_badly(atom: str) -> bool:
    return atom[-1] in NO_LINE_END


def is_half_width(char: str) -> bool:
    return ord(char) < 128 and not char.isspace()


def is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


# ---------------------------------------------------------------- line breaking

@dataclass
class SetLine:
    atoms: list[str]
    used: float
    limit: float


def break_paragraph(text: str, width: int, face: Face) -> list[SetLine]:
    """Break a paragraph into column lines; the first line is two units short (its indent)."""
    atoms = atoms_of(text)
    lines: list[SetLine] = []
    start, limit = 0, width - 2.0
    while start < len(atoms):
        while start < len(atoms) and atoms[start].isspace():
            start += 1
        if start >= len(atoms):
            break
        end = fill_line(atoms, start, limit, face)
        if end < len(atoms):
            end = settle_break(atoms, start, end, face)
        chunk = atoms[start:end]
        while chunk and chunk[-1].isspace():
            chunk.pop()
        lines.append(SetLine(chunk, line_units(chunk, face), limit))
        start, limit = end, float(width)
    return lines


def line_units(atoms: list[str], face: Face) -> float:
    return squeezed(sum(atom_width(a, face.latin) for a in atoms), sum(a in SQUEEZABLE for a in atoms), face)


def squeezed(units: float, marks: int, face: Face) -> float:
    """A squeezing face sets all full-width punctuation of a line but one at half width."""
    return units - 0.5 * max(0, marks - 1) if face.kinsoku == "squeeze" else units


def fill_line(atoms: list[str], start: int, limit: float, face: Face) -> int:
    """Greedy fill: as many atoms as the measure holds (one at least)."""
    end, units, marks = start, 0.0, 0
    while end < len(atoms):
        units += atom_width(atoms[end], face.latin)
        marks += atoms[end] in SQUEEZABLE
        if squeezed(units, marks, face) > limit + 1e-9:
            break
        end += 1
    return max(end, start + 1)


def settle_break(atoms: list[str], start: int, end: int, face: Face) -> int:
    """Move the break so no line starts with a closing mark or ends with an opening one."""
    next_closes = end + 1 < len(atoms) and starts_badly(atoms[end + 1])
    if face.kinsoku == "hang" and atoms[end] in SQUEEZABLE and starts_badly(atoms[end]) \
            and not ends_badly(atoms[end - 1]) and not next_closes:
        return end + 1  # one closing mark hangs in the margin
    while end > start + 1 and (starts_badly(atoms[end]) or ends_badly(atoms[end - 1])):
        end -= 1
    return end


# ---------------------------------------------------------------- rendering a column line

def render_atoms(atoms: list[str], face: Face, rng: random.Random, letterspaced: bool) -> str:
    """What the extractor writes for one set line."""
    if letterspaced:
        return " ".join(a for a in atoms if not a.isspace())
    out = []
    for k, atom in enumerate(atoms):
        before = atoms[k - 1] if k else ""
        after = atoms[k + 1] if k + 1 < len(atoms) else ""
        if has_digit(atom) and before and not is_half_width(before[-1]) and not before.isspace() \
                and rng.random() < face.number_space:
            out.append(" ")
        out.append(atom)
        if has_digit(atom) and after and is_han(after[0]) and rng.random() < face.number_space:
            out.append(" ")
        if atom == "。" and after and not after.isspace() and not starts_badly(after) \
                and rng.random() < face.sentence_space:
            out.append(" ")
    return re.sub(r" {2,}", " ", "".join(out)).strip()


def has_digit(atom: str) -> bool:
    return any(c.isdigit() for c in atom)


def render_column(lines: list[SetLine], face: Face, rng: random.Random, artifacts: set[str]) -> list[Line]:
    """Extract a paragraph's lines: letter-spacing for stretched lines, a kept leading space now and then."""
    out = []
    for k, line in enumerate(lines):
        last = k == len(lines) - 1
        stretched = not last and line.used < line.limit - 0.9
        # rare, as on the sample page: mostly lines the justification had to stretch
        chance = face.letterspace if stretched else (0.01 if k == 0 and not last else 0.002)
        spaced = len(line.atoms) >= 6 and rng.random() < chance
        text = render_atoms(line.atoms, face, rng, spaced)
        if k == 0 and rng.random() < face.lead_space:
            text = " " + text
        artifacts.update({"letterspaced"} if spaced else set())
        artifacts.update({"range_split"} if not last and line.atoms[-1] == "-" else set())
        number_spaced = not spaced and re.search(r"\d [^\s\d]|[^\s\d] \d", text)
        artifacts.update({"number_space"} if number_spaced else set())
        artifacts.update({"half_width_end"} if is_half_width(text[-1]) else set())
        out.append(Line(text))
    return out


# ---------------------------------------------------------------- headlines

def break_headline(text: str, rng: random.Random, category: str) -> list[str]:
    """Lines of a headline, broken as the category says (gold keeps the unbroken text)."""
    point = headline_break_point(text, rng, category)
    if point is None:
        return [text]
    first, rest = text[:point].rstrip(), text[point:].lstrip()
    lines = [first]
    # a part still too long for any headline column is broken once more near its middle
    if len(rest) > 20:
        second = headline_break_point(rest, rng, "balanced")
        lines += [rest[:second].rstrip(), rest[second:].lstrip()] if second else [rest]
    else:
        lines.append(rest)
    return [line for line in lines if line]


def headline_break_point(text: str, rng: random.Random, category: str) -> int | None:
    candidates = headline_candidates(text, category)
    return rng.choice(candidates) if candidates else None


def headline_candidates(text: str, category: str) -> list[int]:
    inner = range(2, len(text) - 1)
    if category == "two_part":
        return [k for k in inner
                if text[k] == " " and is_han_or_mark(text[k - 1]) and is_han_or_mark(text[k + 1])]
    if category == "after_colon":
        return [k + 1 for k in inner if text[k] == "："]
    if category == "before_quote":
        return [k for k in inner if text[k] == "“" and text[k - 1] != " "]
    if category == "after_quote":
        return [k + 1 for k in inner
                if text[k] == "”" and text[k + 1] not in NO_LINE_START and text[k + 1] != " "]
    if category == "inside_word":
        return inside_word_points(text)
    if category == "balanced":
        return [k for k in range(len(text) * 2 // 5, len(text) * 3 // 5 + 1)
                if 1 < k < len(text) - 1 and text[k] not in NO_LINE_START and text[k - 1] not in NO_LINE_END
                and not (is_half_width(text[k - 1]) and is_half_width(text[k]))
                and " " not in text[k - 1:k + 1]]
    return []


def is_han_or_mark(char: str) -> bool:
    return not (is_half_width(char) or char.isspace())


def inside_word_points(text: str) -> list[int]:
    """Points between two Han characters of one dictionary word (the break a copy editor hates)."""
    words = segment(text)
    points, offset = [], 0
    for word in words:
        if len(word) >= 2 and all(is_han(c) for c in word):
            points += [offset + k for k in range(1, len(word)) if 1 < offset + k < len(text) - 1]
        offset += len(word)
    return points


@lru_cache(maxsize=4096)
def segment(text: str) -> tuple[str, ...]:
    import logging

    import jieba  # imported here: loading its dictionary takes a second
    jieba.setLogLevel(logging.WARNING)
    return tuple(jieba.lcut(text))


def headline_categories(text: str) -> list[str]:
    """Break categories a headline allows; a headline under 9 characters stays on one line."""
    if len(text) < 9:
        return ["single"]
    usable = [c for c in HEADLINE_BREAKS[1:] if headline_candidates(text, c)]
    return (["single"] if len(text) <= 26 else []) + usable


def set_headline(text: str, rng: random.Random, breaks: list[str], element: str = "") -> list[Line]:
    """A headline element as tight lines; records which break it got."""
    category = rng.choice(headline_categories(text))
    breaks.append(category)
    lines = break_headline(text, rng, category)
    last = len(lines) - 1
    return [Line(line, tight=k < last, display_end=k == last, element=element)
            for k, line in enumerate(lines)]


def set_heading(text: str, rng: random.Random, width: int) -> list[Line]:
    """An in-article subheading: one line when it fits the heading measure, else two."""
    if len(text) <= width:
        return [Line(text, display_end=True)]
    point = headline_break_point(text, rng, "balanced") or len(text) // 2
    return [Line(text[:point], tight=True), Line(text[point:], display_end=True)]


# ---------------------------------------------------------------- authors

def author_names(rng: random.Random, authors: list[dict], need: int) -> list[dict]:
    """Corpus authors, now and then renamed (non-Han and two-character names), padded to `need`."""
    out = [dict(a) for a in authors]
    if out and rng.random() < 0.4:
        pool = list(NON_HAN_NAMES + TWO_CHAR_NAMES)
        rng.shuffle(pool)
        for author, name in zip(out, pool):
            author["name"] = name
    spare = [n for n in EXTRA_AUTHORS + TWO_CHAR_NAMES if n not in {a["name"] for a in out}]
    while len(out) < need:
        name = spare.pop(rng.randrange(len(spare)))
        out.append({"name": name, "role": rng.choice(("", "本报记者", "通讯员"))})
    return out


def role_groups(authors: list[dict], role_of) -> str:
    """"记者 X Y 通讯员 Z": a role word once before each run of names sharing it."""
    parts, last_role = [], None
    for author in authors:
        role = role_of(author["role"])
        if role and role != last_role:
            parts.append(role)
        parts.append(author["name"])
        last_role = role
    return " ".join(parts)


def dateline_text(authors: list[dict]) -> str:
    if not authors:
        return "本报讯"
    return f"本报讯（{role_groups(authors, lambda r: DATELINE_ROLE.get(r, r))}）"


def byline_text(authors: list[dict], arrow: bool) -> str:
    """▶ keeps the roles as given; a plain byline line opens with a role so it reads as one."""
    def role(r: str) -> str:
        return BYLINE_ROLE.get(r, r)
    if arrow:
        return "▶ " + role_groups(authors, role)
    first = dict(authors[0], role=role(authors[0]["role"]) or "本报记者")
    return role_groups([first] + authors[1:], role)


@dataclass
class Credits:
    """Who is named where: in a dateline, a byline line, or after the last sentence."""
    dateline: str = ""
    byline: str = ""
    trailing: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


def assign_credits(rng: random.Random, cell: Cell, authors: list[dict]) -> Credits:
    trailing_needed = cell.trailing != "none"
    with_byline = cell.byline not in ("dateline", "none")
    need = (1 if cell.byline == "dateline" else 0) + with_byline + trailing_needed
    people = author_names(rng, authors, need)
    credits = Credits()
    if cell.kind != "feature" and cell.jump != "from":
        credits.dateline = dateline_text(people if cell.byline == "dateline" else [])
    if cell.byline == "dateline":
        credits.names = [a["name"] for a in people]
        return credits
    in_byline = people[:-1] if with_byline and trailing_needed else people if with_byline else []
    if in_byline:
        credits.byline = byline_text(in_byline, arrow=cell.byline.startswith("arrow"))
    if trailing_needed:
        credits.trailing = [a["name"] for a in people[len(in_byline):]][:2]
    credits.names = [a["name"] for a in in_byline] + credits.trailing
    return credits


# ---------------------------------------------------------------- one article

@lru_cache(maxsize=1)
def short_names() -> dict[str, str]:
    with open(ZONES, encoding="utf-8") as f:
        return {row["official_name"]: row["short_name"] for row in csv.DictReader(f, delimiter="\t")}


def make_face(rng: random.Random) -> Face:
    return Face(latin=rng.choice(("half", "proportional", "full")),
                kinsoku=rng.choice(("hang", "push", "squeeze")),
                number_space=rng.choice((0.0, 0.35, 0.8)),
                sentence_space=rng.choice((0.0, 0.0, 0.15)),
                letterspace=rng.choice((0.05, 0.25)),
                lead_space=rng.choice((0.0, 0.0, 0.1)))


def printed_blocks(article: dict, cell: Cell, rng: random.Random) -> tuple[list[tuple[str, str]], bool]:
    """The blocks this page prints: a short item is the lead paragraph; jumps cut the body.
    Also says whether the page prints the article's first paragraph."""
    blocks = [("heading", p[3:].strip()) if p.startswith("## ") else ("paragraph", p)
              for p in article["body"]]
    if cell.kind == "short":
        two = len(blocks) > 1 and len(blocks[0][1]) < 60 and blocks[1][0] == "paragraph"
        return blocks[:2] if two else blocks[:1], True
    cuts = [k for k in range(1, len(blocks))
            if blocks[k][0] == "paragraph" and blocks[k - 1][0] == "paragraph"]
    if cell.jump == "to" and cuts:
        return blocks[:rng.choice(cuts)], True
    if cell.jump == "from" and cuts:
        return blocks[rng.choice(cuts):], False
    cell.jump = ""
    return blocks, True


def set_body(blocks: list[tuple[str, str]], cell: Cell, face: Face, rng: random.Random,
             artifacts: set[str]) -> tuple[list[Line], list[dict], SetLine | None]:
    """Column lines of the body and gold blocks; the break before a paragraph whose
    predecessor's last line runs full is marked optional (the page does not show it)."""
    lines: list[Line] = []
    gold: list[dict] = []
    heading_width = rng.randint(8, max(9, cell.width))
    previous_full = False
    last: SetLine | None = None
    for kind, text in blocks:
        if kind == "heading":
            lines += set_heading(text, rng, heading_width)
            gold.append({"type": "heading", "text": compact(text)})
            previous_full, last = False, None
            continue
        set_lines = break_paragraph(text, cell.width, face)
        block = {"type": "paragraph", "text": compact(text)}
        if previous_full and gold and gold[-1]["type"] == "paragraph":
            block["optional_break"] = True
        gold.append(block)
        lines += render_column(set_lines, face, rng, artifacts)
        last = set_lines[-1]
        previous_full = last.used >= last.limit - 1.0
    return lines, gold, last


def compact(text: str) -> str:
    return "".join(text.split())


def caption_for(article: dict, cell: Cell, rng: random.Random) -> tuple[Line | None, dict | None]:
    """The caption line and its gold record."""
    if cell.caption == "none":
        return None, None
    given = article.get("caption") or {}
    credit = given.get("credit") or short_names().get(article["park"], article["park"])
    text = given.get("text") or rng.choice(CAPTION_TEMPLATES).format(park=credit)
    lead = " " if rng.random() < 0.3 else ""
    if cell.caption == "credit_only":
        return Line(f"{lead}图片来源：{credit}"), {"text": "", "credit": credit, "credit_label": "图片来源："}
    if cell.caption == "text_source":
        gap = rng.choice((" ", " ", ""))
        line = Line(f"{lead}{text}{gap}图片来源：{credit}")
        return line, {"text": text, "credit": credit, "credit_label": "图片来源："}
    photographer = rng.choice(PHOTOGRAPHERS)
    text = text if rng.random() < 0.7 else ""
    line = Line(f"{lead}{text} {photographer} 摄".strip())
    return line, {"text": text, "credit": photographer, "credit_label": "摄"}


def typeset_article(article: dict, cell: Cell, rng: random.Random, page_number: int,
                    artifacts: set[str]) -> SetArticle:
    face = make_face(rng)
    blocks, from_start = printed_blocks(article, cell, rng)
    credits = assign_credits(rng, cell, article.get("authors") or [])
    if not from_start:
        credits.dateline = ""
    if credits.dateline:
        gap = rng.choice((" ", "")) if credits.dateline == "本报讯" else ""
        blocks[0] = ("paragraph", credits.dateline + gap + blocks[0][1])
    body, gold_blocks, last = set_body(blocks, cell, face, rng, artifacts)
    breaks: list[str] = []
    head, alternatives, lead_in = headline_group(article, cell, rng, breaks)
    tail = trailing_lines(credits.trailing, cell, body, last, face, rng)
    if credits.byline:
        byline = [Line(credits.byline)]
        if cell.byline.endswith("before"):
            lead_in += byline
        else:
            tail += byline
    if cell.jump == "from":
        lead_in.append(Line(jump_line("上接", page_number, rng)))
    if cell.jump == "to":
        tail.insert(0, Line(jump_line("下转", page_number, rng)))
    caption_line, caption_gold = caption_for(article, cell, rng)
    gold = article_gold(article, cell, credits, gold_blocks, alternatives, caption_gold, from_start)
    gold["layout"].update(headline_breaks=breaks, latin=face.latin, kinsoku=face.kinsoku,
                          names=name_kinds(credits))
    set_article = SetArticle(cell, gold, head, lead_in, body, tail)
    if caption_line:
        if cell.caption_below_head and cell.headline in ("before", "after"):
            set_article.caption = [caption_line]
        else:
            # glued under a byline now and then, as the sample page prints it
            if tail and tail[-1].text == credits.byline and rng.random() < 0.5:
                tail[-1].tight = True
            tail.append(caption_line)
    return set_article


def name_kinds(credits: Credits) -> list[str]:
    kinds = []
    if credits.dateline and any(n in credits.dateline for n in NON_HAN_NAMES):
        kinds.append("non_han_dateline")
    if credits.dateline and any(n in credits.dateline for n in TWO_CHAR_NAMES):
        kinds.append("two_char_dateline")
    return kinds


def jump_line(direction: str, page_number: int, rng: random.Random) -> str:
    other = rng.choice([n for n in range(1, 17) if n != page_number])
    return f"（{direction}第{other}版）" if rng.random() < 0.75 else f"({direction}第{other}版)"


def headline_group(article: dict, cell: Cell, rng: random.Random,
                   breaks: list[str]) -> tuple[list[Line], list[str], list[Line]]:
    """The kicker/title/subtitle lines; a detached kicker or subtitle stays by the body."""
    elements = [article.get(k) or "" for k in ("kicker", "title", "subtitle")]
    detachable = [e for k, e in enumerate(elements) if e and k != 1]
    detached = ""
    # never inside a hard case: it would print something between what must be adjacent
    if cell.headline in ("cluster", "top") and detachable and not cell.hard_case and rng.random() < 0.3:
        detached = rng.choice(detachable)
    cell.detached = bool(detached)
    head = [line for role, e in zip(("kicker", "title", "subtitle"), elements) if e and e != detached
            for line in set_headline(e, rng, breaks, role)]
    lead_in = set_headline(detached, rng, breaks) if detached else []
    return head, [detached] if detached else [], lead_in


SUBTITLE_DASH = "——"
DASHLESS_CHANCE = 0.3  # papers that set a subtitle apart by type size alone print no dash


def drop_subtitle_dashes(arts: list[SetArticle], rng: random.Random) -> None:
    """Print some subtitles without their leading dash, as some papers do; gold follows the print.
    A separate random stream, so that the rest of a page stays as its seed always made it."""
    for art in arts:
        subtitle = art.gold["subtitle"]
        dashless = subtitle.startswith(SUBTITLE_DASH) and rng.random() < DASHLESS_CHANCE
        art.gold["layout"]["subtitle_dash_dropped"] = dashless
        if not dashless:
            continue
        for line in art.head + art.lead_in:
            if line.text.startswith(SUBTITLE_DASH):
                line.text = line.text[len(SUBTITLE_DASH):]
        art.gold["subtitle"] = subtitle[len(SUBTITLE_DASH):]
        alternatives = art.gold.get("title_alternatives", [])
        art.gold["title_alternatives"] = [a.removeprefix(SUBTITLE_DASH) if a == subtitle else a
                                          for a in alternatives]


SUBTITLE_FIRST_CHANCE = 0.2  # the extractor writes a subtitle's frame before its title's


def write_subtitles_first(arts: list[SetArticle], rng: random.Random) -> None:
    """The extractor follows the order the frames were placed in, not the page: now and then a
    subtitle comes out above its title (and kicker). Gold keeps the roles. A separate random
    stream, so that the rest of a page stays as its seed always made it."""
    for art in arts:
        subtitle = [line for line in art.head if line.element == "subtitle"]
        first = bool(subtitle) and rng.random() < SUBTITLE_FIRST_CHANCE
        art.gold["layout"]["subtitle_first"] = first
        if first:
            art.head = subtitle + [line for line in art.head if line.element != "subtitle"]


def trailing_lines(names: list[str], cell: Cell, body: list[Line], last: SetLine | None, face: Face,
                   rng: random.Random) -> list[Line]:
    """The trailing credit: run into the last line when it fits there, else on a line of its own."""
    if not names:
        cell.trailing = "none"
        return []
    credit = " ".join(names)
    room = cell.width - (last.used if last else cell.width)
    if cell.trailing == "run_in" and last and room >= 1 + sum(atom_width(c, face.latin) for c in credit):
        body[-1].text += " " + credit
        return []
    cell.trailing = "own_line"
    # set flush right, the name may come out of the extractor behind a few spaces
    return [Line(" " * rng.choice((0, 0, 4, 8)) + credit)]


def article_gold(article: dict, cell: Cell, credits: Credits, blocks: list[dict], alternatives: list[str],
                 caption: dict | None, from_start: bool) -> dict:
    gold = {
        "id": article["id"],
        "park": article["park"],
        "kicker": article.get("kicker") or "",
        "title": article["title"],
        "subtitle": article.get("subtitle") or "",
    }
    if alternatives:
        gold["title_alternatives"] = alternatives
    whole = from_start and cell.jump != "to" and cell.kind != "short"
    gold.update({
        "dateline": credits.dateline,
        "authors": credits.names,
        "byline": credits.byline,
        "trailing_author": " ".join(credits.trailing),
        "blocks": blocks,
        "captions": [caption] if caption else [],
        "topics": list(article.get("topics") or []),
        # a summary of the whole article would not be fair to a part of it
        "summary": article.get("summary", "") if whole else "",
        "lead_summary": lead_sentence(blocks, credits.dateline),
        "layout": asdict(cell),
    })
    return gold


def lead_sentence(blocks: list[dict], dateline: str) -> str:
    first = next((b["text"] for b in blocks if b["type"] == "paragraph"), "")
    first = first[len(compact(dateline)):] if dateline else first
    match = re.match(r".*?[。！？]", first)
    return match.group(0) if match else first


# ---------------------------------------------------------------- furniture

@dataclass
class Furniture:
    top: list[str] = field(default_factory=list)
    middle: list[str] = field(default_factory=list)
    bottom: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)


def make_furniture(rng: random.Random, page_number: int) -> Furniture:
    furniture = Furniture()
    date = date_line(rng) if rng.random() < 0.6 else ""
    name = rng.choice(PAGE_NAMES) if rng.random() < 0.5 else ""
    number = page_number_text(rng, page_number) if rng.random() < 0.5 else ""
    if date and name and number and rng.random() < 0.4:
        furniture.top.append(" ".join(rng.sample([date, name, number], 3)))
        furniture.kinds += ["header_line", "date", "page_name", "page_number"]
    else:
        parts = [(p, k) for p, k in ((date, "date"), (name, "page_name"), (number, "page_number")) if p]
        rng.shuffle(parts)
        furniture.top += [p for p, _ in parts]
        furniture.kinds += [k for _, k in parts]
    if rng.random() < 0.55:
        editor = rng.choice(("责任编辑 {}", "责任编辑：{}", "本版责任编辑 {}")).format(rng.choice(EDITORS))
        where = rng.choices(("top", "bottom", "middle"), weights=(4, 4, 2))[0]
        getattr(furniture, where).append(editor)
        furniture.kinds.append(f"editor_{'mid' if where == 'middle' else where}")
    return furniture


def date_line(rng: random.Random) -> str:
    day = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(6 * 365))
    weekday = WEEKDAYS[day.weekday()]
    if rng.random() < 0.25:
        return f"{day.year} 年 {day.month} 月 {day.day} 日 {weekday}"
    return f"{day.year}年{day.month}月{day.day}日{rng.choice((' ', '　'))}{weekday}"


def page_number_text(rng: random.Random, number: int) -> str:
    return rng.choice((str(number), f"第{number}版", f"{number:02d}", f"第 {number} 版"))


# ---------------------------------------------------------------- the page

def typeset_page(seed: int, articles: list[dict]) -> tuple[str, dict]:
    """Lay out a page from some of `articles` (corpus records); return raw text and gold."""
    rng = random.Random(seed)
    count = min(len(articles), rng.choice((3, 4, 4, 5, 5, 6)))
    cells = plan_page(rng, count)
    chosen = rng.sample(articles, count)
    page_number = rng.randint(1, 16)
    artifacts: set[str] = set()
    set_articles = [typeset_article(a, c, rng, page_number, artifacts) for a, c in zip(chosen, cells)]
    drop_subtitle_dashes(set_articles, random.Random(f"subtitle-dash-{seed}"))
    write_subtitles_first(set_articles, random.Random(f"subtitle-first-{seed}"))
    furniture = make_furniture(rng, page_number)
    lines, order = arrange(set_articles, furniture, rng)
    # whether the half-width rule also reaches the last line of a headline: the sample never shows it
    display_gap = rng.random() < 0.5
    raw = render_page(lines, display_gap)
    artifacts.update({"indent_lost"})
    gold = {
        "page": "",
        "notes": "Laid out by tests/typesetter.py. Body text is whitespace-free; optional_break marks a "
                 "paragraph break the layout leaves invisible (its previous line runs full).",
        "furniture": printed_furniture(furniture, set_articles, lines),
        "articles": [a.gold for a in set_articles],
        "layout": {"seed": seed, "furniture": sorted(set(furniture.kinds) | jump_kinds(set_articles)),
                   "hard_cases": hard_cases_of(set_articles), "cluster_order": order,
                   "blank_after_headlines": display_gap,
                   "artifacts": sorted(artifacts)},
    }
    return raw, gold


def arrange(arts: list[SetArticle], furniture: Furniture, rng: random.Random) -> tuple[list[Line], str]:
    """Put the pieces in page order: furniture, top headlines, then each article's run
    (headline before / lead-in / body / tail / headline after), clusters after their last body."""
    lines = [Line(t) for t in furniture.top]
    top = [a for a in arts if a.cell.headline == "top"]
    if rng.random() < 0.5:
        top.reverse()
    for art in top:
        lines += art.head
    order = rng.choice(("forward", "reverse"))
    middle_at = middle_furniture_slot(arts, rng) if furniture.middle else -1
    cluster: list[SetArticle] = []
    for k, art in enumerate(arts):
        if k == middle_at:
            lines += [Line(t) for t in furniture.middle]
        if art.cell.headline == "before":
            lines += art.head + art.caption
        lines += art.lead_in + art.body + art.tail
        if art.cell.headline == "after":
            lines += art.head + art.caption
        if art.cell.headline == "cluster":
            cluster.append(art)
            if k + 1 == len(arts) or arts[k + 1].cell.headline != "cluster":
                for member in (reversed(cluster) if order == "reverse" else cluster):
                    lines += member.head
                cluster = []
    if middle_at < 0:
        lines += [Line(t) for t in furniture.middle]
    lines += [Line(t) for t in furniture.bottom]
    return lines, order


def middle_furniture_slot(arts: list[SetArticle], rng: random.Random) -> int:
    """An article boundary to print mid-page furniture at, never inside a hard case's pair."""
    slots = [k for k in range(1, len(arts))
             if not (arts[k].cell.hard_case and arts[k].cell.hard_case == arts[k - 1].cell.hard_case)]
    return rng.choice(slots) if slots else -1


def render_page(lines: list[Line], blank_after_display: bool) -> str:
    """One text line per printed line; a blank line after it unless it is tight or ends
    half-width (a headline's last line may be kept apart all the same)."""
    out = []
    for line in lines:
        out.append(line.text)
        kept_apart = blank_after_display and line.display_end
        single = line.tight or (is_half_width(line.text[-1]) and not kept_apart)
        out.append("\n" if single else "\n\n")
    return "".join(out)


def printed_furniture(furniture: Furniture, arts: list[SetArticle], lines: list[Line]) -> list[str]:
    """Furniture lines in page order (jump lines included)."""
    jumps = {line.text for a in arts for line in a.lead_in + a.tail
             if "版）" in line.text or "版)" in line.text}
    wanted = set(furniture.top + furniture.middle + furniture.bottom) | jumps
    return [line.text.strip() for line in lines if line.text in wanted]


def jump_kinds(arts: list[SetArticle]) -> set[str]:
    return {f"jump_{a.cell.jump}" for a in arts if a.cell.jump}


def hard_cases_of(arts: list[SetArticle]) -> list[str]:
    cases = {a.cell.hard_case for a in arts if a.cell.hard_case}
    cases |= {kind for a in arts for kind in a.gold["layout"]["names"]}
    return sorted(cases)


def page_seed(seed: int, number: int) -> int:
    """Seed of page `number` (1-based) of the page set `seed`."""
    return seed * 100_000 + number
