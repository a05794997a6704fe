"""A page a converter exported as Markdown (Docling, Marker and their kind) read back as the page
printed it: the export's own markup taken off before any line is read.

Such a converter writes each printed paragraph as one line with a blank line after it, a heading
after hashes ("# " for the largest type, more hashes for smaller), a picture as an image link or
comment, a box of figures as a pipe table (a rule row under its first row), list items after a
dash and a bold lead-in between double stars. The hashes, pipes, rules, dashes and stars are the
converter's, no word of the page; a heading group (a kicker, the title, a subtitle) is written as
headings running one after the other, each its own paragraph, where a line reader writes the
group's lines together; and a paragraph reflowed with a space where each printed line ended is
written as its printed lines again."""

from __future__ import annotations

import re
import statistics
from dataclasses import replace

from ..language.text import display_width, memo_by_text
from .lines import INDENT, Line
from .marks import PAGE_PART_COMMENT, is_furniture_line

# A heading: one to six hashes and a space (a topic tag, "#话题#", has no space after its hash)
HEADING = re.compile(r"^(#{1,6})[ \t]+(?=\S)")
# A picture: an image link ("![](_page_0_Picture_1.jpeg)", alt text or none) or the comment Docling
# writes in its place ("<!-- image -->"), alone on its line
PICTURE = re.compile(r"^(?:!\[[^\]\n]*\]\([^)\n]*\)|<!--\s*image\s*-->)$", re.I)
DOCLING_PICTURE = "<!-- image -->"
# The rule under a pipe table's first row: dashes (colons for alignment) between pipes
TABLE_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")
TABLE_ROW = re.compile(r"^\|.*\|$")
# The front matter a converter writes at the page's top (olmOCR: the language, the rotation, whether
# the page is a table or a diagram): fields of a key in Latin letters, a colon and a value between two
# fences of three dashes. A printed page's words are no such key, and no page opens on a rule
FRONT_MATTER_FENCE = "---"
FRONT_MATTER_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*:(?:[ \t].*)?$")
# A list item's dash, or the star or plus some converters write instead
LIST_DASH = re.compile(r"^[-*+][ \t]+(?=\S)")
# A bold span: double stars round words, no star inside
BOLD = re.compile(r"\*\*([^*\n]+?)\*\*")
# A paragraph opened by a bold lead-in and running on after it: a run-in head (a subheading, a
# brief's title) whose end the stars tell
BOLD_LEAD_IN = re.compile(r"^\*\*([^*\n]+?)\*\*[ \t\u3000]*(?=\S)")
# The photo's mark a line reader of an e-paper writes where a picture stands: what the parse reads
# as a picture's place (marks.PHOTO_MARK)
PHOTO_PLACE = "[图片]"
# The fewest markup lines that show a page is a Markdown export (a printed line may open on a
# hash or a dash; two headings, pictures or table rules are the converter's)
MIN_MARKUP_LINES = 2
_MARKUP_OPENINGS = frozenset("#!|<\\")  # what those lines open on (a set: a blank line opens on none)
# A converter that reflows a paragraph with a space where each printed line ended (Docling) writes runs of
# text between its spaces all of the column's measure (one more with a mark hung at a line's end,
# one less with a word carried over); a printed space stands inside a line, the run before it short.
# Columns are set at least this wide (a run of text as wide is a line's, no word or figure's)
MIN_MEASURE = 6
MEASURE_SLACK = 1.0
MIN_FULL_RUNS = 2  # the fewest full runs that show a paragraph reflowed with spaces


def read_markdown(text: str) -> str:
    """The page's text with a Markdown export's markup taken off; any other page as it was."""
    if not is_markdown_export(text):
        return text
    lines = _markdown_lines(text)
    lines = lines[_front_matter_end(lines) :]
    out: list[str] = []
    heading_above = False  # the last written line is a heading, blank lines after it dropped
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if not heading_above:
                out.append(line)
            continue
        if TABLE_RULE.match(stripped):
            continue
        heading = HEADING.match(stripped)
        if heading_above and heading is None:
            out.append("")  # the group ends: the blank the heading's paragraph had after it
        heading_above = heading is not None
        out.append(_plain_line(stripped, heading))
    if heading_above:
        out.append("")
    return "\n".join(out)


def heading_texts(text: str) -> frozenset[str]:
    """The lines a Markdown export wrote as headings, as `read_markdown` writes them: the converter
    saw them set as headings, which tells a title from the plain lines of its deck round it."""
    if not is_markdown_export(text):
        return frozenset()
    marks = ((line.strip(), HEADING.match(line.strip())) for line in _markdown_lines(text))
    return frozenset(_plain_line(line, heading).strip() for line, heading in marks if heading is not None)


def table_row_texts(text: str) -> frozenset[str]:
    """The rows of a Markdown export's tables, as `read_markdown` writes them: the converter saw a
    table, whose rows are the story's text however short, never a headline's lines."""
    if not is_markdown_export(text):
        return frozenset()
    rows = (line.strip() for line in _markdown_lines(text))
    return frozenset(
        _plain_line(row, None) for row in rows if TABLE_ROW.match(row) and not TABLE_RULE.match(row)
    )


def mark_table_rows(lines: list[Line], rows: frozenset[str]) -> list[Line]:
    """The lines a Markdown export wrote as a table's rows marked as a box's rows (a paragraph each)."""
    if not rows:
        return lines
    return [replace(line, box_row=True) if line.text in rows else line for line in lines]


def mark_headings(lines: list[Line], headings: frozenset[str]) -> list[Line]:
    """The lines a Markdown export wrote as headings marked so (a line read as a heading's text)."""
    if not headings:
        return lines
    return [replace(line, heading=True) if line.text in headings else line for line in lines]


@memo_by_text  # asked of the whole page by each reader of its markup, and by the layout
def is_markdown_export(text: str) -> bool:
    """The page a converter exported as Markdown (its LaTeX or HTML blocks read as Markdown's)."""
    return _markdown_export(_markdown_lines(text))


def _markdown_lines(text: str) -> list[str]:
    """The page's lines, its LaTeX and HTML blocks written as Markdown."""
    return _html_blocks_as_markdown(_latex_as_markdown(text.split("\n")))


def front_matter(text: str) -> list[str]:
    """The lines of a Markdown export's front matter (its fences and fields), none on any other page."""
    lines = text.split("\n")
    return [stripped for line in lines[: _front_matter_end(lines)] if (stripped := line.strip())]


def _front_matter_end(lines: list[str]) -> int:
    """Where the page's front matter ends (0 without one): a fence at the page's top, then fields of
    the converter's (a key, a colon, its value) up to the closing fence."""
    top = next((k for k, line in enumerate(lines) if line.strip()), len(lines))
    if top == len(lines) or lines[top].strip() != FRONT_MATTER_FENCE:
        return 0
    for k in range(top + 1, len(lines)):
        stripped = lines[k].strip()
        if stripped == FRONT_MATTER_FENCE:
            return k + 1 if k > top + 1 else 0
        if not FRONT_MATTER_FIELD.match(stripped):
            return 0
    return 0


def _markdown_export(lines: list[str]) -> bool:
    if _front_matter_end(lines):
        return True
    markup = 0
    for line in lines:
        stripped = line.strip()
        if stripped[:1] in _MARKUP_OPENINGS and (
            HEADING.match(stripped)
            or PICTURE.match(stripped)
            or TABLE_RULE.match(stripped)
            or PAGE_PART_COMMENT.match(stripped)
        ):
            markup += 1
            if markup >= MIN_MARKUP_LINES:
                return True
    return False


def _plain_line(line: str, heading: re.Match[str] | None) -> str:
    """A line of the export as a line reader writes it."""
    if heading is not None:
        return _unbold(line[heading.end() :])
    if PICTURE.match(line):
        return PHOTO_PLACE
    if PAGE_PART_COMMENT.match(line):
        return line  # furniture as the converter wrote it, its words no paragraph's printed lines
    if TABLE_ROW.match(line):
        # a grid's cells are written two spaces apart by a line reader
        return "  ".join(cell.strip() for cell in line[1:-1].split("|") if cell.strip())
    line = LIST_DASH.sub("", line, count=1)
    lead_in = BOLD_LEAD_IN.match(line)
    if lead_in is not None:
        head, rest = lead_in.group(1).strip(), _printed_lines(_unbold(line[lead_in.end() :]))
        if head.endswith("】"):
            return head + rest  # its bracket closes the head, as printed
        # the head a line of its own, as a heading over its paragraph is written
        return head + "\n\n" + rest
    return _printed_lines(_unbold(line))


def _unbold(line: str) -> str:
    return BOLD.sub(r"\1", line)


def _printed_lines(paragraph: str) -> str:
    """A paragraph reflowed with a space at each printed line's end written as its printed lines
    again, the spaces printed inside a line kept; any other paragraph as it was (a strip of the
    page's furniture printed across it, its items parted by spaces, among them)."""
    runs = paragraph.split(" ")
    widths = [display_width(run) for run in runs]
    wide = [width for width in widths[:-1] if width >= MIN_MEASURE]
    if len(wide) < MIN_FULL_RUNS or is_furniture_line(paragraph):
        return paragraph
    measure = statistics.median(wide)
    if sum(abs(width - measure) <= MEASURE_SLACK for width in wide) * 2 <= len(wide):
        return paragraph
    if max(widths) > measure + MEASURE_SLACK:
        return paragraph  # a run wider than the measure ran past a line's end: no space ended a line
    lines, line, width = [], runs[0], widths[0]
    full = measure - INDENT  # the paragraph's first line is set after its indent
    for run, run_width in zip(runs[1:], widths[1:]):
        if width >= full - MEASURE_SLACK:
            lines.append(line)
            line, width, full = run, run_width, measure
        else:
            line, width = line + " " + run, width + 0.5 + run_width
    return "\n".join([*lines, line])


# Mathpix Markdown borrows LaTeX's markup: a heading as a sectioning command (\title{…}, \section{…},
# \subsection*{…}; the star only drops the number), a table as a tabular environment (rules \hline,
# cells parted by &, a row closed by \\) and LaTeX's special characters escaped (\% \& \_ \$ \# \{ \}).
# A printed page holds none of it: written as the Markdown it stands for, the rest reads it as any export
LATEX_HEADING = re.compile(r"^\\(title|section|subsection|subsubsection)\*?\{(.+)\}$")
_LATEX_LEVELS = {"title": "#", "section": "#", "subsection": "##", "subsubsection": "###"}
TABULAR_BEGIN = re.compile(r"^\\begin\{tabular\}")
TABULAR_END = re.compile(r"^\\end\{tabular\}$")
TABULAR_RULE = re.compile(r"\\hline\s*|\\cline\{[^}]*\}\s*")
TABULAR_ROW_END = re.compile(r"\s*\\\\\s*$")
TABULAR_CELL_GAP = re.compile(r"\s*(?<!\\)&\s*")  # an escaped \& is a cell's own ampersand
LATEX_ESCAPE = re.compile(r"\\([%&_$#{}])")
_LATEX_OPENING = "\\"


def _latex_as_markdown(lines: list[str]) -> list[str]:
    """A Mathpix page's sectioning commands, tabulars and escapes written as Markdown, and a page
    that writes its headings with hashes but its tables as tabulars (Nougat) read so too; any other
    page's lines as they were (a printed line never opens on a sectioning command or a tabular)."""
    if not _writes_latex(lines):
        return lines
    out: list[str] = []
    in_tabular = False
    for line in lines:
        stripped = line.strip()
        if TABULAR_BEGIN.match(stripped):
            in_tabular = True
        elif TABULAR_END.match(stripped):
            in_tabular = False
        elif in_tabular:
            row = TABULAR_ROW_END.sub("", TABULAR_RULE.sub("", stripped))
            if row:
                out.append("| " + " | ".join(_unescaped(cell) for cell in TABULAR_CELL_GAP.split(row)) + " |")
        else:
            heading = LATEX_HEADING.match(stripped)
            if heading is not None:
                out.append(f"{_LATEX_LEVELS[heading.group(1)]} {_unescaped(heading.group(2))}")
            else:
                out.append(_unescaped(line))
    return out


def _writes_latex(lines: list[str]) -> bool:
    """Two sectioning commands, or a tabular opened and closed, each on a line of its own."""
    opening = [line.strip() for line in lines if line[:1] == _LATEX_OPENING]
    if sum(1 for line in opening if LATEX_HEADING.match(line)) >= MIN_MARKUP_LINES:
        return True
    begins = [k for k, line in enumerate(opening) if TABULAR_BEGIN.match(line)]
    return bool(begins) and any(TABULAR_END.match(line) for line in opening[begins[0] + 1 :])


def _unescaped(text: str) -> str:
    return LATEX_ESCAPE.sub(r"\1", text)


# Azure Document Intelligence's Markdown writes what it found round the text as HTML: the page's
# header, footer and number as comments (marks.PAGE_PART_COMMENT, kept as the furniture they are), a
# picture as a <figure> holding its <figcaption>, a table as <table> rows (a row a <tr>, its cells
# <th> or <td>, on one line or several)
HTML_TABLE_BEGIN = re.compile(r"^<table\b[^>]*>", re.I)
HTML_TABLE_END = re.compile(r"</table>$", re.I)
HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.I | re.S)
HTML_CELL = re.compile(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", re.I | re.S)
FIGURE_OPEN = re.compile(r"^<figure\b[^>]*>$", re.I)
FIGURE_CLOSE = re.compile(r"^</figure>$", re.I)
FIGCAPTION = re.compile(r"^<figcaption\b[^>]*>(.*)</figcaption>$", re.I)
HTML_TAG = re.compile(r"<[^>]+>")


def _html_blocks_as_markdown(lines: list[str]) -> list[str]:
    """An HTML table written as pipe rows, a figure as a picture over its caption; other lines as
    they were (a printed line never opens on a tag)."""
    if not any(line[:1] == "<" for line in lines):
        return lines
    out: list[str] = []
    table: list[str] | None = None  # the lines of an open table
    for line in lines:
        stripped = line.strip()
        if table is None and HTML_TABLE_BEGIN.match(stripped):
            table = []
        if table is not None:
            table.append(stripped)
            if HTML_TABLE_END.search(stripped):
                out += _html_table_rows(" ".join(table))
                table = None
        elif FIGURE_OPEN.match(stripped):
            out.append(DOCLING_PICTURE)  # the picture's place, as Docling marks it
        elif FIGURE_CLOSE.match(stripped):
            continue
        else:
            caption = FIGCAPTION.match(stripped)
            out.append(caption.group(1).strip() if caption is not None else line)
    return out + (table or [])


def _html_table_rows(table: str) -> list[str]:
    rows = []
    for row in HTML_ROW.findall(table):
        cells = [HTML_TAG.sub("", cell).strip() for cell in HTML_CELL.findall(row)]
        if any(cells):
            rows.append("| " + " | ".join(cell for cell in cells if cell) + " |")
    return rows
