"""The third page layouter (tests/makeup.py): determinism, text conservation, a gold
the scorer accepts as perfect, and every convention present in a hundred pages."""

from __future__ import annotations

import copy
import re
from collections import Counter
from pathlib import Path

import pytest
import score_parse
import yaml
from selfscore import self_score, shortfalls

from tests.makeup import NO_START, makeup_page, units_of, wrap
from tools.makeup_pages import main as write_main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "wire.yaml"
PAGES = 100
HAN = "\u4e00-\u9fff"


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["articles"]


@pytest.fixture(scope="module")
def pages(corpus) -> list[tuple[str, dict]]:
    return [makeup_page(seed, corpus) for seed in range(PAGES)]


def gold_characters(gold: dict) -> Counter:
    texts = list(gold["furniture"])
    for a in gold["articles"]:
        texts += [a[k] for k in ("kicker", "title", "subtitle", "dateline", "byline", "trailer")]
        texts += [b["text"] for b in a["blocks"]]
        texts += [c[k] for c in a["captions"] for k in ("text", "label", "credit")]
        texts += [j["text"] for j in a["jumps"]]
    return Counter(ch for ch in "".join(texts) if not ch.isspace())


def test_a_seed_gives_the_same_page(corpus):
    assert makeup_page(7, corpus) == makeup_page(7, corpus)
    assert makeup_page(7, corpus)[0] != makeup_page(8, corpus)[0]


def test_every_printed_character_is_in_one_gold_field(pages):
    for seed, (raw, gold) in enumerate(pages):
        printed = Counter(ch for ch in raw if not ch.isspace())
        held = gold_characters(gold)
        assert printed == held, (seed, printed - held, held - printed)


def test_gold_scores_perfectly_against_itself(pages):
    s = self_score((gold, as_prediction(gold)) for _, gold in pages[:40])
    assert shortfalls(s, also=("park_acc", "topic_f1", "summary_rougeL")) == {}
    assert s["headline_space_errors"] == 0


def as_prediction(gold: dict) -> dict:
    """The gold as the parser would print it, the dateline kept in the first paragraph."""
    articles = []
    for a in copy.deepcopy(gold["articles"]):
        if a["blocks"] and a["dateline"]:
            a["blocks"][0]["text"] = a["dateline"] + a["blocks"][0]["text"]
        a["authors"] = [{"name": n} for n in a["authors"]]
        articles.append(a)
    return {"articles": articles, "furniture": gold["furniture"], "unassigned": []}


def test_no_headline_space_a_copy_editor_would_strike(pages):
    for raw, gold in pages:
        for a in gold["articles"]:
            for key in ("kicker", "title", "subtitle"):
                assert score_parse.headline_space_errors(a[key]) == 0, a[key]


def test_every_article_has_a_body_and_its_headline_printed(pages):
    for raw, gold in pages:
        flat = re.sub(r"\s+", "", raw)
        for a in gold["articles"]:
            assert a["blocks"] and all(b["text"] for b in a["blocks"])
            assert re.sub(r"\s+", "", a["title"]) in flat


@pytest.mark.parametrize(
    ("text", "hang", "expected"),
    [
        # the comma would start line two: it hangs past the edge, or pulls 丁 down with it
        ("甲乙丙丁，戊己", True, ["甲乙丙丁，", "戊己"]),
        ("甲乙丙丁，戊己", False, ["甲乙丙", "丁，戊己"]),
        # an opening quote never ends a line
        ("甲乙丙“丁戊”", True, ["甲乙丙", "“丁戊”"]),
        # digit runs stay whole; a range breaks after its dash
        ("甲乙丙1200万元", True, ["甲乙丙", "1200万元"]),
        ("甲乙丙7-10天", True, ["甲乙丙7-", "10天"]),
    ],
)
def test_line_breaking_keeps_kinsoku(text, hang, expected):
    lines = wrap(units_of(text), 4, 4, hang)
    assert ["".join(u.text for u in line) for line, _ in lines] == expected


def test_no_body_line_starts_with_closing_punctuation(pages):
    forbidden = NO_START - set("—…")
    for raw, _ in pages:
        for line in raw.splitlines():
            assert not line.strip() or line.strip()[0] not in forbidden, line


def article_flags(pages, key):
    return {a["makeup"][key] for _, g in pages for a in g["articles"]}


def lines_of(raw: str) -> list[str]:
    return [ln.strip() for ln in raw.splitlines() if ln.strip()]


def title_after_body(raw: str, a: dict) -> bool:
    """The article's title printed after the last line of its body."""
    flat = re.sub(r"\s+", "", raw)
    return flat.find(re.sub(r"\s+", "", a["title"])) > flat.find(a["blocks"][-1]["text"][-6:])


def printed_credit(caption: dict) -> str:
    label = caption["label"]
    return caption["credit"] + label if label in ("摄", "供图") else label + caption["credit"]


def caption_between_columns(raw: str, a: dict) -> bool:
    flat = re.sub(r"\s+", "", raw)
    at = flat.find(printed_credit(a["captions"][0]))
    return flat.find(a["blocks"][0]["text"][:8]) < at < flat.find(a["blocks"][-1]["text"][-8:])


CONVENTIONS = {
    "caption between two columns": lambda raw, g: any(
        a["makeup"]["caption"] == "column" and caption_between_columns(raw, a) for a in g["articles"]
    ),
    "blank line after a line ending in Han": lambda raw, g: bool(re.search(f"[{HAN}。，]\n\n", raw)),
    "single newline after a half-width end": lambda raw, g: bool(re.search(r"[0-9A-Za-z%+\-]\n[^\n]", raw)),
    "two-line headline element": lambda raw, g: bool(re.search(f"[{HAN}]\n[{HAN}“]", raw)),
    "letter-spaced line": lambda raw, g: bool(re.search(f"(?m)^([{HAN}，、] ){{8,}}", raw)),
    "space around a number": lambda raw, g: bool(re.search(f"[{HAN}] \\d|\\d [{HAN}]", raw)),
    "space after a full stop": lambda raw, g: bool(re.search(f"。 [{HAN}“]", raw)),
    "range split after its dash": lambda raw, g: bool(re.search(r"\d-\n\d", raw)),
    "indent kept as a space": lambda raw, g: bool(re.search(f"\n\n 本报讯|\n\n [{HAN}“]", raw)),
    "two blank lines between frames": lambda raw, g: "\n\n\n" in raw,
    "dateline 本报讯 alone": lambda raw, g: any(a["dateline"] == "本报讯" for a in g["articles"]),
    "dateline with a reporter": lambda raw, g: "本报讯（记者 " in raw,
    "dateline with a special correspondent": lambda raw, g: "本报讯（特约通讯员 " in raw,
    "dateline with reporter and correspondent": lambda raw, g: bool(
        re.search(r"本报讯（记者 \S+[ 　]通讯员", raw)
    ),
    "byline with ▶": lambda raw, g: "\n▶ " in raw,
    "byline with ■": lambda raw, g: "\n■" in raw,
    "byline with 文/": lambda raw, g: "\n文/" in raw,
    "byline without a marker": lambda raw, g: any(
        a["byline"] and a["byline"][0] not in "▶■□◎文" for a in g["articles"]
    ),
    "byline then caption on the next line": lambda raw, g: any(
        a["byline"] and a["captions"] and re.search(re.escape(a["byline"]) + "\n[^\n]", raw)
        for a in g["articles"]
    ),
    "trailing author after the last sentence": lambda raw, g: any(
        a["trailer"] and re.search("[。”] +" + re.escape(a["trailer"]) + "\n", raw) for a in g["articles"]
    ),
    "trailing author on its own line": lambda raw, g: any(
        a["trailer"] and a["trailer"] in lines_of(raw) for a in g["articles"]
    ),
    "caption 图片来源：": lambda raw, g: " 图片来源：" in raw,
    "caption 供图": lambda raw, g: "供图\n" in raw,
    "caption 图片：": lambda raw, g: "图片：" in raw,
    "caption 摄": lambda raw, g: " 摄\n" in raw,
    "caption 摄影：": lambda raw, g: "摄影：" in raw,
    "credit alone": lambda raw, g: any(c["text"] == "" for a in g["articles"] for c in a["captions"]),
    "headline above its body": lambda raw, g: any(
        a["makeup"]["headline"] == "above" and not title_after_body(raw, a) for a in g["articles"]
    ),
    "headline below its body": lambda raw, g: any(
        a["makeup"]["headline"] == "below" and title_after_body(raw, a) for a in g["articles"]
    ),
    "headlines gathered": lambda raw, g: (
        sum(a["makeup"]["headline"] == "gathered" for a in g["articles"]) >= 2
    ),
    "kicker": lambda raw, g: any(a["kicker"] for a in g["articles"]),
    "letter-spaced kicker": lambda raw, g: any(
        a["kicker"] and " ".join(a["kicker"]) in raw for a in g["articles"]
    ),
    "subtitle": lambda raw, g: any(a["subtitle"] for a in g["articles"]),
    "two-part title on one line": lambda raw, g: any(
        " " in a["title"] and re.search(re.escape(a["title"]).replace(r"\ ", r"[ 　]+"), raw)
        for a in g["articles"]
    ),
    "subheading": lambda raw, g: any(b["type"] == "heading" for a in g["articles"] for b in a["blocks"]),
    "optional paragraph break": lambda raw, g: any(
        b.get("optional_break") for a in g["articles"] for b in a["blocks"]
    ),
    "jump to a later page": lambda raw, g: "（下转第" in raw,
    "jump from an earlier page": lambda raw, g: "（上接第" in raw,
    "furniture at the top": lambda raw, g: (
        g["makeup"]["furniture"] == "top" and lines_of(raw)[0] in g["furniture"]
    ),
    "furniture at the foot": lambda raw, g: (
        g["makeup"]["furniture"] == "foot" and lines_of(raw)[-1] in g["furniture"]
    ),
    "furniture split": lambda raw, g: (
        g["makeup"]["furniture"] == "split"
        and lines_of(raw)[0] in g["furniture"]
        and lines_of(raw)[-1] in g["furniture"]
    ),
    "furniture after the first frame": lambda raw, g: g["makeup"]["furniture"] == "after_first",
    "no furniture": lambda raw, g: not g["furniture"],
}


@pytest.mark.parametrize("name", sorted(CONVENTIONS))
def test_each_convention_appears_in_a_hundred_pages(pages, name):
    assert any(CONVENTIONS[name](raw, gold) for raw, gold in pages), name


@pytest.mark.parametrize(
    ("key", "values"),
    [
        ("caption", {"tail", "head", "column", "page_end"}),
        ("byline", {"head", "lead", "tail"}),
        ("trailer", {"inline", "own_line"}),
        ("kinsoku", {"hang", "push"}),
        ("width", set(range(15, 21))),
    ],
)
def test_each_placement_is_drawn(pages, key, values):
    assert values <= article_flags(pages, key)


def test_the_tool_writes_page_pairs(tmp_path):
    assert write_main([str(tmp_path), "--count", "3", "--seed", "2"]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [f"page-00{k}{ext}" for k in (1, 2, 3) for ext in (".gold.yaml", ".txt")]
    gold = yaml.safe_load((tmp_path / "page-002.gold.yaml").read_text(encoding="utf-8"))
    assert gold["page"] == "page-002.txt" and gold["articles"]


def test_columns_are_set_to_their_width():
    text = "作为国家级高新区，园区经过30年的发展，已成为全市实施创新驱动发展战略的主引擎。" * 3
    lines = wrap(units_of(text), 15, 17, hang=True)
    assert sum(u.width for u in lines[0][0]) <= 16
    assert all(sum(u.width for u in line) <= 18 for line, _ in lines)
