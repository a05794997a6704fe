"""The parser's own writing of jieba's two cut steps gives jieba's own results."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from digest.language import nlp

SAMPLE = Path(__file__).resolve().parents[1] / "sources" / "2021-01" / "park-page-2021-01.txt"
LINES = [line.strip() for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("line", LINES[::3])
def test_word_graph_and_route_are_jiebas_own(line):
    tokenizer = nlp._tokenizer()
    assert tokenizer.get_DAG(line) == jieba.Tokenizer.get_DAG(tokenizer, line)
    ours: dict = {}
    theirs: dict = {}
    dag = tokenizer.get_DAG(line)
    tokenizer.calc(line, dag, ours)
    jieba.Tokenizer.calc(tokenizer, line, dag, theirs)
    assert ours == theirs
