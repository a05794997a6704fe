"""Golden files for the bundled sample page: its parse and the Markdown pages built from it.

    python -m tools.golden           refresh tests/golden/ after an intended change
    python -m tools.golden --check   exit 1 and list what differs (what the tests do)

Review `git diff tests/golden` before committing a refresh: it shows exactly what the
change does to a whole page.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GOLDEN = ROOT / "tests" / "golden"
SAMPLE = ROOT / "sources" / "2021-01" / "park-page-2021-01.txt"


def current_files() -> dict[str, str]:
    """Relative path under tests/golden/ -> the text the code produces now."""
    from digest.build import build, process_page
    from digest.parse.read import read_raw_page

    page = process_page(read_raw_page(SAMPLE))
    files = {"park-page-2021-01.json": json.dumps(page.to_dict(), ensure_ascii=False, indent=1) + "\n"}
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        build(ROOT / "sources", docs, progress=False, config=ROOT / "mkdocs.yml")
        for path in sorted(docs.rglob("*.md")):
            files["docs/" + path.relative_to(docs).as_posix()] = path.read_text(encoding="utf-8")
    return files


def differences(files: dict[str, str]) -> list[str]:
    stored = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file()}
    out = [f"missing from the golden files: {name}" for name in sorted(set(files) - stored)]
    out += [f"no longer produced: {name}" for name in sorted(stored - set(files))]
    out += [
        f"differs: {name}"
        for name in sorted(set(files) & stored)
        if (GOLDEN / name).read_text(encoding="utf-8") != files[name]
    ]
    return out


def refresh(files: dict[str, str]) -> None:
    shutil.rmtree(GOLDEN, ignore_errors=True)
    for name, text in files.items():
        path = GOLDEN / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 on any difference")
    args = parser.parse_args()
    files = current_files()
    if args.check:
        problems = differences(files)
        print("\n".join(problems) or "golden files match")
        return 1 if problems else 0
    refresh(files)
    print(f"wrote {len(files)} golden files to {GOLDEN.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
