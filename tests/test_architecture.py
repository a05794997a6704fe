"""The package's shape: a room per part of the pipeline, dependencies pointing one way."""

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "digest"
ROOMS = ("parse", "language", "enrich", "site", "editorial")
# Which room may import which (models, errors and resources are at the top, for all).
ALLOWED = {
    "language": set(),
    "parse": {"language"},
    "enrich": {"language"},
    "site": {"language"},
    "editorial": {"site", "language"},
}
SHARED = {"models", "errors", "resources"}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py"))


def _room(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else parts[0].removesuffix(".py")


def _imported_rooms(path: Path) -> set[str]:
    return _rooms_imported_by(path.read_text(encoding="utf-8"), path.relative_to(PACKAGE).parts)


def _rooms_imported_by(source: str, parts: tuple[str, ...]) -> set[str]:
    """The top-level parts of digest/ a module (at digest/<parts>) imports, absolute or relative."""
    tree = ast.parse(source)
    package_parts = parts[:-1]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package_parts[: len(package_parts) - node.level + 1])
                target = base + (node.module.split(".") if node.module else [])
                names = [target] if target else [[alias.name] for alias in node.names]
            elif node.module and node.module.split(".")[0] == "digest":
                names = [node.module.split(".")[1:] or [alias.name for alias in node.names][:1]]
            else:
                continue
            found |= {name[0] for name in names if name}
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("digest.")}
    return found


def test_every_module_lives_in_a_room_or_at_the_top():
    top = {p.stem for p in PACKAGE.glob("*.py")}
    assert top == {"__init__", "build", "cli", "errors", "models", "resources"}
    assert {p.name for p in PACKAGE.iterdir() if p.is_dir() and not p.name.startswith((".", "__"))} == set(
        ROOMS
    )


@pytest.mark.parametrize("room", ROOMS)
def test_dependencies_point_one_way(room):
    for path in _modules():
        if _room(path) != room:
            continue
        others = _imported_rooms(path) - SHARED - {room}
        assert others <= ALLOWED[room], (
            f"{path.relative_to(PACKAGE)} imports {sorted(others - ALLOWED[room])}"
        )


def test_the_shared_modules_import_no_room():
    for name in SHARED:
        assert not _imported_rooms(PACKAGE / f"{name}.py") & set(ROOMS), name


def test_the_rule_sees_a_forbidden_import():
    """The checker itself: a site module importing the parse or editorial room is caught."""
    assert _rooms_imported_by("from ..parse.layout import layout\n", ("site", "x.py")) == {"parse"}
    assert _rooms_imported_by("from digest.editorial import record\n", ("site", "x.py")) == {"editorial"}
    assert _rooms_imported_by("from . import urls\n", ("site", "x.py")) == {"site"}


def test_only_nlp_imports_jieba():
    importers = {
        p.relative_to(PACKAGE).as_posix()
        for p in _modules()
        if re.search(r"^\s*(import|from)\s+jieba", p.read_text(encoding="utf-8"), re.M)
    }
    assert importers == {"language/nlp.py"}
