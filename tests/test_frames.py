"""Boxes drawn round a story: their side bars taken off each line onto the box's rule."""

import pytest

from digest.parse.frames import take_off_frames
from digest.parse.marks import is_furniture_line

TOP, FOOT = "┌──────┐", "└──────┘"


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        (  # a full frame: the bars go onto the foot rule
            [TOP, "│园区新闻标题│", "│　　本报讯 近日，园区│", "│签约。│", FOOT],
            [TOP, "园区新闻标题", "　　本报讯 近日，园区", "签约。", FOOT + "││││││"],
        ),
        (  # a blank line after every line, as some extractors write
            [TOP, "", "│标题│", "", "│正文，正文。│", "", FOOT],
            [TOP, "", "标题", "", "正文，正文。", "", FOOT + "││││"],
        ),
        (  # no foot rule (the box runs off the page): the bars go onto the top rule
            [TOP, "│标题│", "│正文。│", "后文。"],
            [TOP + "││││", "标题", "正文。", "后文。"],
        ),
        (  # a bar on the left side only
            [TOP, "┃标题", "┃正文。", FOOT],
            [TOP, "标题", "正文。", FOOT + "┃┃"],
        ),
    ],
)
def test_side_bars_go_onto_the_box_rule(raw: list[str], read: list[str]) -> None:
    assert take_off_frames("\n".join(raw)).split("\n") == read


@pytest.mark.parametrize(
    "raw",
    [
        ["│标题│", "│正文。│"],  # bars but no rule drawn beside them: no box to speak of
        [TOP, "│标题│", FOOT],  # a lone line between bars
        ["近日，园区签约。", "项目总投资12亿元。"],  # no bar at all
        ["——访园区负责人", "正文。"],  # a subtitle's dash is no rule
    ],
)
def test_lines_without_a_box_stay_as_written(raw: list[str]) -> None:
    assert take_off_frames("\n".join(raw)).split("\n") == raw


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        (FOOT + "││││", True),  # a frame's rule, drawn from its corner
        (TOP, True),
        ("━━━━━━━━", False),  # a rule across a column may set off a headline: read as a rule
        ("│标题│", False),
    ],
)
def test_a_frame_rule_is_furniture(text: str, furniture: bool) -> None:
    assert is_furniture_line(text) is furniture
