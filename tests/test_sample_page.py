"""The bundled sample page, parsed and scored against its gold annotation."""

import json
from pathlib import Path

import pytest
import score_parse
import yaml
from conservation import lost_and_invented

from digest.parse import parse_page
from digest.parse.read import read_raw_page

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sources" / "2021-01" / "park-page-2021-01.txt"
GOLD = ROOT / "tests" / "gold" / "park-page-2021-01.gold.yaml"


@pytest.fixture(scope="module")
def parsed():
    return parse_page(read_raw_page(SAMPLE))


@pytest.fixture(scope="module")
def scores(parsed):
    from collections import Counter

    counts = Counter()
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    score_parse.score_page(gold, json.loads(json.dumps(parsed.to_dict())), counts, score_parse.load_zones())
    return score_parse.summary(counts)


@pytest.mark.parametrize(
    "metric, floor",
    [
        ("article_f1", 1.0),
        ("title_acc", 1.0),
        ("headline_recall", 1.0),
        ("author_f1", 1.0),
        ("para_break_f1", 0.95),
        ("heading_f1", 1.0),
        ("caption_f1", 1.0),
    ],
)
def test_sample_meets_the_parse_targets(scores, metric, floor):
    assert scores[metric] >= floor, scores


def test_sample_body_error_rate(scores):
    assert scores["body_cer"] <= 0.002, scores


def test_sample_conserves_text(parsed):
    lost, invented = lost_and_invented(SAMPLE.read_text(encoding="utf-8"), parsed)
    assert not lost and not invented


def test_sample_authors_have_roles(parsed):
    roles = {a.name: a.role for article in parsed.articles for a in article.authors}
    assert roles["赵鹏"] == "特约通讯员" and roles["李幼君"] == "特约通讯员"
