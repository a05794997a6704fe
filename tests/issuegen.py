"""Generate issues of several pages in which some articles are continued, with gold.

Why: an article that does not fit its page goes on on a later one, （下转第N版） closing the
part on page p and （上接第p版） opening the rest on page N among that page's own articles.
The build joins the two parts (digest/enrich/continued.py); these issues score it.

    issue = generate_issue(seed)

Every page is laid out by tests/pagegen.py (its own random jumps left out: here the jumps are
the issue's) and has its own gold in the shared scorer's format, the jump notes among its
furniture, so each page is still scored by tests/score_parse.py. The rest of an article is
exactly the text its first part did not print: the cut falls between two lines, inside a
paragraph or between two, and a 下转 note run into the last line pushes what it displaces
over to the rest. The rest is set in its own page's column, opens without indent when it goes
on inside a paragraph, and carries the title again, a short 续 title, or none.

`issue.gold` (beside each page's gold):
- joins: per continued article the expected joined article: id, pages [p, N], title,
  authors, blocks (the paragraph cut in two is one again), captions;
- unjoined: parts whose other part the issue lacks ({"id", "page", "continues_on"} or
  {"id", "page", "continued_from"}): the target page is not in the issue, or the start was
  printed on a page left out of it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from tests.pagegen import (
    FULL_SPACE,
    ODDS,
    Layout,
    Line,
    Plan,
    Story,
    body_lines,
    load_corpus,
    make_plans,
    news_dateline,
    pick,
    plan_article,
    print_page,
    text_width,
    visible,
)

ISSUE_ODDS = {
    "pages": {2: 0.3, 3: 0.4, 4: 0.3},
    "continued": {1: 0.4, 2: 0.4, 3: 0.2},  # articles of the issue that go on on another page
    "target_missing": 0.2,  # the page a part sends its reader to is not in the issue
    "start_missing": 0.15,  # a page carries the rest of an article whose start is not in the issue
    "rest_headline": {"repeated": 0.45, "none": 0.35, "short": 0.2},
    "articles_per_page": {3: 0.3, 4: 0.4, 5: 0.3},
}
HIGHEST_PAGE = 8  # page numbers are drawn from 1..8, so an issue may skip some
PagePlans = tuple[list[Plan], list[str]]  # a page's plans and its back-to-back pair (make_plans)


@dataclass
class GeneratedIssue:
    numbers: list[int]  # the printed page numbers, in order
    pages: dict[int, Layout] = field(default_factory=dict)
    gold: dict = field(default_factory=dict)


@dataclass
class _Continued:
    """A first part placed on page `page`, its rest due on page `target`."""

    plan: Plan
    page: int
    target: int
    inside: bool = False  # the cut falls inside a paragraph (known once the first part is printed)


def generate_issue(seed: int, corpus=None) -> GeneratedIssue:
    """An issue of 2-4 pages with continued articles; the same seed gives the same issue."""
    rng = random.Random(seed)
    stories = list(load_corpus(corpus))
    numbers = sorted(rng.sample(range(1, HIGHEST_PAGE + 1), pick(rng, ISSUE_ODDS["pages"])))
    counts = [pick(rng, ISSUE_ODDS["articles_per_page"]) for _ in numbers]
    chosen = rng.sample(stories, min(len(stories), sum(counts) + 1))
    plans: dict[int, PagePlans] = {}
    for number, count in zip(numbers, counts):
        page_stories, chosen = chosen[:count], chosen[count:]
        plans[number] = make_plans(page_stories, rng, number, jumps=False)
    issue = GeneratedIssue(numbers)
    firsts = _continue_some(plans, numbers, rng)
    issue.gold = {"joins": [], "unjoined": []}
    if chosen and rng.random() < ISSUE_ODDS["start_missing"]:
        _rest_without_start(chosen[0], plans, numbers, rng, issue.gold)
    for number in numbers:  # a rest is placed on its later page before that page is printed
        page_plans, pair = plans[number]
        issue.pages[number] = layout = print_page(page_plans, pair, number, rng, seed * 100 + number)
        for first in (f for f in firsts if f.page == number and f.target in plans):
            _place(_rest_plan(first, _printed(layout, first.plan.story.id), rng), plans[first.target], rng)
    for first in firsts:
        sid = first.plan.story.id
        if first.target in plans:
            issue.gold["joins"].append(
                _joined_gold(sid, first, issue.pages[first.page], issue.pages[first.target])
            )
        else:
            issue.gold["unjoined"].append({"id": sid, "page": first.page, "continues_on": first.target})
    return issue


def _continue_some(plans: dict[int, PagePlans], numbers: list[int], rng: random.Random) -> list[_Continued]:
    """Turn some articles into first parts, each sent to a later page (sometimes one not printed)."""
    firsts = []
    for _ in range(pick(rng, ISSUE_ODDS["continued"])):
        page = rng.choice(numbers[:-1] or numbers)
        later = [n for n in numbers if n > page]
        missing = [n for n in range(page + 1, HIGHEST_PAGE + 2) if n not in numbers]
        target_missing = not later or rng.random() < ISSUE_ODDS["target_missing"]
        target = (
            rng.choice(missing) if target_missing else later[0] if rng.random() < 0.6 else rng.choice(later)
        )
        page_plans, pair = plans[page]
        free = [p for p in page_plans if not p.jump and p.story.id not in pair]
        if not free:
            continue
        plan = rng.choice(free)
        plan.jump, plan.jump_page = "to", target
        plan.jump_inline = rng.random() < ODDS["jump_inline"]
        if plan.byline_at == "after":  # a byline after the body would stand on the other page
            plan.byline_at = rng.choice(["before", "with_headline"])
        firsts.append(_Continued(plan, page, target))
    return firsts


def _rest_without_start(
    story: Story, plans: dict[int, PagePlans], numbers: list[int], rng: random.Random, gold: dict
) -> None:
    """The rest of an article whose first part was printed on a page the issue leaves out."""
    absent = [n for n in range(1, numbers[-1]) if n not in numbers]
    if not absent:
        return
    start = rng.choice(absent)
    target = rng.choice([n for n in numbers if n > start])
    first = _Continued(plan_article(story, rng), start, target)
    first.plan.jump, first.plan.jump_page = "to", target
    _place(_rest_plan(first, body_lines(first.plan, rng), rng), plans[target], rng)
    gold["unjoined"].append({"id": story.id, "page": target, "continued_from": start})


def _printed(layout: Layout, sid: str) -> list[Line]:
    return [ln for ln in layout.lines if ln.article == sid and ln.kind in ("body", "heading")]


def _rest_plan(first: _Continued, printed: list[Line], rng: random.Random) -> Plan:
    """The plan of what the first part (its `printed` body lines) left of its story, for the target page."""
    story = first.plan.story
    body, first.inside = _rest_of(story, first.plan, printed)
    kind = pick(rng, ISSUE_ODDS["rest_headline"])
    title = story.title if kind == "repeated" else _short_title(story.title)
    rest = replace(story, title=title, kicker="", subtitle="", body=body, caption=None)
    plan = plan_article(rest, rng)
    plan.authors, plan.caption = first.plan.authors, None
    plan.jump, plan.jump_page, plan.rest, plan.inside = "from", first.page, True, first.inside
    plan.jump_inline = rng.random() < ODDS["jump_inline"]
    if kind == "none":
        plan.headline = "none"
    return plan


def _rest_of(story: Story, plan: Plan, printed: list[Line]) -> tuple[tuple, bool]:
    """The blocks of `story` after its `printed` lines, and whether they open inside a paragraph."""
    block = printed[-1].block
    shown = "".join(visible(ln.measure) for ln in printed if ln.block == block)
    kind, text = story.body[block]
    if block == 0 and story.kind == "news":
        dateline = news_dateline(plan.authors)
        text = dateline + ("" if dateline.endswith("）") else FULL_SPACE) + text
    left = _after_visible(text, len(shown))
    body = story.body[block + 1 :]
    return ((kind, left), *body) if left else body, bool(left)


def _after_visible(text: str, count: int) -> str:
    """`text` after its first `count` non-space characters."""
    seen = 0
    for at, ch in enumerate(text):
        if seen == count:
            return text[at:].strip()
        seen += not ch.isspace()
    return ""


def _short_title(title: str) -> str:
    """A continued part's short headline: the title's first phrase, marked 续."""
    head = title.replace("：", " ").split()[0]
    return (head if len(head) <= 12 else head[:10]) + "（续）"


def _place(plan: Plan, page: PagePlans, rng: random.Random) -> None:
    """Put the rest among the page's own articles, never between a back-to-back pair."""
    plans, _ = page
    spots = [k for k in range(len(plans) + 1) if k == 0 or not plans[k - 1].hold]
    plans.insert(rng.choice(spots), plan)


def _joined_gold(sid: str, first: _Continued, first_page: Layout, rest_page: Layout) -> dict:
    """The article the two parts make, as the gold of both pages has them."""
    head = next(a for a in first_page.gold["articles"] if a["id"] == sid)
    rest = next(a for a in rest_page.gold["articles"] if a["id"] == sid)
    blocks = [dict(b) for b in head["blocks"]]
    following = [dict(b) for b in rest["blocks"]]
    if following and first.inside:
        blocks[-1]["text"] += following.pop(0)["text"]
    elif following:
        last = _printed(first_page, sid)[-1]
        if text_width(last.measure) >= last.column - 1:
            following[0]["optional_break"] = True
    return {
        "id": sid,
        "pages": [first.page, first.target],
        "title": head["title"],
        "title_alternatives": head["title_alternatives"],
        "authors": list(dict.fromkeys(head["authors"] + rest["authors"])),
        "blocks": blocks + following,
        "captions": head["captions"],
    }
