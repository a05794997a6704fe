"""The sample page dressed as other pages arrive: furniture, encodings, line endings.

The body text is unchanged, so the gold annotation still holds and the scores must too.
"""

import json
from collections import Counter

import pytest
import score_parse
import yaml
from test_sample_page import GOLD, SAMPLE

from digest.parse import parse_page
from digest.parse.read import decode

TEXT = SAMPLE.read_text(encoding="utf-8")
TOP = "2021年1月12日 星期二\n\n园区\n\n"
BOTTOM = "\n\n责任编辑：张三 美编：李四\n\n7\n"


def score(text: str) -> dict:
    counts = Counter()
    page = parse_page_from(text)
    score_parse.score_page(
        yaml.safe_load(GOLD.read_text(encoding="utf-8")),
        json.loads(json.dumps(page.to_dict())),
        counts,
        score_parse.load_zones(),
    )
    return score_parse.summary(counts)


def parse_page_from(text: str):
    from digest.models import RawPage

    return parse_page(RawPage("variant.txt", text))


@pytest.mark.parametrize(
    "variant",
    [
        TOP + TEXT,
        TEXT + BOTTOM,
        TOP + TEXT + BOTTOM,
        decode(TEXT.encode("gb18030"), "gb"),
        decode(TEXT.replace("\n", "\r\n").encode("utf-8-sig"), "crlf"),
    ],
    ids=["furniture-top", "furniture-bottom", "furniture-both", "gb18030", "crlf-bom"],
)
def test_sample_variants_score_as_the_sample(variant):
    got = score(variant)
    assert got["article_f1"] == 1.0 and got["title_acc"] == 1.0 and got["body_cer"] <= 0.002, got


def test_furniture_is_reported():
    page = parse_page_from(TOP + TEXT + BOTTOM)
    assert page.furniture == ["2021年1月12日 星期二", "园区", "责任编辑：张三 美编：李四", "7"]
