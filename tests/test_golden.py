"""The whole sample page against its golden files: the parse and every Markdown page.

Refresh after an intended change with `make golden` (python tools/golden.py) and review
`git diff tests/golden`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import golden  # noqa: E402


def test_sample_matches_its_golden_files():
    problems = golden.differences(golden.current_files())
    assert not problems, "\n".join(problems) + "\n(refresh with: make golden)"
