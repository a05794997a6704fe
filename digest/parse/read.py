"""Read stage: page files and issue manifests from disk into plain data.

This and the writers are the only modules that touch files. What is read is checked
before anything is parsed, and every refusal is one line naming the file (and the line):

- a page file is at most PAGE_LIMIT bytes (a real page is under ~30 KB); it is UTF-8
  (with or without BOM), UTF-16 (with or without BOM), GB18030 or Big5, the last ones
  told apart by charset-normalizer; text that decodes to private-use or replacement
  characters is refused (it was decoded with the wrong encoding, or is damaged), save a few
  symbol-font glyphs (U+F020–U+F0FF: how an extractor writes a Wingdings arrow or bullet its
  font maps to no Unicode character, kept as printed), and
  control characters XML 1.0 forbids are removed and counted; Kangxi-radical and
  CJK-compatibility code points, which some PDF fonts map common characters to (⾼ for 高),
  are read as the ideograph they stand for, small, vertical and half-width forms of
  punctuation (﹐, ︒, ｡) as the full-width mark (full-width ASCII stays as printed);
- a manifest (issue.yml) is small UTF-8 YAML without anchors or aliases, with exactly
  the keys publication, date and pages (each page: file, number, name); its date is a
  real day or month and is the name of the issue's folder (the folder is the URL);
- nothing outside the sources folder is read: a page file or issue folder that is a
  link leading out of it is refused.
"""

from __future__ import annotations

import calendar
import codecs
import os
import re
import unicodedata
from pathlib import Path

import yaml

from ..errors import DigestError
from ..models import Issue, IssuePage, RawPage

MANIFEST = "issue.yml"
ISSUE_DATE = re.compile(r"[0-9]{4}-[0-9]{2}(-[0-9]{2})?", re.ASCII)
PAGE_LIMIT = 512 * 1024
MANIFEST_LIMIT = 64 * 1024
MANIFEST_KEYS = ("publication", "date", "pages")
PAGE_KEYS = ("file", "number", "name")
# Control characters XML 1.0 does not allow (tab, newline and carriage return it does).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Kangxi radicals, CJK radicals supplement and the CJK compatibility ideographs: look-alikes of
# ordinary ideographs that NFKC maps back; NFKC of the whole text would also fold full-width
# ASCII, which the parse keeps as printed.
_LOOKALIKE_IDEOGRAPHS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")
# Small forms (﹐﹑﹕﹙﹚, U+FE50–FE6B) and vertical forms (︐︒︵︶, U+FE10–FE19 and U+FE30–FE4F) of
# punctuation: what a PDF font of a vertical or compact setting maps its marks to; and the
# half-width ideographic marks (｡､｢｣, U+FF61–FF64), what a broken ToUnicode map writes for the
# full stop, the enumeration comma and the corner brackets. They stand for the ordinary
# full-width marks, which every later pass reads (NFKC would make them ASCII or leave them).
_PUNCTUATION_FORMS = str.maketrans(
    "﹐﹑﹒﹔﹕﹖﹗﹘﹙﹚﹛﹜﹝﹞﹟﹠﹡﹢﹣﹤﹥﹦﹨﹩﹪﹫"
    "︐︑︒︓︔︕︖︗︘︙︰︱︲︵︶︷︸︹︺︻︼︽︾︿﹀﹁﹂﹃﹄﹇﹈"
    "｡､｢｣",
    "，、．；：？！—（）｛｝〔〕＃＆＊＋－＜＞＝＼＄％＠"
    "，、。：；！？〖〗…‥—–（）｛｝〔〕【】《》〈〉「」『』［］"
    "。、「」",
)
# Zero-width spaces and joiners some extractors set between glyphs: invisible in print, they
# would otherwise split words and titles for every later pass.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")
# What Unicode counts as a line boundary besides CR and LF: a vertical tab (a converter's soft
# break), the information separators, NEL and the line and paragraph separators. An extractor that
# writes one of them ends a printed line there; the parse reads lines split at "\n".
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x1c-\x1e\x85\u2028\u2029]")
_SUSPECT = re.compile("[\ue000-\uf01f\uf100-\uf8ff\ufffd\U000f0000-\U0010ffff]")  # private use, replacement
_SYMBOL_GLYPH = re.compile("[\uf020-\uf0ff]")
# Symbol-font glyphs mark bylines and list items, a few to a page; text decoded with the wrong
# codec is thick with private-use characters
SYMBOL_GLYPH_SHARE = 0.01
_ENCODINGS = {  # charset-normalizer's name -> the codec a page is decoded with
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "cp950": "big5hkscs",
    "utf_16_le": "utf-16-le",
    "utf_16_be": "utf-16-be",
    "utf_16": "utf-16",
}


def cut(value: object, limit: int = 60) -> str:
    """A value quoted for a message, cut to `limit` characters: messages stay one short line."""
    text = str(value)
    shown = repr(text[:limit] + ("…" if len(text) > limit else ""))
    return shown


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"


def decode(data: bytes, name: str) -> str:
    """Decode page bytes and normalise newlines (see decode_page)."""
    return decode_page(data, name)[0]


def decode_page(data: bytes, name: str) -> tuple[str, int]:
    """Page bytes as text with "\\n" newlines, and how many forbidden control characters were removed."""
    if len(data) > PAGE_LIMIT:
        raise DigestError(f"{name}: {_size(len(data))} is not a newspaper page (limit {_size(PAGE_LIMIT)})")
    if not data.strip():
        raise DigestError(f"{name}: the file is empty")
    text = _decoded(data, name)
    if not text.strip():
        raise DigestError(f"{name}: the file is empty")
    text = _LINE_BREAKS.sub("\n", text)
    if _control_ratio(text) > 0.01:
        raise DigestError(f"{name}: this is a binary file, not page text")
    suspect = _SUSPECT.search(text)
    if suspect is None and len(_SYMBOL_GLYPH.findall(text)) > SYMBOL_GLYPH_SHARE * len(text):
        suspect = _SYMBOL_GLYPH.search(text)
    if suspect:
        line = text.count("\n", 0, suspect.start()) + 1
        raise DigestError(
            f"{name}:{line}: private-use or replacement characters (U+{ord(suspect.group()):04X}): the text "
            "is damaged or not in UTF-8, UTF-16, GB18030 or Big5"
        )
    text, removed = _FORBIDDEN.subn("", text)
    return ordinary_forms(_INVISIBLE.sub("", text)), removed


def ordinary_forms(text: str) -> str:
    """The text with each look-alike code point read as what it stands for: a Kangxi radical (⾼)
    as its ideograph (高), a small or vertical form of a mark (﹐, ︒) as the full-width mark (，, 。)."""
    text = _LOOKALIKE_IDEOGRAPHS.sub(lambda match: unicodedata.normalize("NFKC", match.group()), text)
    return text.translate(_PUNCTUATION_FORMS)


def _decoded(data: bytes, name: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Windows editors save "Unicode" so
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DigestError(f"{name}: the text is damaged UTF-16") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    codec = _ENCODINGS.get(best.encoding) if best is not None else None
    if codec is None and b"\x00" in data:
        raise DigestError(f"{name}: this is a binary file, not page text")
    for encoding in [codec] if codec else ["gb18030"]:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    raise DigestError(f"{name}: the text is neither UTF-8, UTF-16, GB18030 nor Big5")


def _control_ratio(text: str) -> float:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / len(text)


def read_page_bytes(path: Path, name: str | None = None) -> bytes:
    """A page file's bytes, refused before reading when it is too large to be a page."""
    name = name or str(path)
    try:
        size = path.stat().st_size
        if size > PAGE_LIMIT:
            raise DigestError(f"{name}: {_size(size)} is not a newspaper page (limit {_size(PAGE_LIMIT)})")
        return path.read_bytes()
    except FileNotFoundError:
        raise DigestError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise DigestError(f"{name}: is a folder, not a page file") from None
    except OSError as error:
        raise DigestError(f"{name}: cannot read ({error.strerror})") from None


def read_raw_page(path: str | Path) -> RawPage:
    path = Path(path)
    data = read_page_bytes(path)
    return RawPage(source=path.name, text=decode(data, str(path)))


def manifest_example(folder: Path, files: list[str]) -> str:
    pages = "".join(f"  - file: {name}\n    number: {i}\n    name: 园区\n" for i, name in enumerate(files, 1))
    return (
        "publication: 中国高新技术产业导报\n"
        f"date: {folder.name if ISSUE_DATE.fullmatch(folder.name) else 'YYYY-MM-DD'}\n"
        f"pages:\n{pages}"
    )


class _ManifestLoader(yaml.SafeLoader):
    """Safe YAML where dates stay text: a date is checked here, never half-built by PyYAML."""


class _FastManifestLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """_ManifestLoader with libyaml's scanner and parser (10x faster: an archive has hundreds
    of manifests); a manifest it fails on is read again by _ManifestLoader, for its message."""


_ManifestLoader.yaml_implicit_resolvers = _FastManifestLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_issue(folder: str | Path, root: str | Path | None = None) -> Issue:
    """Read sources/<issue>/issue.yml and check it against the page files in the folder.
    `root` is the sources folder (by default the folder's parent): nothing outside it is read."""
    folder = Path(folder)
    root = Path(root) if root is not None else folder.parent
    _inside(folder, root, "issue folder")
    texts = sorted(p.name for p in folder.iterdir() if p.suffix.lower() == ".txt" and not p.is_dir())
    path = folder / MANIFEST
    if not path.exists() and not path.is_symlink():
        raise DigestError(f"{folder}: no {MANIFEST}; write one like this:\n{manifest_example(folder, texts)}")
    _inside(path, root, "manifest")
    if path.is_dir():
        raise DigestError(f"{path}: is a folder, not a manifest")
    try:
        data = path.read_bytes() if path.stat().st_size <= MANIFEST_LIMIT else None
    except OSError as error:
        raise DigestError(f"{path}: cannot read ({error.strerror})") from None
    if data is None:
        raise DigestError(f"{path}: larger than {_size(MANIFEST_LIMIT)}: not an issue manifest")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise DigestError(f"{path}:{line}: not UTF-8 text: save the manifest as UTF-8") from None
    issue = _issue_from(_load_manifest(text, path), folder, path, root)
    listed = {p.file for p in issue.pages}
    unlisted = [name for name in texts if name not in listed]
    if unlisted:
        raise DigestError(
            f"{path}: no manifest entry for {', '.join(unlisted)}; add to pages:\n"
            + manifest_example(folder, unlisted).split("pages:\n", 1)[1]
        )
    return issue


def _inside(path: Path, root: Path, what: str) -> None:
    """Refuse a link that leads out of the sources folder."""
    if path.is_symlink() and not path.resolve().is_relative_to(root.resolve()):
        raise DigestError(f"{path}: the {what} is a link to outside {root.name}/, which is never read")


def _load_manifest(text: str, path: Path) -> tuple[object, yaml.Node | None]:
    """The manifest's data and its node tree (for the line of each key)."""
    try:
        return _loaded(text, path, _FastManifestLoader)
    except yaml.YAMLError:
        pass  # read again by PyYAML: what it makes of it, or its message
    try:
        return _loaded(text, path, _ManifestLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or "a syntax error"
        raise DigestError(f"{path}{where}: not valid YAML ({cut(problem)})") from None


def _loaded(text: str, path: Path, loader: type) -> tuple[object, yaml.Node | None]:
    for token in yaml.scan(text, Loader=loader):
        if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
            raise DigestError(
                f"{path}:{token.start_mark.line + 1}: YAML anchors and aliases (& and *) "
                "are not allowed in a manifest: write each value out"
            )
    node = yaml.compose(text, Loader=loader)
    return yaml.load(text, Loader=loader), node


def _lines(node: yaml.Node | None) -> dict:
    """{key: line} of a mapping node (1-based), and {(index, key): line} of the pages list."""
    lines: dict = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        lines[key.value] = key.start_mark.line + 1
        if key.value == "pages" and isinstance(value, yaml.SequenceNode):
            for index, item in enumerate(value.value):
                lines[(index, None)] = item.start_mark.line + 1
                if isinstance(item, yaml.MappingNode):
                    for k, _ in item.value:
                        if isinstance(k, yaml.ScalarNode):
                            lines[(index, k.value)] = k.start_mark.line + 1
    return lines


def _check_date(date: object, where: str) -> str:
    if isinstance(date, str) and ISSUE_DATE.fullmatch(date):
        year, month, day = (date.split("-") + [None])[:3]
        if 1 <= int(month) <= 12 and (
            day is None or 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]
        ):
            return date
    raise DigestError(f"{where}: date must be a real day YYYY-MM-DD or month YYYY-MM, not {cut(date)}")


def _issue_from(loaded: tuple[object, yaml.Node | None], folder: Path, path: Path, root: Path) -> Issue:
    data, lines = loaded[0], _lines(loaded[1])
    if not isinstance(data, dict):
        raise DigestError(f"{path}: expected a mapping with publication, date and pages")
    for key in data:
        if key not in MANIFEST_KEYS:
            raise DigestError(
                f"{path}:{lines.get(key, 1)}: unknown key {cut(key)} "
                "(a manifest has publication, date and pages)"
            )
    where = f"{path}:{lines.get('date', 1)}"
    date = _check_date(data.get("date"), where)
    if folder.name != date:
        raise DigestError(
            f"{where}: date {date} is not the folder's name {cut(folder.name)}: the folder is the issue's "
            "URL; name it after the date"
        )
    publication = data.get("publication") or ""
    if not isinstance(publication, str):
        raise DigestError(f"{path}:{lines.get('publication', 1)}: publication must be text")
    entries = data.get("pages") or []
    if not isinstance(entries, list):
        raise DigestError(f"{path}:{lines.get('pages', 1)}: pages must be a list of file, number and name")
    pages = []
    for index, entry in enumerate(entries):
        at = f"{path}:{lines.get((index, None), 1)}"
        if not isinstance(entry, dict):
            raise DigestError(f"{at}: each page needs file, number and name, not {cut(entry)}")
        for key in entry:
            if key not in PAGE_KEYS:
                raise DigestError(
                    f"{path}:{lines.get((index, key), 1)}: unknown key {cut(key)} "
                    "(a page has file, number and name)"
                )
        missing = [key for key in PAGE_KEYS if key not in entry]
        if missing:
            raise DigestError(f"{at}: the page needs {', '.join(missing)}")
        file, number, name = entry["file"], entry["number"], entry["name"]
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            raise DigestError(
                f"{path}:{lines.get((index, 'number'), 1)}: number must be a page number, not {cut(number)}"
            )
        if not isinstance(file, str) or not isinstance(name, str):
            raise DigestError(f"{at}: file and name must be text")
        page_path = folder / file
        if (
            "/" in file
            or "\\" in file
            or file in ("", ".", "..")
            or not (page_path.is_file() or page_path.is_symlink())
        ):
            raise DigestError(
                f"{path}:{lines.get((index, 'file'), 1)}: page file {cut(file)} is not in {folder}"
            )
        _inside(page_path, root, "page file")
        if not page_path.is_file():
            raise DigestError(
                f"{path}:{lines.get((index, 'file'), 1)}: page file {cut(file)} is not in {folder}"
            )
        pages.append(IssuePage(file=file, number=number, name=name))
    return Issue(key=folder.name, publication=publication, date=date, pages=pages, folder=folder)


def read_issues(root: str | Path) -> list[Issue]:
    """Every issue folder under sources/, oldest first."""
    root = Path(root)
    if not root.is_dir():
        raise DigestError(f"{root}: no sources folder")
    folders = []
    for folder in sorted(root.iterdir()):
        if not folder.is_dir():
            continue
        try:
            os.fsencode(folder.name).decode("utf-8")
        except UnicodeDecodeError:
            raise DigestError(f"{root}: the folder name {folder.name!r} is not UTF-8: rename it") from None
        folders.append(folder)
    return [read_issue(folder, root) for folder in folders]
