"""Read stage: page files and issue manifests from disk into plain data.

This and the writers are the only modules that touch files.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from pathlib import Path

import yaml

from ..errors import DigestError
from ..models import Issue, IssuePage, RawPage

MANIFEST = "issue.yml"
ISSUE_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def decode(data: bytes, name: str) -> str:
    """Decode page bytes (UTF-8 with or without BOM, else GB18030) and normalise newlines."""
    if not data.strip():
        raise DigestError(f"{name}: the file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Windows editors save "Unicode" so
        data = data.decode("utf-16").encode("utf-8")
    if b"\x00" in data:
        raise DigestError(f"{name}: this is a binary file, not page text")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise DigestError(f"{name}: the text is neither UTF-8 nor GB18030")
    if _control_ratio(text) > 0.01:
        raise DigestError(f"{name}: this is a binary file, not page text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _control_ratio(text: str) -> float:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / len(text)


def read_raw_page(path: str | Path) -> RawPage:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DigestError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DigestError(f"{path}: is a folder, not a page file") from None
    except OSError as error:
        raise DigestError(f"{path}: cannot read ({error.strerror})") from None
    return RawPage(source=path.name, text=decode(data, str(path)))


def manifest_example(folder: Path, files: list[str]) -> str:
    pages = "".join(f"  - file: {name}\n    number: {i}\n    name: 园区\n" for i, name in enumerate(files, 1))
    return (
        "publication: 中国高新技术产业导报\n"
        f"date: {folder.name if ISSUE_DATE.match(folder.name) else 'YYYY-MM-DD'}\n"
        f"pages:\n{pages}"
    )


def read_issue(folder: str | Path) -> Issue:
    """Read sources/<issue>/issue.yml and check it against the page files in the folder."""
    folder = Path(folder)
    texts = sorted(p.name for p in folder.glob("*.txt"))
    path = folder / MANIFEST
    if not path.exists():
        raise DigestError(f"{folder}: no {MANIFEST}; write one like this:\n{manifest_example(folder, texts)}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise DigestError(f"{path}{where}: not valid YAML") from None
    issue = _issue_from(data, folder, path)
    listed = {p.file for p in issue.pages}
    unlisted = [name for name in texts if name not in listed]
    if unlisted:
        raise DigestError(
            f"{path}: no manifest entry for {', '.join(unlisted)}; add to pages:\n"
            + manifest_example(folder, unlisted).split("pages:\n", 1)[1]
        )
    return issue


def _issue_from(data: dict, folder: Path, path: Path) -> Issue:
    if not isinstance(data, dict):
        raise DigestError(f"{path}: expected a mapping with publication, date and pages")
    date = data.get("date")
    if isinstance(date, dt.date):
        date = date.isoformat()
    date = str(date or "")
    if not ISSUE_DATE.match(date):
        raise DigestError(f"{path}: date must be YYYY-MM-DD or YYYY-MM, not {date!r}")
    pages = []
    for entry in data.get("pages") or []:
        try:
            pages.append(
                IssuePage(file=str(entry["file"]), number=int(entry["number"]), name=str(entry["name"]))
            )
        except (KeyError, TypeError, ValueError):
            raise DigestError(f"{path}: each page needs file, number and name: {entry!r}") from None
        if "/" in pages[-1].file or "\\" in pages[-1].file or not (folder / pages[-1].file).is_file():
            raise DigestError(f"{path}: page file {pages[-1].file!r} is not in {folder}")
    return Issue(
        key=folder.name, publication=str(data.get("publication") or ""), date=date, pages=pages, folder=folder
    )


def read_issues(root: str | Path) -> list[Issue]:
    """Every issue folder under sources/, oldest first."""
    root = Path(root)
    if not root.is_dir():
        raise DigestError(f"{root}: no sources folder")
    return [read_issue(folder) for folder in sorted(p for p in root.iterdir() if p.is_dir())]
