"""Handing out headlines, bylines and captions to the segments, by content first and position second."""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field, replace

from ..language import names, nlp
from ..language.text import display_width, ends_sentence, memo_by_text, squeeze
from .article import breaks_inside_phrase, broken_at_middle, explains_title, punchy, split_caption
from .assign import best_assignment
from .flow import (
    AFTER_TEXT,
    BEFORE_TEXT,
    BESIDE_HEADLINE,
    CONTENT,
    FIRST_LINE,
    LEFTOVER,
    NEAREST,
    POSITION,
    SECOND,
    SUBJECT_CHANGE,
    Segment,
    flow_neighbour,
    flow_text,
    main_park,
    parks_around_breaks,
    parks_named,
)
from .items import (
    AUTHOR,
    BODY,
    BYLINE,
    CAPTION,
    FURNITURE,
    HEADLINE,
    JUMP,
    SECTION_NUMBER,
    Item,
    bracketed_credit,
    holds_clause,
    name_other_parks,
    opens_with_park,
)
from .paragraphs import find_paragraphs, width_changes


@dataclass
class Profile:
    """What headlines are compared with: a segment's text and the parks it names."""

    text: str
    main_park: str
    parks: set[str]
    found: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, seg: Segment) -> Profile:
        text = seg.text
        return cls(text, main_park(text), set(parks_named(text)))

    def uses(self, word: str) -> bool:
        """Whether the text holds the word: asked of a headline's words for their weights and
        again for each fit, of every line alone and of every group, so each is looked for once."""
        found = self.found.get(word)
        if found is None:
            found = self.found[word] = word in self.text
        return found


def _headline_terms(headline: Item) -> set[str]:
    # read across the headline's line breaks: "“中\n国钛谷”" names 中国钛谷
    return {word for word in nlp.words(squeeze(headline.text)) if len(word) >= 2}


def _headline_score(terms: set[str], parks: set[str], body: Profile, weights: dict[str, float]) -> float:
    """Share of the headline's words (weighted by how few segments use them) found in the body,
    plus agreement of the parks named."""
    total = sum(weights[t] for t in terms) or 1.0
    score = sum(weights[t] for t in terms if body.uses(t)) / total
    if parks:
        if body.main_park in parks:
            score += 1.0
        elif parks & body.parks:
            score += 0.3
        else:
            score -= 1.0
    return score


def _term_weights(
    terms: set[str], bodies: list[Profile], counted: dict[str, int] | None = None
) -> dict[str, float]:
    """A word found in every article on the page says little about which one a headline is for.
    `counted`: how many of these bodies use each word, kept by a caller that asks again."""
    counted = {} if counted is None else counted
    weights = {}
    for term in terms:
        df = counted.get(term)
        if df is None:
            df = counted[term] = sum([body.uses(term) for body in bodies])  # a list summed: faster
        weights[term] = len(term) * math.log(1 + len(bodies) / (df or 1))
    return weights


def _distance(item: Item, seg: Segment) -> int:
    return min(abs(item.number - seg.first), abs(item.number - seg.last))


FAR = -10.0  # the fit of a byline to an article too far away to be considered
WINDOW = 12  # segments on each side of a headline that it competes for: more than a page holds


def _firsts(segments: list[Segment]) -> list[int]:
    return [seg.first for seg in segments]


def _nearby(item: Item, segments: list[Segment], firsts: list[int], reach: int = WINDOW) -> list[int]:
    """Indices of the segments printed nearest the item, `reach` on each side (all of them on
    any real page): a headline is never printed a dozen articles away from its text, and
    looking no further keeps a long page's parse linear in its length."""
    if len(segments) <= 2 * reach + 1:
        return list(range(len(segments)))
    at = bisect.bisect_left(firsts, item.number)
    return list(range(max(0, at - reach - 1), min(len(segments), at + reach)))


def title_strips(headlines: list[Item], segments: list[Segment], items: list[Item]) -> list[Item]:
    """A strip's or a corner's name titles the items printed right under it, whatever their words
    (a name says nothing of them); the headlines left go out by content."""
    firsts = {seg.parts[0].number: seg for seg in segments if not seg.headlines}
    order = {id(item): i for i, item in enumerate(items)}
    left = []
    for headline in headlines:
        named = headline.lines[0].strip_name
        below = flow_neighbour(items, order[id(headline)], +1, CAPTION) if named else None
        seg = firsts.pop(below.number, None) if below is not None else None
        if seg is None:
            left.append(headline)
        else:
            seg.headlines.append(headline)
            seg.headline_by = POSITION
    return left


def assign_headlines(headlines: list[Item], segments: list[Segment], items: list[Item]) -> list[Item]:
    """One headline group per segment by best overall match, then the rest as kickers/subtitles."""
    if not segments:
        return headlines
    bodies = [Profile.of(seg) for seg in segments]
    terms = [_headline_terms(h) for h in headlines]
    parks = [set(parks_named(squeeze(h.text))) for h in headlines]
    firsts = _firsts(segments)
    nearby = [_nearby(h, segments, firsts) for h in headlines]
    order = {id(item): i for i, item in enumerate(items)}
    over_jump = [_over_jump_line(items, order[id(h)]) for h in headlines]

    counted: dict[tuple[int, ...], dict[str, int]] = {}  # each word's bodies among the same near ones

    def fits(group: list[int]) -> dict[int, float]:
        """How well the words and parks of a group's lines together fit each segment near it."""
        words, named, near = _union(terms, group), _union(parks, group), nearby[group[0]]
        weights = _term_weights(words, [bodies[k] for k in near], counted.setdefault(tuple(near), {}))
        return {
            k: round(_headline_score(words, named, bodies[k], weights), 6)
            + (REPEATED_TITLE if any(segments[k].first == over_jump[hi] for hi in group) else 0.0)
            for k in near
        }

    line_fits = [fits([hi]) for hi in range(len(headlines))]
    groups = _headline_groups(headlines, items, order, line_fits)
    # position only breaks ties: headlines are printed anywhere on the page; a subtitle alone
    # takes an article only where no group with a title is left for it
    scores = []
    for gi, group in enumerate(groups):
        fit = fits(group) if len(group) > 1 else line_fits[group[0]]
        titled_group = not all(headlines[hi].text.startswith("——") for hi in group)
        scores += [
            (titled_group, score, -_distance(headlines[group[0]], segments[k]), gi, k)
            for k, score in fit.items()
        ]
    scores.sort(reverse=True)
    placed: set[int] = set()
    titled = {k for k, seg in enumerate(segments) if seg.headlines}

    def open_to(score: float, k: int) -> bool:
        return k not in titled and not (segments[k].continued and score < CONTINUED_TITLE)

    candidates: dict[int, list[tuple[float, int]]] = {}
    for _, score, _, gi, k in scores:
        candidates.setdefault(gi, []).append((score, k))
    for _, score, _, gi, k in scores:
        if gi in placed or not open_to(score, k) or _misfit(score, candidates[gi][0][0]):
            continue
        rivals = [s for s, other in candidates[gi] if other != k and open_to(s, other)]
        segments[k].headline_by = _headline_evidence(score, rivals)
        segments[k].headlines += [headlines[hi] for hi in groups[gi]]
        placed.add(gi)
        titled.add(k)
    profiles = {id(seg): body for seg, body in zip(segments, bodies)}
    spare = [group for gi, group in enumerate(groups) if gi not in placed]
    lines = {group[0]: [headlines[hi] for hi in group] for group in spare}
    grouped = {group[0]: _grouped_with(lines[group[0]], items, order) for group in spare}
    handed = {id(h) for seg in segments for h in seg.headlines}
    while spare:
        # first those printed next to a headline already handed out: a group's lines follow it
        ready = [group for group in spare if handed & grouped[group[0]].keys()] or spare[:1]
        for group in ready:
            words, named = _union(terms, group), _union(parks, group)
            _place_spare(lines[group[0]], words, named, segments, profiles, firsts, grouped[group[0]])
            handed |= {id(h) for h in lines[group[0]]}
        spare = [group for group in spare if group not in ready]
    return []


GATHERED = 1.0  # how much better a block's two parts fit two texts cut so than the other way round


def hand_on_gathered_lines(segments: list[Segment]) -> None:
    """Headlines gathered one under another over the stories they head are printed tight, and
    the extractor may join two stories' headlines into one block, so one article takes both and
    the next is left without. The lines at one end of a block whose words fit an untitled text
    (and fit it better than the article holding them, whose own lines stay) are that text's."""
    profiles: dict[int, Profile] = {}
    for where, seg in enumerate(segments):
        if seg.headlines or seg.continued or not seg.parts:
            continue
        found = _gathered_lines_for(where, segments, profiles)
        if found is not None:
            owner, at, kept, given = found
            owner.headlines[at : at + 1] = [kept]
            seg.headlines.append(given)
            seg.headline_by = CONTENT


def _gathered_lines_for(
    where: int, segments: list[Segment], profiles: dict[int, Profile]
) -> tuple[Segment, int, Item, Item] | None:
    """The best cut of a headline block of an article printed near untitled segment `where`
    whose one end fits that segment."""
    near = range(max(0, where - WINDOW), min(len(segments), where + WINDOW + 1))
    for k in near:
        if id(segments[k]) not in profiles:
            profiles[id(segments[k])] = Profile.of(segments[k])
    own = profiles[id(segments[where])]
    bodies = [profiles[id(segments[k])] for k in near]
    best: tuple[float, tuple[Segment, int, Item, Item]] | None = None
    for k in near:
        owner, body = segments[k], profiles[id(segments[k])]
        for at, block in enumerate(owner.headlines):
            for kept, given in _block_cuts(block, lower_given=k < where):
                fit_given = _fits_both(given, own, body, bodies)
                fit_kept = _fits_both(kept, body, own, bodies)
                margin = fit_given[0] - fit_given[1] + fit_kept[0] - fit_kept[1]
                if fit_given[0] > max(0, fit_given[1]) and fit_kept[0] >= fit_kept[1] and margin >= GATHERED:
                    if best is None or margin > best[0]:
                        best = margin, (owner, at, kept, given)
    return best[1] if best else None


def _fits_both(headline: Item, this: Profile, other: Profile, bodies: list[Profile]) -> tuple[float, float]:
    """How well a headline's words and parks fit this text and the other."""
    terms, parks = _headline_terms(headline), set(parks_named(squeeze(headline.text)))
    weights = _term_weights(terms, bodies)
    return _headline_score(terms, parks, this, weights), _headline_score(terms, parks, other, weights)


def _block_cuts(block: Item, lower_given: bool) -> list[tuple[Item, Item]]:
    """A block of headline lines cut in two between any two lines, the part kept and the part
    given: gathered headlines are printed in the order of their stories, so the lower part goes
    to a text printed after the block's article, the upper one to a text printed before it. A
    subtitle (——…) stays with the line over it, and a line broken inside a phrase runs on."""
    texts = block.text.split("\n")
    if len(texts) != len(block.lines) or len(texts) < 2:
        return []
    cuts = []
    for k in range(1, len(texts)):
        if texts[k].startswith("——") or breaks_inside_phrase(texts[k - 1], texts[k]):
            continue
        upper = replace(block, lines=block.lines[:k], text="\n".join(texts[:k]))
        lower = replace(block, lines=block.lines[k:], text="\n".join(texts[k:]))
        cuts.append((upper, lower) if lower_given else (lower, upper))
    return cuts


def _union(sets: list[set[str]], group: list[int]) -> set[str]:
    return set().union(*(sets[hi] for hi in group))


MISFIT = 0.5  # how much better a group must fit another article not to go to one its words miss


def _misfit(score: float, best: float) -> bool:
    """A headline none of whose words the text uses, though they fit another text well, is not
    that text's: the other is two articles printed as one, or the group is spare."""
    return score <= 0 < best - MISFIT


def _headline_groups(
    headlines: list[Item], items: list[Item], order: dict[int, int], fits: list[dict[int, float]]
) -> list[list[int]]:
    """The headlines in print order, each run of one article's lines made a group: a subtitle
    (——…) under its title, a title under its kicker."""
    groups: list[list[int]] = []
    index = {id(h): hi for hi, h in enumerate(headlines)}
    for hi in sorted(range(len(headlines)), key=lambda hi: order[id(headlines[hi])]):
        above = flow_neighbour(items, order[id(headlines[hi])], -1, CAPTION)
        upper = index.get(id(above)) if above is not None else None
        if (
            groups
            and upper == groups[-1][-1]
            and _one_group(headlines[upper], headlines[hi], fits[upper], fits[hi])
        ):
            groups[-1].append(hi)
        else:
            groups.append([hi])
    return groups


DISTINCT = 0.3  # how much better a headline fits one article than any other for it to be that one's


def _one_group(upper: Item, lower: Item, upper_fit: dict[int, float], lower_fit: dict[int, float]) -> bool:
    """Two headlines printed one over the other are of one article: a subtitle (——…) under its
    title; a plain line set narrower than the line under it is that one's kicker (a column's or
    series' name: "走进宝鸡高新区" / "“中国钛谷”的新材料突围"), unless its words fit another
    article in particular, as a title's do. Lines naming different parks are two articles'."""
    if name_other_parks(upper.text, lower.text):
        return False
    above, below = squeeze(upper.text), squeeze(lower.text)
    if lower.text.startswith("——") or (len(lower.lines) == 1 and explains_title(lower.text)):
        return True
    if punchy(above) or above.startswith("—") or display_width(above) >= display_width(below):
        return False
    return not _fits_another(upper_fit, max(lower_fit, key=lower_fit.get))


def _fits_another(fit: dict[int, float], other: int) -> bool:
    """The headline fits one article better than all the rest, and that is not `other`."""
    ranked = sorted(fit, key=fit.get, reverse=True)
    if len(ranked) < 2:
        return ranked[0] != other if ranked else False
    return ranked[0] != other and fit[ranked[0]] - fit[ranked[1]] >= DISTINCT


def _over_jump_line(items: list[Item], at: int) -> int | None:
    """The first line of a continued text printed right under this headline and its （上接第N版）
    line: the part continued here is printed under its title repeated."""
    if at + 2 >= len(items):
        return None
    note, body = items[at + 1], items[at + 2]
    if note.kind == FURNITURE and JUMP.fullmatch(note.text) and body.kind == BODY and body.starts_article:
        return body.number
    return None


def _headline_evidence(score: float, rivals: list[float]) -> str:
    """By content when the headline fits this text better than any other still open to it; by
    position when it fits none, or another as well (the nearer won); left over when no other
    text was open to it."""
    if score > 0 and all(rival < score for rival in rivals):
        return CONTENT
    return POSITION if rivals else LEFTOVER


CONTINUED_TITLE = 0.5  # the fit a headline needs to a continued text (whose own is on its first page)
REPEATED_TITLE = 2.0  # a headline printed over a continued text's jump line: that text's title, as a rule
GROUPED = 0.5  # a spare headline printed next to an article's headline: one group, as a rule


def _grouped_with(group: list[Item], items: list[Item], order: dict[int, int]) -> dict[int, float]:
    """The headlines printed right above and below a spare group, by how surely it joins their
    group: a subtitle (——…) joins the headline above it, and a line above a subtitle is its title;
    a subtitle is the last line of its group, so a plain line under one opens the next."""
    above = flow_neighbour(items, order[id(group[0])], -1, CAPTION)
    below = flow_neighbour(items, order[id(group[-1])], +1, CAPTION)
    grouped = {}
    closed = above is not None and above.text.startswith("——") and not group[0].text.startswith("——")
    if above is not None and above.kind == HEADLINE and not closed:
        grouped[id(above)] = GROUPED
    if below is not None and below.kind == HEADLINE and not group[-1].text.startswith("——"):
        grouped[id(below)] = 2 * GROUPED if below.text.startswith("——") else GROUPED
    return grouped


def _place_spare(
    group: list[Item],
    terms: set[str],
    parks: set[str],
    segments: list[Segment],
    profiles: dict[int, Profile],
    firsts: list[int],
    grouped: dict[int, float],
) -> None:
    """A headline group left over once every segment has one: it shows the article it matches
    best to be two, or else its lines are kickers or subtitles, of the group printed next to it
    as a rule."""
    nearby = _nearby(group[0], segments, firsts)
    for k in nearby:
        if id(segments[k]) not in profiles:
            profiles[id(segments[k])] = Profile.of(segments[k])
    bodies = {k: profiles[id(segments[k])] for k in nearby}
    weights = _term_weights(terms, list(bodies.values()))

    marked = _marked_title(group)

    def beside(k: int) -> list[Item]:
        """The headlines of segment k printed next to the group, unless its headlines name other
        parks than the group: a kicker over a title naming no park is of an article about one. A
        strip's name heads its items alone."""
        if any(h.lines[0].strip_name for h in segments[k].headlines):
            return []
        if name_other_parks(" ".join(h.text for h in segments[k].headlines), " ".join(h.text for h in group)):
            return []
        return [item for item in segments[k].headlines if id(item) in grouped]

    def touching(k: int) -> list[Item]:
        """The headlines of segment k printed next to the group, unless both hold a marked
        title: a group has one title."""
        if marked and _marked_title(segments[k].headlines):
            return []
        return beside(k)

    def fit(k: int, grouping: bool) -> tuple[float, int]:
        score = _headline_score(terms, parks, bodies[k], weights)
        if grouping:
            score += max((grouped[id(item)] for item in touching(k)), default=0.0)
        return round(score, 6), -_distance(group[0], segments[k])

    matched = max(nearby, key=lambda k: fit(k, grouping=False))
    split = split_for(group, segments[matched])
    if split:
        segments[matched : matched + 1] = split
        firsts[matched : matched + 1] = _firsts(split)
    else:
        # An article still without a title takes one its words fit best; one printed apart
        # from every other headline is a title of its own (a continued text's, say, repeated
        # where its part on this page ends), not more lines for a titled article its words
        # miss. Else a plain kicker or subtitle printed next to headlines is of their groups:
        # whichever its words fit, never an article printed elsewhere that its words fit
        # better; a punchy line may be a title whose article took its kicker for its title.
        untitled = [k for k in nearby if not segments[k].headlines]
        fitting = [k for k in nearby if fit(k, grouping=False)[0] > 0]
        if matched in untitled and matched in fitting:
            near = [matched]
        elif untitled and not any(beside(k) for k in nearby):
            near = untitled + [k for k in fitting if k not in untitled]
        else:
            near = [k for k in nearby if touching(k)] if not marked else []
        near = near or nearby
        target = segments[max(near, key=lambda k: fit(k, grouping=True))]
        if not target.headlines:
            target.headline_by = LEFTOVER
        target.headlines += group


def _marked_title(lines: list[Item]) -> bool:
    """One of the lines is marked as a title (quotes, "X：Y"), not as a subtitle (——…)."""
    return any(punchy(squeeze(h.text)) and not h.text.startswith("—") for h in lines)


def promote_missed_title(seg: Segment) -> None:
    """Every article printed whole has a headline: one left without any whose first line
    could be a title had its title printed right above its body, and read as body."""
    first = seg.parts[0] if seg.parts else None
    if seg.headlines or seg.continued or first is None or not first.title_like:
        return
    if sum(1 for part in seg.parts if part.kind == BODY) < 2:
        return
    _make_title(seg, first, FIRST_LINE)
    rest = seg.parts[0]
    if len(seg.parts) > 1 and _title_broken_over(first, rest):  # the title's text stays its own
        _make_title(seg, rest, FIRST_LINE)


def _title_broken_over(title: Item, line: Item) -> bool:
    """ "南通高新区船舶" / "数字孪生平台上线": a title broken at its middle leaves its lower half
    under it, a line that opens no paragraph and closes no sentence, read as the text's first."""
    return (
        line.kind == BODY
        and not line.paragraph_indent
        and not ends_sentence(line.text)
        and not holds_clause(line.text)
        and broken_at_middle(title.text.strip(), line.text.strip())
    )


def claim_strayed_titles(segments: list[Segment]) -> None:
    """A headline printed across the columns of another article is read inside that article's
    text, where it passes for a subheading. It names a park that text names nowhere else, and
    the article it belongs to, left without a headline, names it: that article's title."""
    for seg in segments:
        if seg.headlines or seg.continued or not seg.parts:
            continue
        found = _strayed_title(seg, segments)
        if found is not None:
            owner, part = found
            owner.parts.remove(part)
            owner.paragraphs = find_paragraphs(owner)
            seg.headlines.append(part)
            seg.headline_by = CONTENT


def _strayed_title(seg: Segment, segments: list[Segment]) -> tuple[Segment, Item] | None:
    own = set(parks_named(seg.text))
    for other in segments:
        inner = [part for part in other.parts if part.kind == HEADLINE] if other is not seg else []
        for part in inner:
            named = set(parks_named(part.text))
            rest = "".join([squeeze(p.text) for p in other.parts if p is not part])
            if named and named <= own and not named & set(parks_named(rest)):
                return other, part
    return None


# A headline set into an article's first column stands under its opening lines: a dateline, a
# lead of a sentence or two
OPENING_LINES = 8


def promote_inner_title(seg: Segment) -> None:
    """A headline group set across an article's columns is read inside its text, where the
    first column ends; a subheading is one line. An article left without a headline takes the
    first of several lines printed together inside it as its own, or a line under its opening
    lines naming the park it reports on first: a subheading names a theme of the text, a
    headline set into the first column names its subject."""
    if seg.headlines or seg.continued:
        return
    inner = next((part for part in seg.parts if part.kind == HEADLINE and len(part.lines) > 1), None)
    if inner is not None and SECTION_NUMBER.match(squeeze(inner.text)):
        return  # "（一）…" numbers a section of the text: its subheading wrapped, no headline
    inner = inner or _title_under_opening(seg)
    if inner is None:
        return
    _make_title(seg, inner, LEFTOVER)


def _title_under_opening(seg: Segment) -> Item | None:
    for k, part in enumerate(seg.parts[: OPENING_LINES + 1]):
        if part.kind == HEADLINE:
            return part if k > 0 and opens_with_park(squeeze(part.text)) else None
    return None


def _make_title(seg: Segment, part: Item, found_by: str) -> None:
    """A part read inside the text becomes the article's headline; the text left is paragraphed anew."""
    part.kind = HEADLINE
    seg.parts.remove(part)
    seg.headlines.append(part)
    seg.headline_by = found_by
    seg.paragraphs = find_paragraphs(seg)


def split_for(group: list[Item], seg: Segment) -> list[Segment] | None:
    """Two features printed back to back with their headlines elsewhere read as one segment
    until a spare headline group shows a second article: split where the subject changes to it.

    The subject changes where the parks named above and below a paragraph break have
    nothing in common; of several such breaks, one where the column width changes is
    taken first, then one before a paragraph naming a park at once (an article's lead names
    its subject), then before one naming a park at all: a paragraph naming none ("园区有关
    负责人表示…") goes on with the article above it, whose park is its subject. The spare
    group goes to the side that its park, or else its words, point to, and the segment's
    own headline must not point there too.
    """
    texts = [flow_text([p]) for p in seg.paragraphs]
    around = parks_around_breaks(texts)
    if len(around[-1][0]) < 2:
        return None  # it names one park, or none: no break parts parks above from others below
    headline = " ".join(h.text for h in group)
    new_park = main_park(headline)
    old_park = main_park(" ".join(h.text for h in seg.headlines))
    changes = width_changes(seg.paragraphs)
    leads = [_leads_with_park(text) for text in texts]
    named = [bool(parks_named(text)) for text in texts]
    for cut in sorted(
        range(1, len(texts)),
        key=lambda cut: (changes[cut] < COLUMN_CHANGE, not leads[cut], not named[cut], -changes[cut]),
    ):
        head, tail = around[cut]
        if not head or not tail or set(head) & set(tail):
            continue
        new_side = _side(headline, new_park, head, tail, texts, cut)
        old_side = _side(" ".join(h.text for h in seg.headlines), old_park, head, tail, texts, cut)
        if new_side is None or new_side == old_side:
            continue
        first, second = _cut_segment(seg, cut, group)
        if new_side == "head":
            first.headlines, second.headlines = second.headlines, first.headlines
            first.headline_by, second.headline_by = second.headline_by, first.headline_by
        return [first, second]
    return None


COLUMN_CHANGE = 2.0  # the column narrows or widens this much where another article begins
LEAD = 20  # characters of a paragraph's opening in which an article's lead names its park


def _leads_with_park(text: str) -> bool:
    """ "日前，保定高新区出台…": an article's lead names its park at once; a paragraph further on
    speaks of "园区" or "据介绍"."""
    return bool(parks_named(text[:LEAD]))


def _side(
    headline: str, park: str, head: dict[str, int], tail: dict[str, int], texts: list[str], cut: int
) -> str | None:
    """Which side of a cut a headline belongs to: its park's, or the one sharing more of its words."""
    if park:
        return "head" if park in head else "tail" if park in tail else None
    words = {w for w in nlp.words(headline) if len(w) >= 2}
    above = sum(len(w) for w in words if w in "".join(texts[:cut]))
    below = sum(len(w) for w in words if w in "".join(texts[cut:]))
    return None if above == below else "head" if above > below else "tail"


def _cut_segment(seg: Segment, cut: int, group: list[Item]) -> list[Segment]:
    """The segment before paragraph `cut` keeps its headlines; the rest gets `group`."""
    first_lines = {id(line) for p in seg.paragraphs[:cut] for line in p.lines}
    first = Segment(
        parts=[p for p in seg.parts if id(p) in first_lines],
        continued=seg.continued,
        headlines=seg.headlines,
        start=seg.start,
        end=SUBJECT_CHANGE,
        headline_by=seg.headline_by,
    )
    second = Segment(
        parts=[p for p in seg.parts if id(p) not in first_lines],
        headlines=list(group),
        authors=seg.authors,
        start=SUBJECT_CHANGE,
        end=seg.end,
        headline_by=CONTENT,  # the side of the cut its park or words point to
    )
    for part in (first, second):  # each article has its own column width
        part.paragraphs = find_paragraphs(part)
    return [first, second]


def assign_bylines(bylines: list[Item], segments: list[Segment], items: list[Item]) -> list[Item]:
    """Bylines go to articles that name no author otherwise: the best placement of all of them
    together, since one printed beside another article's headline may still be its neighbour's."""
    order = {id(item): i for i, item in enumerate(items)}

    def fit(byline: Item, seg: Segment) -> float:
        # a news item opening with 本报讯 seldom has a byline of its own, save one printed right
        # above a dateline that names no one, between another text's end and it ("本报记者 X"
        # over "本报讯 近日，…"); a feature has; an item taken from another paper has none by this
        # paper's staff. Names alone, without role or mark ("钱文 丁一"), may as well be its
        # trailing authors.
        dated = _dateline(seg) and not over_bare_dateline(byline, seg)
        unlikely = dated or (_reprinted(seg) and OWN_STAFF in byline.text)
        return adjacency(byline, seg) - (1.0 if unlikely and not names.are_names(byline.text) else 0.0)

    def adjacency(byline: Item, seg: Segment) -> float:
        at = order[id(byline)]
        before, after = flow_neighbour(items, at, -1, CAPTION), flow_neighbour(items, at, +1, CAPTION)
        # set right over a text, it opens that one; only a text continued here, whose byline is
        # on its first page as a rule, takes one printed right under its end all the same
        over_text = after is not None and after.kind == BODY and PHOTO_BYLINE.search(byline.text)
        if over_text and not seg.continued:  # nor is it the headline's set above its photo
            return ADJACENT[BEFORE_TEXT] if after is seg.parts[0] else -0.001 * _distance(byline, seg)
        titled = titled_over[id(byline)]
        if titled is not None:
            return ADJACENT[BESIDE_HEADLINE] if titled is seg else FAR
        heads = headed[id(byline)]
        if heads is not None:
            return ADJACENT[BEFORE_TEXT] if heads is seg else FAR
        # a page sets its bylines alike: where one stands over the page's first text and no text
        # closes on its writers' names, one naming roles ("本报记者 X") printed between two texts
        # opens the text below, save a text continued here (names alone there, or "文/X", may
        # close the text above, as ever)
        between_texts = after is not None and after.kind == BODY and names.ROLE_PATTERN.search(byline.text)
        ended = None if bylines_open and between_texts and not seg.continued else closing(byline)
        if ended is not None and (ended is seg.parts[-1] or ended in seg.authors):
            return ADJACENT[AFTER_TEXT]
        if before in seg.headlines:
            return ADJACENT[BESIDE_HEADLINE]
        if after in seg.headlines:
            return ADJACENT[BESIDE_HEADLINE] - OVER_HEADLINE
        if after is seg.parts[0] and not (_under_headline(before) and _dateline_names(seg)):
            return ADJACENT[BEFORE_TEXT]
        return -0.001 * _distance(byline, seg)

    def fit_free(byline: Item, seg: Segment) -> float:
        # An article that names its author already (a trailing author, a dateline) takes a
        # byline only printed right after its end: "…。 王明" then "▶ 李华 本报特约通讯员 赵强";
        # one closed by a trailing author also takes a byline printed right above its first line.
        # One printed next to an article naming no one as well (over its first line, under its
        # last) is that one's, as a rule, unless it has a byline of its own printed closer still.
        # An article continued from another page has its byline there, as a rule; here only one
        # printed right at it: under its last line, or under the headline reprinted over it.
        if seg.continued and adjacency(byline, seg) < ADJACENT[BESIDE_HEADLINE]:
            return -5.0
        if any(headline.lines[0].strip_name for headline in seg.headlines):
            return -5.0  # a strip's or a corner's items are the desk's, no writer's
        if _named(seg):
            if adjacency(byline, seg) >= 3.0:
                return fit(byline, seg) - (UNNAMED_NEIGHBOUR if opens_unnamed(byline) else 0.0)
            if not _dateline_names(seg) and opens(byline, seg):
                return fit(byline, seg) - (UNNAMED_NEIGHBOUR if closes_unnamed(byline) else 0.0)
            return -5.0
        return fit(byline, seg)

    def opens(byline: Item, seg: Segment) -> bool:
        return flow_neighbour(items, order[id(byline)], +1, CAPTION) is seg.parts[0]

    def over_bare_dateline(byline: Item, seg: Segment) -> bool:
        """Printed right above the segment's dateline that names no one, and right under a text
        (under a headline it is that headline's article's byline; above a caption, the byline
        of the text before it, which stands before its caption)."""
        at = order[id(byline)]
        before, after = flow_neighbour(items, at, -1), flow_neighbour(items, at, +1)
        after_text = before is not None and before.kind in (BODY, AUTHOR)
        return after_text and after is seg.parts[0] and bool(_dateline(seg)) and not _dateline_names(seg)

    def headed_story(byline: Item) -> Segment | None:
        """The story a byline heads, set over its headlines (a row, or names stacked one a line)
        at the page's head or right under the end of a story whose writers are named already:
        that story is closed, and the byline opens the one under the headlines. (Its photo's
        caption may stand between, over its headlines.) Reporters stacked one a line over the
        headlines head that story whatever story ends above them: a credit closing a story is
        set in one line. A story whose dateline names its writers has no byline over it."""
        at = order[id(byline)]
        above = flow_neighbour(items, at, -1, BYLINE, CAPTION)
        below = flow_neighbour(items, at, +1, BYLINE, CAPTION)
        if below is None or below.kind != HEADLINE:
            return None
        closed = None if above is None else segment_ending_with.get(id(above))
        if above is not None and id(byline) not in stacked and not credits_closed(above, closed, byline):
            return None
        text = flow_neighbour(items, at, +1, BYLINE, CAPTION, HEADLINE)
        opened = None if text is None else segment_opened_by.get(id(text))
        if opened is None or _dateline_names(opened):
            return None
        if _bylined_under_headline(items, order[id(below)], order[id(text)]):
            return None
        return None if _titled_after_its_text(closed, below, order) else opened

    def credits_closed(above: Item, closed: Segment | None, byline: Item) -> bool:
        """The story `closed`, ending with `above`, names its writers, and the byline under it is
        none of them. A credit in brackets closes a story's credits; a name alone, or writers
        named in its dateline, only where the byline reads as a head byline does: its role
        first ("本报记者 X", after a mark: "■本报记者 X"), or what the names wrote ("文/X"),
        which heads the text it credits. One set as a credit, a name first ("▶ 李华 本报特约
        通讯员 赵强"), is a second credit of the story it follows."""
        if closed is None or not _named(closed):
            return False
        return bracketed_credit(above) or _heads_as_byline(byline.text)

    # A news item opening with 本报讯 names its authors in the dateline or after its last
    # sentence, never in a byline: one that names no one claims no byline beside it.
    unnamed = [seg for seg in segments if seg.parts and not _named(seg) and not _dateline(seg)]
    unnamed_firsts = {id(seg.parts[0]) for seg in unnamed}
    unnamed_lasts = {id(seg.parts[-1]) for seg in unnamed}
    segment_opened_by = {id(seg.parts[0]): seg for seg in segments if seg.parts}

    def closing(byline: Item) -> Item | None:
        """What the byline is printed right after, if it may close that text: an article's own
        byline stands before its caption ("▶ 林露虹 …" then "软件园三期C区…"), so one printed
        after a caption opens what follows."""
        before = flow_neighbour(items, order[id(byline)], -1)
        return None if before is None or before.kind == CAPTION else before

    def closes_unnamed(byline: Item) -> bool:
        """Printed right after the last line of an article that names no author: that one's."""
        before = closing(byline)
        return before is not None and id(before) in unnamed_lasts

    def opens_unnamed(byline: Item) -> bool:
        """Printed right above the first line of an article that names no author: that one's. So
        is one right above a dateline that names no one, under a credit in brackets: that closes
        the credits of the article above ("（记者 X）"), where a trailing name alone may have a
        second credit under it ("王明" then "通讯员 李华")."""
        at = order[id(byline)]
        after = flow_neighbour(items, at, +1, CAPTION)
        if after is None:
            return False
        opened = segment_opened_by.get(id(after))
        return id(after) in unnamed_firsts or (
            opened is not None
            and over_bare_dateline(byline, opened)
            and bracketed_credit(flow_neighbour(items, at, -1))
        )

    segment_ending_with = {id(item): seg for seg in segments for item in seg.parts[-1:] + seg.authors}
    titled_by = {id(headline): seg for seg in segments for headline in seg.headlines}

    def titled_after_text(byline: Item) -> Segment | None:
        """The story whose headline stands right over a credit of its text and photos ("文·图
        X"), where the story prints its headlines after its text opens (set beside the text, its
        deck is read after it): the credit is printed in the deck under its title, over the
        photos, whatever text is read after it. (Another byline may be set over the text it
        opens, under the headline of the story before: "本报记者 X", "文/X".)"""
        if not names.credits_text_and_photos(byline.text):
            return None
        before = flow_neighbour(items, order[id(byline)], -1, CAPTION)
        seg = None if before is None or before.kind != HEADLINE else titled_by.get(id(before))
        return seg if seg is not None and _titled_after_its_text(seg, before, order) else None

    titled_over = {id(byline): titled_after_text(byline) for byline in bylines}
    stacks = _stacked_bylines(bylines, items, order)
    stacked = {id(byline) for stack in stacks if len(stack) > 1 for byline in stack}
    headed = {id(byline): headed_story(byline) for byline in bylines}
    bylines_open = any(_over_first_text(items, order[id(byline)]) for byline in bylines) and not any(
        item.kind == AUTHOR for item in items
    )

    def closest(stack: list[Item], seg: Segment) -> Item:
        """The line of a stacked byline that ties it best to the segment (the one over its text)."""
        return max(stack, key=lambda byline: fit_free(byline, seg))

    matrix = []
    firsts = _firsts(segments)
    for stack in stacks:
        row = [FAR] * len(segments)  # an article a dozen away is no byline's
        for k in _nearby(stack[0], segments, firsts):
            row[k] = fit_free(closest(stack, segments[k]), segments[k])
        matrix.append(row)
    placed = best_assignment(matrix)
    leftover = []
    for row, stack in enumerate(stacks):
        beside = max(
            (segments[k] for k in _nearby(stack[0], segments, firsts)),
            key=lambda s: max(fit(byline, s) for byline in stack),
            default=None,
        )
        if row in placed and matrix[row][placed[row]] > -5.0:
            chosen = segments[placed[row]]
            chosen.bylines += stack  # the assignment gives it one
            chosen.byline_by = _placement(adjacency(closest(stack, chosen), chosen))
        elif beside is not None and max(fit(byline, beside) for byline in stack) >= 1.5:
            beside.bylines += stack  # a second byline printed right at its article
            beside.byline_by = beside.byline_by or SECOND
        else:
            leftover += stack
    return leftover


def _bylined_under_headline(items: list[Item], headline: int, text: int) -> bool:
    """The story under the headlines has a byline of its own between them and its text: the one
    over the headlines is no second one of it ("文/X" closing the story above, then the headline,
    then "本报记者 Y")."""
    return any(item.kind == BYLINE for item in items[headline + 1 : text])


def _heads_as_byline(text: str) -> bool:
    """ "本报记者 X", "■本报记者 X", "文/X": a byline set as one heading a story is, its role or
    credit word first. A ▶ points back at the text it signs off, as the paper prints a feature's
    closing credit ("▶ 林露虹 本报特约通讯员 李幼君", "▶ 本报记者 丁若冰")."""
    text = text.strip()
    if text.startswith(names.CLOSING_CREDIT_MARK):
        return False
    opening, rest = names.credit_opening(text)
    return opening.endswith("/") or names.ROLE_PATTERN.match(rest) is not None


def _titled_after_its_text(seg: Segment | None, headline: Item, order: dict[int, int]) -> bool:
    """The story holds the headline and prints every headline it has after its text opens: a
    byline over that headline, under the story's text, is the story's second credit."""
    if seg is None or not seg.parts or not any(h is headline for h in seg.headlines):
        return False
    opening = order[id(seg.parts[0])]
    return all(order[id(h)] > opening for h in seg.headlines)


def _stacked_bylines(bylines: list[Item], items: list[Item], order: dict[int, int]) -> list[list[Item]]:
    """Bylines in groups of one, save those stacked under a headline or over one, one name a line
    ("本报记者 X" / "本报通讯员 Y"): one article's reporters, however each line alone would seem
    to fit a neighbour (the upper one beside the headline or under a text's end, the lower over
    the text it opens or beside the headline under it)."""
    stacks: list[list[Item]] = []
    for byline in bylines:
        if stacks and _stacks_on(stacks[-1], byline, items, order):
            stacks[-1].append(byline)
        else:
            stacks.append([byline])
    return stacks


def _stacks_on(stack: list[Item], byline: Item, items: list[Item], order: dict[int, int]) -> bool:
    """The byline is printed right under the stack, each line naming one reporter, and the stack
    stands under a headline or the byline over one (over more lines of the stack, maybe)."""
    at = order[id(byline)]
    if flow_neighbour(items, at, -1) is not stack[-1] or not all(map(_one_reporter, (*stack, byline))):
        return False
    below = flow_neighbour(items, at, +1, BYLINE)
    return _under_headline(flow_neighbour(items, order[id(stack[0])], -1)) or (
        below is not None and below.kind == HEADLINE
    )


# "本报记者 才让卓玛": a role and one name, as each line of a stacked byline reads; a line naming
# more people, or naming one without a role ("文/X"), is a whole byline, as a rule the only one of
# its story (bylines gathered one under another under gathered headlines are the stories' each)
ONE_REPORTER = re.compile(rf"(?:{names.ROLE})\s*{names.NAME_SHAPE}")


def _one_reporter(byline: Item) -> bool:
    return ONE_REPORTER.fullmatch(names.unpad_names(byline.text).strip()) is not None


def _over_first_text(items: list[Item], at: int) -> bool:
    """The byline stands right over the page's first text, under the headlines gathered at the
    page's head: it can only open it, and the page sets its texts under their bylines. A byline
    over the first text with no headlines gathered above it is its own story's, set at its head."""
    after = flow_neighbour(items, at, +1, CAPTION)
    above = items[:at]
    gathered = sum(item.kind == HEADLINE for item in above) >= GATHERED_HEADLINES
    return gathered and after is not None and after.kind == BODY and all(item.kind != BODY for item in above)


GATHERED_HEADLINES = 2  # headlines printed together over the texts, one for each of them at least


# "文/图 X": the writer who took the photos too, credited right over the text and its photos
PHOTO_BYLINE = re.compile(rf"^文\s*[{names.CREDIT_SLASHES}]\s*图")
UNNAMED_NEIGHBOUR = 1.0  # what a byline's claim on a named article loses where it is next to an unnamed one
# How well a byline's print position ties it to an article, by where it stands.
ADJACENT = {AFTER_TEXT: 3.0, BEFORE_TEXT: 2.5, BESIDE_HEADLINE: 2.0}
# A byline is printed under its headline: one between two headlines is the upper one's
OVER_HEADLINE = 0.25


def _under_headline(before: Item | None) -> bool:
    """Printed right under a headline. Over a text whose dateline names its writers, such a byline
    is the headline's, not that text's: where headlines are gathered one under another over the
    page's texts, the line under the last one's byline opens the first text, not the byline's."""
    return before is not None and before.kind == HEADLINE


def _placement(adjacency: float) -> str:
    return next((code for code, value in ADJACENT.items() if adjacency == value), NEAREST)


def _named(seg: Segment) -> bool:
    return bool(seg.authors) or _dateline_names(seg)


def _dateline_names(seg: Segment) -> bool:
    return _names_anyone(_dateline(seg))


@memo_by_text  # asked of each article for every byline weighed against it
def _names_anyone(dateline: str) -> bool:
    return bool(names.dateline_authors(dateline))


OWN_STAFF = "本报"  # "本报记者", "本报特约通讯员": the paper's own people
REPRINT = re.compile(r"^据《[^》]{1,12}》")  # "据《吉林日报》报道，…": taken from another paper


def _reprinted(seg: Segment) -> bool:
    """An item taken from another paper names it as its source: none of this paper's staff wrote it."""
    return bool(seg.parts) and REPRINT.match(squeeze(seg.parts[0].text)) is not None


DATELINE_LINES = 3  # a dateline's parenthesis runs over two column lines at most, three to be sure


def _dateline(seg: Segment) -> str:
    """The dateline the segment opens with, read over its first lines: its parenthesis may run
    on to the next line ("本报讯（记者 古丽娜尔 通讯" / "员 林静）…")."""
    return names.opening_dateline("\n".join(part.text for part in seg.parts[:DATELINE_LINES]))[0]


def assign_captions(captions: list[Item], segments: list[Segment], items: list[Item]) -> list[Item]:
    """A caption belongs to the article its credit names, or the one whose writer took the photo
    ("文/图 X" over a caption credited to X), else the one it is printed beside. Captions printed
    one after another caption a group of photos, one story's: they go together, weighed as one."""
    if not segments:
        return captions
    order = {id(item): i for i, item in enumerate(items)}

    texts = {id(seg): seg.text for seg in segments}  # joined once: each caption is weighed against each
    parks = {id(seg): main_park(texts[id(seg)]) for seg in segments}
    writers = {id(seg): _writers(seg) for seg in segments}

    def score(run: list[Item], seg: Segment, credit_parks: set[str], words: set[str]) -> float:
        before = flow_neighbour(items, order[id(run[0])], -1)
        value = 3.0 if credit_parks and parks[id(seg)] in credit_parks else 0.0
        if any(name in squeeze(caption.text) for caption in run for name in writers[id(seg)]):
            value += 3.0
        if before is not None and (
            before is seg.parts[-1] or before in seg.bylines + seg.authors + seg.headlines
        ):
            value += 2.0
        value += SHOWS_ITS_STORY * _words_told(words, texts[id(seg)])
        return value - 0.001 * _distance(run[0], seg)

    firsts = _firsts(segments)
    for run in _caption_runs(captions, items, order):
        credit_parks = {park for caption in run for park in parks_named(caption.text)}
        words = {word for caption in run for word in _content_words(split_caption(caption.text).text)}
        nearby = (segments[k] for k in _nearby(run[0], segments, firsts))
        max(nearby, key=lambda s: score(run, s, credit_parks, words)).captions.extend(run)
    return []


def _caption_runs(captions: list[Item], items: list[Item], order: dict[int, int]) -> list[list[Item]]:
    """The captions in runs: each printed right after the one before (furniture between them
    aside) joins its run, unless the two credit different parks' photos: each its own story's."""
    runs: list[list[Item]] = []
    for caption in sorted(captions, key=lambda caption: order[id(caption)]):
        if (
            runs
            and flow_neighbour(items, order[id(caption)], -1) is runs[-1][-1]
            and not _credit_other_parks(runs[-1][-1], caption)
        ):
            runs[-1].append(caption)
        else:
            runs.append([caption])
    return runs


def _credit_other_parks(caption: Item, following: Item) -> bool:
    parks, following_parks = parks_named(caption.text), parks_named(following.text)
    return bool(parks and following_parks) and not parks.keys() & following_parks.keys()


# A caption names what its photo shows, and the photo shows what its story tells: the share of
# the caption's words its story's text holds, at half or more, outweighs the caption's being
# printed right after another story's end or its credits (a photo set before its story's headline)
SHOWS_ITS_STORY = 4.0
# A caption of fewer words names what any story may tell ("项目建设现场", "园区一角")
TELLING_WORDS = 4


def _content_words(text: str) -> set[str]:
    """The words of two characters or more of a caption's text, its credit aside."""
    return {t.word for t in nlp.tokenize(squeeze(text)) if len(t.word) > 1 and not t.word.isascii()}


def _words_told(words: set[str], text: str) -> float:
    """The share of the caption's words the text holds, for a caption that names enough."""
    return sum(word in text for word in words) / len(words) if len(words) >= TELLING_WORDS else 0.0


def _writers(seg: Segment) -> list[str]:
    """The names the segment's bylines sign it with."""
    return [
        author.name for byline in seg.bylines for author in names.byline_authors(byline.text) if author.name
    ]
