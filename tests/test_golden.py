"""The whole sample page against its golden files: the parse and every Markdown page.

Refresh after an intended change with `make golden` (python -m tools.golden) and review
`git diff tests/golden`.
"""

from tools import golden


def test_sample_matches_its_golden_files():
    problems = golden.differences(golden.current_files())
    assert not problems, "\n".join(problems) + "\n(refresh with: make golden)"
