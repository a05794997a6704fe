"""Segment stage: layout items -> articles.

Recipe: cut the reading flow into body segments at hard boundaries (datelines,
trailing authors, bylines, headline clusters, jump lines); decide whether a
lone headline inside a segment is a subheading or a boundary (change of
subject); find paragraphs per segment from its own column width; then hand
out headlines, bylines and captions to segments by content.
"""
from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field

from . import gazetteer, names, nlp
from .layout import (AUTHOR, BODY, BYLINE, CAPTION, CAPTION_SHOT, CREDIT_LABEL, DEFAULT_COLUMN, FURNITURE,
                     HEADLINE, Item)
from .assign import best_assignment
from .models import Article, Author, Block, Caption, Page
from .text import display_width, ends_sentence, is_letter_spaced, join_lines, mid_paragraph_width, squeeze, visible

CAPTION_PARTS = re.compile(rf"^(?P<text>.*?)\s*(?P<label>{CREDIT_LABEL})\s*(?P<credit>.*)$")


@dataclass
class Paragraph:
    lines: list[Item]
    heading: bool = False


@dataclass
class Segment:
    """One article's body as it lies on the page, with what gets attached to it."""

    parts: list[Item]  # body lines and subheading candidates, in print order
    continued: bool = False  # continued from another page: its headline is elsewhere
    headlines: list[Item] = field(default_factory=list)
    bylines: list[Item] = field(default_factory=list)
    authors: list[Item] = field(default_factory=list)
    captions: list[Item] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(squeeze(part.text) for part in self.parts)

    @property
    def first(self) -> int:
        return self.parts[0].number

    @property
    def last(self) -> int:
        return self.parts[-1].number


def segment(items: list[Item], source: str = "") -> Page:
    cut, loose = _cut(items)
    segments: list[Segment] = []
    for seg in cut:
        for piece in _split_at_column_changes(seg):
            segments += _split_at_subject_changes(piece, loose)
    segments = [seg for seg in segments if not _is_stray_headline(seg, loose)]
    for seg in segments:
        seg.paragraphs = _paragraphs(seg)
    page = Page(source=source, furniture=[item.text for item in items if item.kind == FURNITURE])
    headlines = [item for item in loose if item.kind == HEADLINE]
    page.unassigned += [item.text for item in _assign_headlines(headlines, segments)]
    for seg in segments:
        _promote_missed_title(seg)
    page.unassigned += [item.text for item in _assign_bylines([i for i in loose if i.kind == BYLINE], segments, items)]
    page.unassigned += [item.text for item in _assign_captions([i for i in loose if i.kind == CAPTION], segments, items)]
    page.articles = [_article(seg) for seg in segments if seg.parts]
    return page


# --- cutting the flow -------------------------------------------------------

def _cut(items: list[Item]) -> tuple[list[Segment], list[Item]]:
    """Body segments between hard boundaries; everything else is loose for now."""
    segments: list[Segment] = []
    loose: list[Item] = []
    current: Segment | None = None
    for i, item in enumerate(items):
        if item.kind == BODY:
            if current is None or item.starts_article:
                current = Segment(parts=[], continued=item.starts_article and not names.DATELINE.match(item.text))
                segments.append(current)
            current.parts.append(item)
            if item.ends_article:
                current = None
        elif item.kind == HEADLINE and current is not None and _inside_flow(items, i):
            current.parts.append(item)  # a subheading, or a boundary decided by subject below
        elif item.kind == AUTHOR and segments:
            (current or segments[-1]).authors.append(item)
            current = None
        elif item.kind in (CAPTION, FURNITURE):
            loose.append(item)  # floats: does not interrupt the text around it
        else:
            loose.append(item)
            current = None
    for seg in segments:
        while seg.parts and seg.parts[-1].kind == HEADLINE:  # a trailing candidate is not inside
            loose.append(seg.parts.pop())
    return segments, loose


def _inside_flow(items: list[Item], i: int) -> bool:
    """A lone headline with body text on both sides may be a subheading."""
    before, after = _flow_neighbour(items, i, -1, CAPTION), _flow_neighbour(items, i, +1, CAPTION)
    return (before is not None and before.kind == BODY and not before.ends_article
            and after is not None and after.kind == BODY and not after.starts_article)


def _main_park(text: str) -> str:
    found = gazetteer.mentions(text)
    if not found:
        return ""
    zone, _, _ = max(found, key=lambda m: (m[1], -m[2]))  # most mentioned, then first mentioned
    return zone.official


def _split_at_column_changes(seg: Segment) -> list[Segment]:
    """Two articles printed back to back, nothing between them: where a paragraph ends, the
    column widens or narrows by two or more and the text turns to another park, the next
    article begins."""
    paragraphs = _paragraphs(seg)
    changes = _width_changes(paragraphs)
    pieces: list[list[Paragraph]] = [[]]
    for k, paragraph in enumerate(paragraphs):
        between_paragraphs = pieces[-1] and not pieces[-1][-1].heading and not paragraph.heading
        if between_paragraphs and changes[k] >= 2.0 and _turns_to_another_park(pieces[-1], paragraphs[k:]):
            pieces.append([])
        pieces[-1].append(paragraph)
    if len(pieces) == 1:
        return [seg]
    out = [Segment(parts=[line for p in piece for line in p.lines]) for piece in pieces]
    out[0].continued = seg.continued
    out[-1].authors = seg.authors
    return out


def _turns_to_another_park(above: list[Paragraph], below: list[Paragraph]) -> bool:
    section = below[:next((k for k, p in enumerate(below) if p.heading), len(below))]
    park_above, park_below = _main_park(_text(above)), _main_park(_text(section))
    return bool(park_above and park_below) and park_above != park_below and park_above not in _parks(_text(section))


def _text(paragraphs: list[Paragraph]) -> str:
    return "".join(squeeze(line.text) for line in _body_lines(paragraphs))


def _split_at_subject_changes(seg: Segment, loose: list[Item]) -> list[Segment]:
    """A lone headline, or a body line that reads like one, between text about one park and
    text about another ends an article. A headline joins the loose ones, to be handed out
    by content like the others; so does a headline-like line above an indented one (a title
    printed over its body), while one above a full line opens the next article's text."""
    column = _full_width([p for p in seg.parts if p.kind == BODY]) or DEFAULT_COLUMN
    out = [Segment(parts=[], continued=seg.continued)]
    for index, part in enumerate(seg.parts):
        rest = seg.parts[index + 1:]
        indented_next = bool(rest) and display_width(rest[0].text) <= column - 1.0
        if not out[-1].parts and part.title_like and indented_next and _names_another_park(part, rest):
            part.kind = HEADLINE  # another article's title, printed after that article
            loose.append(part)
            continue
        if (part.kind == HEADLINE or part.title_like) and out[-1].parts and _stands_between(out[-1].parts, part, rest):
            start = _earlier_start(out[-1].parts, rest) if part.kind == HEADLINE else None
            if start is not None:  # the headline is a subheading of an article begun further up
                out[-1].parts, moved = out[-1].parts[:start], out[-1].parts[start:]
                out.append(Segment(parts=moved + [part]))
                continue
            out.append(Segment(parts=[]))
            if part.kind == HEADLINE or indented_next:
                part.kind = HEADLINE
                loose.append(part)
                continue
        out[-1].parts.append(part)
    out[-1].authors = seg.authors
    return out


def _stands_between(before: list[Item], part: Item, rest: list[Item]) -> bool:
    """Does this headline, or headline-like body line, stand between two articles?"""
    printed_apart = part.kind == HEADLINE
    if _changes_subject(_section(before[::-1])[::-1], part, _section(rest, part.title_like), printed_apart):
        return True
    return printed_apart and (_changes_column(before, rest) or _parts_two_parks(before, rest))


def _earlier_start(before: list[Item], after: list[Item]) -> int | None:
    """Where the article below a headline really begins, if its park is named above the
    headline too: at the last paragraph break with the old park named only above it and
    the new one only below. None when there is no such break."""
    park_after = _main_park(_text([Paragraph(_section(after))]))
    paragraphs = _paragraphs(Segment(parts=before))
    texts = [_text([p]) for p in paragraphs]
    for cut in range(len(paragraphs) - 1, 0, -1):
        head, tail = _parks("".join(texts[:cut])), _parks("".join(texts[cut:]))
        if park_after in tail and head and not set(head) & set(tail):
            return before.index(paragraphs[cut].lines[0])
    return None


def _parts_two_parks(before: list[Item], after: list[Item]) -> bool:
    """A headline with all the text above it about some parks and all below about others,
    each side naming its own more than once, stands between two articles, whatever it names."""
    above, below = _parks(_text([Paragraph(before)])), _parks(_text([Paragraph(after)]))
    named_twice = bool(above) and max(above.values()) >= 2 and bool(below) and max(below.values()) >= 2
    return named_twice and not set(above) & set(below)


def _changes_column(before: list[Item], after: list[Item]) -> bool:
    """A subheading stays within its article's column: a headline where the width changes,
    after a closed sentence, is the title of the next article printed over its text."""
    before, after = [p for p in before if p.kind == BODY], [p for p in after if p.kind == BODY]
    return bool(before) and ends_sentence(before[-1].text) and _width_change(before, after) >= 2.0


def _names_another_park(line: Item, rest: list[Item]) -> bool:
    """The line names parks, none of them the one the text below it is about."""
    named = set(_parks(line.text))
    park_after = _main_park("".join(p.text for p in _section(rest, True) if p.kind == BODY))
    return bool(named) and bool(park_after) and park_after not in named


def _is_stray_headline(seg: Segment, loose: list[Item]) -> bool:
    """A few lines of which none closes a sentence are no article: they are headlines read
    as body (a cluster of one-line titles, say)."""
    if len(seg.parts) > 4 or any(ends_sentence(p.text) or p.ends_article for p in seg.parts):
        return False
    if seg.authors or seg.continued:
        return False
    for part in seg.parts:
        part.kind = HEADLINE
        loose.append(part)
    return True


def _section(parts: list[Item], to_next_opening: bool = False) -> list[Item]:
    """The body lines up to the next subheading candidate (or, for a line that may open an
    article, up to the next such line): what the candidate is compared with."""
    out = []
    for part in parts:
        if part.kind == HEADLINE or to_next_opening and part.title_like:
            break
        out.append(part)
    return out


def _changes_subject(before: list[Item], line: Item, after: list[Item], printed_apart: bool) -> bool:
    """Does this headline (or headline-like line) stand between two articles?

    A headline naming the park of the text above it or below it, where these
    differ, ends one article and opens the next. A body line must say more: it
    also stands where neither side mentions the other's park. A headline naming no park stays a
    subheading here: where the subject changes without one, the spare headline
    count finds the boundary (see _split_for).
    """
    named = set(_parks(line.text))
    if not named:
        return False
    text_before = "".join(p.text for p in before if p.kind == BODY)
    text_after = "".join(p.text for p in after if p.kind == BODY)
    park_before, park_after = _main_park(text_before), _main_park(text_after)
    if not park_before or not park_after or park_before == park_after:
        return False
    if printed_apart:
        return True  # a subheading would not name a park while its article changes park around it
    parks_before = set(_parks(text_before))
    parks_after = set(_parks(text_after))
    return bool(named & {park_before, park_after}) and park_before not in parks_after and park_after not in parks_before


# --- paragraphs -------------------------------------------------------------

def _paragraphs(seg: Segment) -> list[Paragraph]:
    """Paragraph breaks from the lost indent and short last lines. Each line is measured against
    the column on its own side: two articles of different widths may still share a segment."""
    body = [p for p in seg.parts if p.kind == BODY]
    columns = _Columns(body)
    at = {id(line): k for k, line in enumerate(body)}
    paragraphs: list[Paragraph] = []
    for i, part in enumerate(seg.parts):
        if part.kind == HEADLINE:
            paragraphs.append(Paragraph([part], heading=True))
            continue
        previous = seg.parts[i - 1] if i else None
        if previous is None or previous.kind == HEADLINE or _breaks_after(previous, part, columns, at[id(previous)]):
            paragraphs.append(Paragraph([]))
        paragraphs[-1].lines.append(part)
    return paragraphs


class _Columns:
    """The column width of the mid-paragraph lines just above and just below each line.
    Only asked for where a sentence ends, so it is worked out there alone."""

    def __init__(self, lines: list[Item], reach: int = 8) -> None:
        self.widths = [mid_paragraph_width(line.text) for line in lines]
        self.reach = reach
        self.fallback = _upper_quartile(self.widths) or DEFAULT_COLUMN

    def above(self, k: int) -> float:
        return _upper_quartile(self.widths[max(0, k - self.reach):k]) or self.fallback

    def below(self, k: int) -> float:
        return _upper_quartile(self.widths[k + 1:k + 1 + self.reach]) or self.fallback


def _full_width(lines: list[Item]) -> float | None:
    """The width of these lines' column."""
    return _upper_quartile([mid_paragraph_width(line.text) for line in lines])


def _upper_quartile(widths: list[float | None]) -> float | None:
    """Indented first lines and Latin or digits only ever shorten a line: the column is wide."""
    known = sorted(w for w in widths if w is not None)
    return known[round(0.75 * (len(known) - 1))] if known else None


def _width_change(above: list[Item], below: list[Item], reach: int = 8) -> float:
    """How much the column narrows or widens from the last lines above to the first lines below."""
    column_above, column_below = _full_width(above[-reach:]), _full_width(below[:reach])
    return abs(column_above - column_below) if column_above and column_below else 0.0


def _width_changes(paragraphs: list[Paragraph], reach: int = 8) -> list[float]:
    """The width change where each paragraph begins, from the lines just above to those just below."""
    lines = _body_lines(paragraphs)
    changes, start = [], 0
    for paragraph in paragraphs:
        changes.append(_width_change(lines[max(0, start - reach):start], lines[start:start + reach]))
        start += sum(1 for line in paragraph.lines if line.kind == BODY)
    return changes


def _body_lines(paragraphs: list[Paragraph]) -> list[Item]:
    return [line for p in paragraphs for line in p.lines if line.kind == BODY]


def _breaks_after(line: Item, following: Item, columns: _Columns, k: int) -> bool:
    """Does a paragraph end after `line`, body line k, followed by body line k + 1?"""
    if not ends_sentence(line.text):
        return False
    if display_width(line.text) < columns.above(k) - 1.0:
        return True  # a short last line
    indented = is_letter_spaced(following.text) or display_width(following.text) <= columns.below(k + 1) - 1.0
    return indented  # a full last line: only the next line's lost indent tells


# --- handing out headlines, bylines and captions --------------------------------

@dataclass
class Profile:
    """What headlines are compared with: a segment's text and the parks it names."""

    text: str
    main_park: str
    parks: set[str]

    @classmethod
    def of(cls, seg: Segment) -> "Profile":
        text = seg.text
        return cls(text, _main_park(text), set(_parks(text)))


def _headline_terms(headline: Item) -> set[str]:
    return {word for word in nlp.words(headline.text) if len(word) >= 2}


def _headline_score(terms: set[str], parks: set[str], body: Profile, weights: dict[str, float]) -> float:
    """Share of the headline's words (weighted by how few segments use them) found in the body,
    plus agreement of the parks named."""
    total = sum(weights[t] for t in terms) or 1.0
    score = sum(weights[t] for t in terms if t in body.text) / total
    if parks:
        if body.main_park in parks:
            score += 1.0
        elif parks & body.parks:
            score += 0.3
        else:
            score -= 1.0
    return score


def _term_weights(terms: set[str], bodies: list[Profile]) -> dict[str, float]:
    """A word found in every article on the page says little about which one a headline is for."""
    weights = {}
    for term in terms:
        df = sum(1 for body in bodies if term in body.text)
        weights[term] = len(term) * math.log(1 + len(bodies) / (df or 1))
    return weights


def _distance(item: Item, seg: Segment) -> int:
    return min(abs(item.number - seg.first), abs(item.number - seg.last))


def _assign_headlines(headlines: list[Item], segments: list[Segment]) -> list[Item]:
    """One headline per segment by best overall match, then the rest as kickers/subtitles."""
    if not segments:
        return headlines
    bodies = [Profile.of(seg) for seg in segments]
    terms = [_headline_terms(h) for h in headlines]
    parks = [set(_parks(h.text)) for h in headlines]
    weights = _term_weights(set().union(*terms), bodies) if terms else {}
    # position only breaks ties: headlines are printed anywhere on the page
    scores = sorted(((round(_headline_score(terms[hi], parks[hi], bodies[k], weights), 6), -_distance(h, seg), hi, k)
                     for hi, h in enumerate(headlines) for k, seg in enumerate(segments)), reverse=True)
    placed: set[int] = set()
    titled = {k for k, seg in enumerate(segments) if seg.headlines}
    for score, _, hi, k in scores:
        if hi in placed or k in titled or (segments[k].continued and score < 0.5):
            continue
        segments[k].headlines.append(headlines[hi])
        placed.add(hi)
        titled.add(k)
    for hi in range(len(headlines)):
        if hi not in placed:
            _place_spare(headlines[hi], terms[hi], parks[hi], segments)
    return []


def _place_spare(headline: Item, terms: set[str], parks: set[str], segments: list[Segment]) -> None:
    """A headline left over once every segment has one: a kicker or subtitle of the article
    it matches best, unless it shows that article to be two."""
    bodies = [Profile.of(seg) for seg in segments]
    weights = _term_weights(terms, bodies)
    best = max(range(len(segments)), key=lambda k: (round(_headline_score(terms, parks, bodies[k], weights), 6),
                                                    -_distance(headline, segments[k])))
    split = _split_for(headline, segments[best])
    if split:
        segments[best:best + 1] = split
    else:
        segments[best].headlines.append(headline)


def _promote_missed_title(seg: Segment) -> None:
    """Every article printed whole has a headline: one left without any whose first line
    could be a title had its title printed right above its body, and read as body."""
    first = seg.parts[0] if seg.parts else None
    if seg.headlines or seg.continued or first is None or not first.title_like:
        return
    if sum(1 for part in seg.parts if part.kind == BODY) < 2:
        return
    first.kind = HEADLINE
    seg.parts.pop(0)
    seg.headlines.append(first)
    seg.paragraphs = _paragraphs(seg)


def _split_for(headline: Item, seg: Segment) -> list[Segment] | None:
    """Two features printed back to back with their headlines elsewhere read as one segment
    until a spare headline shows a second article: split where the subject changes to it.

    The subject changes where the parks named above and below a paragraph break have
    nothing in common; of several such breaks, one where the column width changes is
    taken first. The spare headline goes to the side that its park, or else its words,
    point to, and the segment's own headline must not point there too.
    """
    texts = [_text([p]) for p in seg.paragraphs]
    new_park = _main_park(headline.text)
    old_park = _main_park(" ".join(h.text for h in seg.headlines))
    changes = _width_changes(seg.paragraphs)
    for cut in sorted(range(1, len(texts)), key=lambda cut: -changes[cut]):
        head, tail = _parks("".join(texts[:cut])), _parks("".join(texts[cut:]))
        if not head or not tail or set(head) & set(tail):
            continue
        new_side = _side(headline.text, new_park, head, tail, texts, cut)
        old_side = _side(" ".join(h.text for h in seg.headlines), old_park, head, tail, texts, cut)
        if new_side is None or new_side == old_side:
            continue
        first, second = _cut_segment(seg, cut, headline)
        if new_side == "head":
            first.headlines, second.headlines = second.headlines, first.headlines
        return [first, second]
    return None


def _parks(text: str) -> dict[str, int]:
    """Official names of the parks the text names, with how often."""
    return {zone.official: count for zone, count, _ in gazetteer.mentions(text)}


def _side(headline: str, park: str, head: dict[str, int], tail: dict[str, int], texts: list[str],
          cut: int) -> str | None:
    """Which side of a cut a headline belongs to: its park's, or the one sharing more of its words."""
    if park:
        return "head" if park in head else "tail" if park in tail else None
    words = {w for w in nlp.words(headline) if len(w) >= 2}
    above = sum(len(w) for w in words if w in "".join(texts[:cut]))
    below = sum(len(w) for w in words if w in "".join(texts[cut:]))
    return None if above == below else "head" if above > below else "tail"


def _cut_segment(seg: Segment, cut: int, headline: Item) -> list[Segment]:
    """The segment before paragraph `cut` keeps its headlines; the rest gets `headline`."""
    first_lines = {id(line) for p in seg.paragraphs[:cut] for line in p.lines}
    first = Segment(parts=[p for p in seg.parts if id(p) in first_lines], continued=seg.continued,
                    headlines=seg.headlines)
    second = Segment(parts=[p for p in seg.parts if id(p) not in first_lines], headlines=[headline],
                     authors=seg.authors)
    for part in (first, second):  # each article has its own column width
        part.paragraphs = _paragraphs(part)
    return [first, second]


def _assign_bylines(bylines: list[Item], segments: list[Segment], items: list[Item]) -> list[Item]:
    """Bylines go to articles that name no author otherwise: the best placement of all of them
    together, since one printed beside another article's headline may still be its neighbour's."""
    order = {id(item): i for i, item in enumerate(items)}

    def fit(byline: Item, seg: Segment) -> float:
        # a news item opening with 本报讯 seldom has a byline of its own; a feature has
        return adjacency(byline, seg) - (1.0 if names.DATELINE.match(seg.parts[0].text) else 0.0)

    def adjacency(byline: Item, seg: Segment) -> float:
        at = order[id(byline)]
        before, after = _flow_neighbour(items, at, -1, CAPTION), _flow_neighbour(items, at, +1, CAPTION)
        if before is not None and (before is seg.parts[-1] or before in seg.authors):
            return 3.0  # right after its article's last line
        if before in seg.headlines or after in seg.headlines:
            return 2.0  # beside its headline
        if after is seg.parts[0]:
            return 1.5  # right before its article's first line
        return -0.001 * _distance(byline, seg)

    # A continued article's byline was printed with its beginning, on the other page.
    free = [s for s in segments if not s.authors and not s.continued and not _dateline_names(s)]
    placed = best_assignment([[fit(b, s) for s in free] for b in bylines])
    leftover = []
    for row, byline in enumerate(bylines):
        beside = max(segments, key=lambda s: fit(byline, s), default=None)
        if row in placed:
            free[placed[row]].bylines.append(byline)
        elif beside is not None and fit(byline, beside) >= 1.5:
            beside.bylines.append(byline)  # a second byline printed right at its article
        else:
            leftover.append(byline)
    return leftover


def _flow_neighbour(items: list[Item], i: int, step: int, *floating: str) -> Item | None:
    """The next item in the direction of `step` that is not furniture (nor of the kinds given)."""
    j = i + step
    while 0 <= j < len(items) and items[j].kind in (FURNITURE, *floating):
        j += step
    return items[j] if 0 <= j < len(items) else None


def _dateline_names(seg: Segment) -> bool:
    match = names.DATELINE.match(seg.parts[0].text) if seg.parts else None
    return bool(match and names.dateline_authors(match.group(0)))


def _assign_captions(captions: list[Item], segments: list[Segment], items: list[Item]) -> list[Item]:
    """A caption belongs to the article its credit names, else the one it is printed beside."""
    if not segments:
        return captions
    order = {id(item): i for i, item in enumerate(items)}
    def score(caption: Item, seg: Segment) -> float:
        credit_parks = set(_parks(caption.text))
        at = order[id(caption)]
        before = _flow_neighbour(items, at, -1)
        value = 3.0 if credit_parks and _main_park(seg.text) in credit_parks else 0.0
        if before is not None and (before is seg.parts[-1] or before in seg.bylines + seg.authors + seg.headlines):
            value += 2.0
        return value - 0.001 * _distance(caption, seg)
    for caption in captions:
        max(segments, key=lambda s: score(caption, s)).captions.append(caption)
    return []


# --- building the article -----------------------------------------------------

def _article(seg: Segment) -> Article:
    blocks, dateline = _blocks(seg.paragraphs)
    kicker, title, subtitle = _headline_roles(seg.headlines)
    article = Article(id="", kicker=kicker, title=title, subtitle=subtitle, dateline=dateline, blocks=blocks)
    byline_texts = [item.text for item in seg.bylines + seg.authors]
    article.byline = " ".join(byline_texts)
    article.authors = _dedupe(names.dateline_authors(dateline) + [a for text in byline_texts for a in names.authors_from(text)])
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
                dateline = " ".join(part.strip() for part in match.group(0).split(" ") if part.strip()).replace("\n", "")
                raw = joined[match.end():].split("\n")
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
    subtitle = " ".join(texts[main + 1:])
    return kicker, texts[main], subtitle


def _headline_text(text: str) -> str:
    """A title's lines are phrases: keep one space between them, as within a line's printed gap."""
    return " ".join(text.split())


def _caption(text: str) -> Caption:
    """"园区一角。 图片来源：X" and "园区一角 本报记者 X 摄" -> text, credit and the label between."""
    text = text.strip()
    match = CAPTION_PARTS.match(text)
    if match:
        return Caption(text=match.group("text").strip(), credit=match.group("credit").strip(),
                       label=match.group("label").strip())
    shot = CAPTION_SHOT.search(text)
    if shot:
        credit = _people_suffix(shot.group(1))
        start = shot.end(1) - len(credit)
        label = text[shot.end(1):shot.end()].strip()
        opener = text[shot.start():start].strip()
        if opener in "（(":  # the whole "（张三 摄）" is the credit line; its text precedes it
            return Caption(text=text[:shot.start()].strip(), credit=credit, label=opener + label)
        return Caption(text=text[:start].strip(), credit=credit, label=label)
    return Caption(text=text)


def _people_suffix(words: str) -> str:
    """"研发中心 本报记者 张三" -> "本报记者 张三": the trailing run of roles and names."""
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
