"""The build record in docs/.digest/: what the build parsed and what it wrote.

    docs/.digest/state.json
      {"version": 1,
       "parser": "<hash of the parse code and data files>",
       "sources": {"sources/2021-01/p.txt": "<sha256 of the page file>"},
       "files":   {"2021/01/0a1b2c3d4e.md": "<sha256 of the bytes the build last wrote>"},
       "keys":    {"2021/01/0a1b2c3d4e.md": "<key of what that file was rendered from>"},
       "reviews": {"code": "<hash of the parser and the review code>",
                   "pages": {"<parse name>": ["<id of an article below the review threshold>"]}},
       "corrections": {"2021/01/0a1b2c3d4e.md":
                       {"page": "<sha256 of the corrected page>", "kinds": ["标题"], "seen": "<ISO time>"}}}
    docs/.digest/parses/<sha256 of source NUL sha256 of the page file>.json
                                     the parse of that page file (Page.to_dict), with the
                                     articles' stable ids: one per page file, even when two
                                     page files hold the same bytes
    docs/.digest/terms/<the same name>.json
                                     {"parser": ..., "terms": {<body_key>: [terms]}}: each
                                     article's candidate keywords, from which the archive
                                     IDF is summed without running jieba over every page

Every generated Markdown page carries, as the first line of its front matter,
`generated: <hash>`: the hash of the rest of the page as the build wrote it (MkDocs
passes unknown keys to templates, which do not show this one). A page is the build's own
output when it matches its own hash, whatever state.json says or whether it survived: a
build killed between writing pages and saving the record leaves pages that the next
build still knows as its own, and a lost or restored state.json freezes nothing. An
edited page no longer matches its hash (editors leave the line as it is). Other files
the build writes (feeds/, .digest/) are the build's alone: editors never edit them.

`sources` and `parses/` make builds incremental: a page file whose bytes and parser
are unchanged is not parsed again; the stored parse also carries the article ids a
new parse of that page inherits (identity.py). `keys` (site/keys.py: the hash of the
code, configuration and data a file is rendered from) spare rendering: a file whose key
is the one it was written with, and which is still what the build wrote, is left as it
is. `files` makes hand edits safe: a file in docs/ whose bytes differ from what the
build last wrote there was edited by an editor and is never overwritten or removed (it
is reported as kept); a file the build never wrote is never touched either; a page the
build wrote that is now missing was deleted by an editor, and its entry stays as a
tombstone while the article does (corrections.py). `corrections` remembers, per
corrected page version, what kind of change it was and when the build first saw it, so
a later parser change does not alter the description and a date is known outside git.

MkDocs skips dot-folders, so none of this is published. Every write goes to a
temporary file beside the target and is renamed over it, and only inside docs/; a
temporary file a killed build left behind is removed by the next one (clean_temporary).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, fields
from enum import Enum
from functools import cache
from pathlib import Path, PurePosixPath

from ..errors import DigestError
from ..models import Article, Author, Block, Caption, Page
from ..site.render import RenderJob

FOLDER = ".digest"
VERSION = 1
STAMP = "generated"
_STAMP_LINE = re.compile(rb"\A(?:\xef\xbb\xbf)?---\r?\n" + STAMP.encode() + rb": ([0-9a-f]{16})\r?\n")
_TEMPORARY = re.compile(r"^\..+\.[A-Za-z0-9_]+\.tmp$")  # write_atomic's names


def stamp(relative: str, text: str) -> str:
    """A generated Markdown page with `generated: <hash of the page>` as its first front matter line."""
    if not relative.endswith(".md") or not text.startswith("---\n"):
        return text
    return f"---\n{STAMP}: {sha256(text.encode('utf-8'))[:16]}\n" + text[4:]


def unstamp(data: bytes) -> bytes:
    """The page without its `generated:` line (an edited page keeps the line it was written with)."""
    match = _STAMP_LINE.match(data)
    return data if match is None else b"---\n" + data[match.end() :]


def is_generated(relative: str, data: bytes) -> bool:
    """Whether `data` is exactly what the build wrote to `relative`, by the page's own hash.
    Files other than Markdown pages (feeds, the build's own JSON) are always the build's."""
    if not relative.endswith(".md"):
        return True
    match = _STAMP_LINE.match(data)
    if match is None or data.startswith(b"\xef\xbb\xbf") or b"\r" in data[: match.end()]:
        return False
    return sha256(b"---\n" + data[match.end() :])[:16] == match.group(1).decode()


def is_stamped(data: bytes) -> bool:
    return _STAMP_LINE.match(data) is not None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def inside(docs: Path, relative: str, resolve: Callable[[Path], Path] = Path.resolve) -> Path:
    """docs/relative, refused unless it stays inside docs/ (no "..", no absolute path, no
    symlink out), whatever a manifest, title or id said. `resolve` resolves a folder
    (BuildRecord's remembers each within a build: one per month, not one per page)."""
    path = PurePosixPath(relative)
    if (
        not path.parts
        or path.is_absolute()
        or "\\" in relative
        or any(p in ("", ".", "..") for p in path.parts)
    ):
        raise DigestError(f"refusing to write outside docs/: {relative!r}")
    root = resolve(docs)
    target = docs.joinpath(*path.parts)
    real = target.resolve() if target.is_symlink() else resolve(target.parent) / target.name
    if not real.is_relative_to(root):
        raise DigestError(f"refusing to write outside docs/: {relative!r}")
    return target


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file and a rename: readers see the old or the new file, never half.

    The temporary name starts with a dot, so MkDocs ignores one left by a crash."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp's 0600 is for secrets; these are published
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def clean_temporary(docs: Path) -> list[str]:
    """Remove the temporary files a killed build left in docs/ (write_atomic's ".<name>.<random>.tmp")."""
    removed = []
    for path in docs.rglob(".*.tmp"):
        if path.is_file() and not path.is_symlink() and _TEMPORARY.match(path.name):
            path.unlink()
            removed.append(path.relative_to(docs).as_posix())
    return removed


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None


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


@dataclass(frozen=True)
class OnDisk:
    """What the record needs to know of a docs/ file's bytes."""

    digest: str  # sha256
    generated: bool  # is_generated
    stamped: bool  # is_stamped

    @classmethod
    def of(cls, relative: str, data: bytes) -> OnDisk:
        return cls(sha256(data), is_generated(relative, data), is_stamped(data))


def _state(on_disk: OnDisk | None, last: str | None) -> FileState:
    """What the build knows of a docs/ file: by the page's own `generated:` hash first, then
    by the record (`last`: the hash of the bytes the build last wrote there, if it did)."""
    if on_disk is None:
        return FileState.DELETED if last else FileState.ABSENT
    if on_disk.generated or on_disk.digest == last:
        return FileState.OURS
    if last is None and not on_disk.stamped:
        return FileState.FOREIGN
    return FileState.EDITED


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
    keys: dict[str, str] = field(default_factory=dict)  # docs path -> key it was rendered from
    review_code: str = ""  # what `reviews` were found by
    reviews: dict[str, list[str]] = field(default_factory=dict)  # parse name -> ids needing a look
    # docs/ as read during one build: each file read and hashed once, each folder resolved once.
    _on_disk: dict[str, OnDisk | None] = field(default_factory=dict, repr=False)
    _folders: dict[Path, Path] = field(default_factory=dict, repr=False)

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
        reviews = data.get("reviews", {})
        return cls(
            docs,
            parser=data.get("parser", ""),
            sources=dict(data.get("sources", {})),
            files=dict(data.get("files", {})),
            corrections=dict(data.get("corrections", {})),
            keys=dict(data.get("keys", {})),
            review_code=reviews.get("code", ""),
            reviews=dict(reviews.get("pages", {})),
        )

    def save(self) -> bool:
        """Write state.json if it changed; True when it did."""
        data = {
            "version": VERSION,
            "parser": self.parser,
            "sources": dict(sorted(self.sources.items())),
            "files": dict(sorted(self.files.items())),
            "corrections": dict(sorted(self.corrections.items())),
            "keys": dict(sorted(self.keys.items())),
            "reviews": {"code": self.review_code, "pages": dict(sorted(self.reviews.items()))},
        }
        return _write_if_changed(self.folder / "state.json", _json_bytes(data))

    def state(self, relative: str) -> FileState:
        return _state(self.on_disk(relative), self.files.get(relative))

    def on_disk(self, relative: str) -> OnDisk | None:
        """The file docs/relative as this build last read or wrote it (None: not there)."""
        if relative not in self._on_disk:
            data = _read(self.path(relative))
            self._on_disk[relative] = None if data is None else OnDisk.of(relative, data)
        return self._on_disk[relative]

    def path(self, relative: str) -> Path:
        """docs/relative, refused outside docs/ (see inside)."""
        return inside(self.docs, relative, self._resolved)

    def _resolved(self, folder: Path) -> Path:
        if folder not in self._folders:
            self._folders[folder] = folder.resolve()
        return self._folders[folder]

    def _write(self, relative: str, data: bytes) -> None:
        write_atomic(self.path(relative), data)
        self._on_disk[relative] = OnDisk.of(relative, data)

    def _remove(self, relative: str) -> None:
        target = self.path(relative)
        target.unlink()
        self._on_disk[relative] = None
        _remove_empty_parents(target.parent, self.docs)

    # -- parses -----------------------------------------------------------------

    def cached_parse(self, source: str, digest: str, parser: str) -> Page | None:
        """The stored parse of a page file, if its bytes and the parser are what they were."""
        if self.parser != parser or self.sources.get(source) != digest:
            return None
        return self._stored(source, digest, legacy=False)

    def previous_parse(self, source: str) -> Page | None:
        """The last stored parse of a page file, whatever its bytes or the parser are now:
        the articles (and ids) a new parse of it takes over."""
        digest = self.sources.get(source)
        return self._stored(source, digest, legacy=True) if digest else None

    def _stored(self, source: str, digest: str, legacy: bool) -> Page | None:
        # An older record stored parses by the page's bytes alone: its ids are still taken over.
        names = [parse_name(source, digest)] + ([f"{digest}.json"] if legacy else [])
        for name in names:
            try:
                page = page_from_dict(json.loads((self.folder / "parses" / name).read_text(encoding="utf-8")))
            except (FileNotFoundError, ValueError, KeyError, TypeError, AttributeError):
                continue
            return page
        return None

    def store_parses(self, parses: dict[str, tuple[str, Page]], parser: str, new: Collection[str]) -> None:
        """Record the parse of every current page file ({source: (digest, page)}): write those of
        the `new` sources (the others came from the record as they are) and drop the rest."""
        folder = self.folder / "parses"
        wanted = {parse_name(source, digest): page for source, (digest, page) in parses.items()}
        for source in sorted(new):
            digest, page = parses[source]
            _write_if_changed(folder / parse_name(source, digest), _json_bytes(page.to_dict()))
        if folder.is_dir():
            for stale in folder.glob("*.json"):
                if stale.name not in wanted:
                    stale.unlink()
        self.parser = parser
        self.sources = {source: digest for source, (digest, _) in parses.items()}

    # -- term sets ---------------------------------------------------------------

    def stored_terms(self, source: str, digest: str) -> dict[str, list[str]]:
        """{body_key of an article's text: its term set} kept with a page file's parse by
        this record's parser, or {} (then the build runs jieba over that page again)."""
        try:
            path = self.folder / "terms" / parse_name(source, digest)
            data = json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError, UnicodeDecodeError):
            return {}
        terms = data.get("terms") if isinstance(data, dict) and data.get("parser") == self.parser else None
        return terms if isinstance(terms, dict) else {}

    def store_terms(
        self, terms: dict[tuple[str, str], dict[str, list[str]]], parses: dict[str, tuple[str, Page]]
    ) -> None:
        """Keep the term sets computed by this build ({(source, digest): {body_key: terms}}, under
        the record's parser: call after store_parses) and drop those of page files gone."""
        folder = self.folder / "terms"
        for (source, digest), sets in sorted(terms.items()):
            data = {"parser": self.parser, "terms": dict(sorted(sets.items()))}
            _write_if_changed(folder / parse_name(source, digest), _json_bytes(data, indent=None))
        if folder.is_dir():
            wanted = {parse_name(source, digest) for source, (digest, _) in parses.items()}
            for stale in folder.glob("*.json"):
                if stale.name not in wanted:
                    stale.unlink()

    # -- generated files --------------------------------------------------------

    def sync(self, desired: dict[str, RenderJob], editorial: set[str] = frozenset()) -> SyncResult:
        """Make docs/ hold `desired` ({relative path: its rendering}) without touching editors' work.

        A file still as the build wrote it from the same key is not rendered again.
        `editorial` are paths editors decided (corrected, added or deleted article pages):
        left as they are on disk, their record entries (tombstones included) kept. Pages the
        build wrote (by their own hash) that are no longer wanted are removed, even those a
        lost record no longer lists."""
        result = SyncResult()
        files: dict[str, str] = {}
        keys: dict[str, str] = {}
        for relative, rendering in sorted(desired.items()):
            on_disk, last = self.on_disk(relative), self.files.get(relative)
            if on_disk and on_disk.digest == last and self.keys.get(relative) == rendering.key:
                result.unchanged.append(relative)
                files[relative], keys[relative] = last, rendering.key
                continue
            text = rendering.render()
            data = stamp(relative, text).encode("utf-8")
            new = sha256(data)
            if on_disk and on_disk.digest == new:
                result.unchanged.append(relative)
            elif (
                on_disk is None
                or _state(on_disk, last) is FileState.OURS
                or self._same_but_stamp(relative, text)
            ):
                self._write(relative, data)
                result.written.append(relative)
            else:
                result.kept.append(relative)
                if last:  # still ours: the next build knows it was edited
                    files[relative] = last
                continue
            files[relative], keys[relative] = new, rendering.key
        orphans = {relative: "" for relative in self._generated_files() if relative not in self.files}
        for relative, last in sorted({**self.files, **orphans}.items()):
            if relative in desired:
                continue
            state = _state(self.on_disk(relative), last or None)
            if state is FileState.OURS and relative not in editorial:
                self._remove(relative)
                result.removed.append(relative)
            elif last and (state is FileState.EDITED or relative in editorial):
                files[relative] = last
                if state is not FileState.DELETED:
                    result.kept.append(relative)
        for relative in editorial:  # editors' pages a lost record no longer lists
            if relative not in result.kept and relative not in desired and self.on_disk(relative):
                result.kept.append(relative)
        self.files, self.keys = files, keys
        result.kept.sort()
        return result

    def _same_but_stamp(self, relative: str, text: str) -> bool:
        """An editor's fix the build now makes too: the page differs only in its old `generated:` line."""
        return unstamp(self.path(relative).read_bytes()) == text.encode("utf-8")

    def _generated_files(self) -> list[str]:
        """Markdown pages in docs/ the record does not list that are the build's own by their
        hash, and the feeds."""
        found = []
        for path in self.docs.rglob("*"):
            relative = path.relative_to(self.docs).as_posix()
            if relative.startswith(".") or relative in self.files or path.is_symlink() or not path.is_file():
                continue
            if relative.endswith(".md"):
                on_disk = self.on_disk(relative)
                if on_disk is not None and on_disk.stamped and on_disk.generated:
                    found.append(relative)
            elif relative.startswith("feeds/") and relative.endswith(".xml"):
                found.append(relative)
        return found


def parse_name(source: str, digest: str) -> str:
    """The file in parses/ of one page file's parse: by where it is and what it holds."""
    return sha256(source.encode("utf-8") + b"\0" + digest.encode()) + ".json"


def body_key(text: str) -> str:
    """What the term sets in docs/.digest/terms/ are keyed by: a hash of an article's body."""
    return sha256(text.encode("utf-8"))[:16]


def _json_bytes(data: object, indent: int | None = 1) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=False) + "\n").encode("utf-8")


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
    names = _field_names(cls)
    return {k: v for k, v in data.items() if k in names}


@cache  # asked for every block of every stored parse a build loads
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))
