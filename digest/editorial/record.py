"""The build record in docs/.digest/: what the build parsed and what it wrote.

    docs/.digest/state.json
      {"version": 1,
       "parser": "<hash of the parse code and data files>",
       "sources": {"sources/2021-01/p.txt": "<sha256 of the page file>"},
       "files":   {"2021/01/0a1b2c3d4e.md": "<sha256 of the bytes the build last wrote>"},
       "corrections": {"2021/01/0a1b2c3d4e.md":
                       {"page": "<sha256 of the corrected page>", "kinds": ["标题"], "seen": "<ISO time>"}}}
    docs/.digest/parses/<sha256 of the page file>.json   the parse of that page (Page.to_dict),
                                                          with the articles' stable ids

`sources` and `parses/` make builds incremental: a page file whose bytes and parser
are unchanged is not parsed again; the stored parse also carries the article ids a
new parse of that page inherits (identity.py). `files` makes hand edits safe: a file
in docs/ whose bytes differ from what the build last wrote there was edited by an
editor and is never overwritten or removed (it is reported as kept); a file the build
never wrote is never touched either; a page the build wrote that is now missing was
deleted by an editor, and its entry stays as a tombstone while the article does
(corrections.py). `corrections` remembers, per corrected page version, what kind of
change it was and when the build first saw it, so a later parser change does not
alter the description and a date is known outside git.

MkDocs skips dot-folders, so none of this is published. Every write goes to a
temporary file beside the target and is renamed over it, and only inside docs/.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field, fields
from enum import Enum
from pathlib import Path, PurePosixPath

from ..errors import DigestError
from ..models import Article, Author, Block, Caption, Page

FOLDER = ".digest"
VERSION = 1


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def inside(docs: Path, relative: str) -> Path:
    """docs/relative, refused unless it stays inside docs/ (no "..", no absolute path, no
    symlink out), whatever a manifest, title or id said."""
    path = PurePosixPath(relative)
    if (
        not path.parts
        or path.is_absolute()
        or "\\" in relative
        or any(p in ("", ".", "..") for p in path.parts)
    ):
        raise DigestError(f"refusing to write outside docs/: {relative!r}")
    root = docs.resolve()
    target = docs.joinpath(*path.parts)
    if not target.resolve().is_relative_to(root):
        raise DigestError(f"refusing to write outside docs/: {relative!r}")
    return target


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file and a rename: readers see the old or the new file, never half.

    The temporary name starts with a dot, so MkDocs ignores one left by a crash."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _read_hash(path: Path) -> str | None:
    try:
        return sha256(path.read_bytes())
    except FileNotFoundError:
        return None


class FileState(Enum):
    """A docs/ file as the record sees it."""

    ABSENT = "absent"  # not on disk, never written by the build
    OURS = "ours"  # exactly what the build last wrote
    EDITED = "edited"  # written by the build, changed since
    DELETED = "deleted"  # written by the build, removed since
    FOREIGN = "foreign"  # on disk, never written by the build


def _state(on_disk: str | None, last: str | None) -> FileState:
    if on_disk is None:
        return FileState.DELETED if last else FileState.ABSENT
    if last is None:
        return FileState.FOREIGN
    return FileState.OURS if on_disk == last else FileState.EDITED


@dataclass
class SyncResult:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # edited in docs/ (or never ours): left as they are


@dataclass
class BuildRecord:
    docs: Path
    parser: str = ""
    sources: dict[str, str] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    corrections: dict[str, dict] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return self.docs / FOLDER

    @classmethod
    def load(cls, docs: Path) -> BuildRecord:
        path = docs / FOLDER / "state.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(docs)
        except (ValueError, UnicodeDecodeError):
            raise DigestError(f"{path}: the build record is damaged; restore it from git") from None
        if data.get("version") != VERSION:
            return cls(docs)  # an older layout: start afresh (edited pages are still kept, see sync)
        return cls(
            docs,
            data.get("parser", ""),
            dict(data.get("sources", {})),
            dict(data.get("files", {})),
            dict(data.get("corrections", {})),
        )

    def save(self) -> bool:
        """Write state.json if it changed; True when it did."""
        data = {
            "version": VERSION,
            "parser": self.parser,
            "sources": dict(sorted(self.sources.items())),
            "files": dict(sorted(self.files.items())),
            "corrections": dict(sorted(self.corrections.items())),
        }
        return _write_if_changed(self.folder / "state.json", _json_bytes(data))

    def state(self, relative: str) -> FileState:
        return _state(_read_hash(inside(self.docs, relative)), self.files.get(relative))

    # -- parses -----------------------------------------------------------------

    def cached_parse(self, source: str, digest: str, parser: str) -> Page | None:
        """The stored parse of a page file, if its bytes and the parser are what they were."""
        if self.parser != parser or self.sources.get(source) != digest:
            return None
        try:
            return page_from_dict(
                json.loads((self.folder / "parses" / f"{digest}.json").read_text(encoding="utf-8"))
            )
        except (FileNotFoundError, ValueError, KeyError, TypeError):
            return None

    def previous_parse(self, source: str) -> Page | None:
        """The last stored parse of a page file, whatever its bytes or the parser are now:
        the articles (and ids) a new parse of it takes over."""
        digest = self.sources.get(source)
        try:
            return page_from_dict(
                json.loads((self.folder / "parses" / f"{digest}.json").read_text(encoding="utf-8"))
            )
        except (FileNotFoundError, ValueError, KeyError, TypeError):
            return None

    def store_parses(self, parses: dict[str, tuple[str, Page]], parser: str) -> None:
        """Record the parse of every current page file ({source: (digest, page)}) and drop the rest."""
        folder = self.folder / "parses"
        wanted = {f"{digest}.json": page for digest, page in parses.values()}
        for name, page in sorted(wanted.items()):
            _write_if_changed(folder / name, _json_bytes(page.to_dict()))
        if folder.is_dir():
            for stale in folder.glob("*.json"):
                if stale.name not in wanted:
                    stale.unlink()
        self.parser = parser
        self.sources = {source: digest for source, (digest, _) in parses.items()}

    # -- generated files --------------------------------------------------------

    def sync(self, desired: dict[str, str], editorial: set[str] = frozenset()) -> SyncResult:
        """Make docs/ hold `desired` ({relative path: text}) without touching editors' work.

        `editorial` are paths editors decided (corrected, added or deleted article pages):
        left as they are on disk, their record entries (tombstones included) kept."""
        result = SyncResult()
        files: dict[str, str] = {}
        for relative, text in sorted(desired.items()):
            data = text.encode("utf-8")
            new, target = sha256(data), inside(self.docs, relative)
            on_disk, last = _read_hash(target), self.files.get(relative)
            if on_disk == new:
                result.unchanged.append(relative)
            elif on_disk is None or on_disk == last:
                write_atomic(target, data)
                result.written.append(relative)
            else:
                result.kept.append(relative)
                if last:  # still ours: the next build knows it was edited
                    files[relative] = last
                continue
            files[relative] = new
        for relative, last in sorted(self.files.items()):
            if relative in desired:
                continue
            target = inside(self.docs, relative)
            state = _state(_read_hash(target), last)
            if state is FileState.OURS and relative not in editorial:
                target.unlink()
                _remove_empty_parents(target.parent, self.docs)
                result.removed.append(relative)
            elif state is FileState.EDITED or relative in editorial:
                files[relative] = last
                if state is not FileState.DELETED:
                    result.kept.append(relative)
        self.files = files
        result.kept.sort()
        return result


def _json_bytes(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def _write_if_changed(path: Path, data: bytes) -> bool:
    if _read_hash(path) == sha256(data):
        return False
    write_atomic(path, data)
    return True


def _remove_empty_parents(folder: Path, docs: Path) -> None:
    root = docs.resolve()
    while folder.resolve() != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def page_from_dict(data: dict) -> Page:
    """The inverse of Page.to_dict; keys a newer model added or dropped are tolerated."""
    articles = []
    for item in data.get("articles", []):
        item = _known(Article, item)
        item["authors"] = [Author(**_known(Author, a)) for a in item.get("authors", [])]
        item["blocks"] = [Block(**_known(Block, b)) for b in item.get("blocks", [])]
        item["captions"] = [Caption(**_known(Caption, c)) for c in item.get("captions", [])]
        articles.append(Article(**item))
    return Page(
        source=data["source"],
        furniture=list(data.get("furniture", [])),
        unassigned=list(data.get("unassigned", [])),
        articles=articles,
    )


def _known(cls: type, data: dict) -> dict:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}
