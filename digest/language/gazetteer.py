"""China's national high-tech zones, from the project's own data/hitech_zones.tsv.

`mentions` is called on every article (and by the segmenter), so all names are
compiled once into a prefix-trie regex: one left-to-right scan finds the longest
name at each position, and matches never overlap.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import DATA
from .text import memo_by_text

ZONES_TSV = DATA / "hitech_zones.tsv"

# Suffixes stripped from a city or province name to get the stem that news
# text puts in front of a park name ("潍坊" from "潍坊市").
_PLACE_SUFFIXES = (
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "朝鲜族自治州",
    "彝族自治州",
    "回族自治州",
    "自治州",
    "地区",
    "省",
    "市",
)


@dataclass(frozen=True)
class Zone:
    official: str
    short: str
    aliases: tuple[str, ...]
    province: str
    city: str

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the data gives, official first."""
        return tuple(dict.fromkeys((self.official, self.short, *self.aliases)))

    @property
    def place_stems(self) -> frozenset[str]:
        """The zone's own city and province stems ("保定", "河北")."""
        return frozenset(_stems(self.city) | _stems(self.province))


def _stems(place: str) -> set[str]:
    """Stems of a place field; a field may hold several ("阿克苏地区/阿拉尔市(兵团第一师)")."""
    out = set()
    for part in re.split(r"[/|]", re.sub(r"[(（][^)）]*[)）]", "", place)):
        part = part.strip()
        for suffix in _PLACE_SUFFIXES:
            if part.endswith(suffix) and len(part) > len(suffix) + 1:
                part = part[: -len(suffix)]
                break
        if len(part) >= 2:
            out.add(part)
    return out


def _spelling_variants(name: str) -> set[str]:
    """Forms of a name that articles print but the data need not list."""
    variants = {name}
    # "西部(重庆)科学城" is printed with full-width parentheses.
    variants.add(name.replace("(", "（").replace(")", "）"))
    # The three 火炬 zones are officially 高技术, but often printed 高新技术.
    if "高技术产业开发区" in name:
        variants.add(name.replace("高技术产业开发区", "高新技术产业开发区"))
    return variants


def _city_form(zone: Zone) -> set[str]:
    """ "保定市高新区" for a zone whose short name is "保定高新区"."""
    out = set()
    for stem in _stems(zone.city):
        if zone.short.startswith(stem) and not zone.short.startswith(stem + "市"):
            out.add(stem + "市" + zone.short[len(stem) :])
    return out


@lru_cache(maxsize=1)
def zones() -> list[Zone]:
    """All zones in data order, read once."""
    with open(ZONES_TSV, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [
        Zone(
            official=row["official_name"].strip(),
            short=row["short_name"].strip(),
            aliases=tuple(a.strip() for a in row["common_aliases"].split("|") if a.strip()),
            province=row["province"].strip(),
            city=row["city"].strip(),
        )
        for row in rows
    ]


@lru_cache(maxsize=1)
def _name_index() -> dict[str, Zone]:
    """Every printable form of every name -> its zone (first zone in data order wins a clash)."""
    index: dict[str, Zone] = {}
    for zone in zones():
        forms = set()
        for name in zone.names:
            forms |= _spelling_variants(name)
        forms |= _city_form(zone)
        for form in sorted(forms):
            index.setdefault(form, zone)
    return index


def all_names() -> list[str]:
    """Every name form the gazetteer recognises (for the tokenizer's user dictionary)."""
    return sorted(_name_index())


def lookup(name: str) -> Zone | None:
    """The zone called `name` by any of its names, or None."""
    return _name_index().get(re.sub(r"\s+", "", name or ""))


@lru_cache(maxsize=1)
def place_stems() -> frozenset[str]:
    """City and province stems of all zones ("潍坊", "山东")."""
    stems: set[str] = set()
    for zone in zones():
        stems |= zone.place_stems
    return frozenset(stems)


def _trie_pattern(words: list[str]) -> str:
    """A regex source that matches any of `words`, preferring the longest at each position.

    A plain alternation would try hundreds of branches at every character; a trie
    shares prefixes, so each position costs one branch per distinct next character.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        ends_here = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends_here:  # greedy optional: the longer name is tried before stopping here
            body = "(?:" + body + ")?"
        return body

    return build(trie)


@lru_cache(maxsize=1)
def _matchers() -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
    """One trie regex for the Chinese names, one for the Latin ones ("SIP"), each with the
    regex a text must hold a match of before it is scanned (None: scan every text).

    They stay apart because a lookbehind in front of the Chinese trie would stop
    the regex engine from skipping ahead on the trie's first characters, which
    makes the scan several times slower. The Latin trie needs its lookbehind, so its
    bare trie is sought first, at that speed: most texts name no Latin name at all.
    """
    cjk = [n for n in _name_index() if not n.isascii()]
    latin = [n for n in _name_index() if n.isascii()]
    matchers: list[tuple[re.Pattern[str], re.Pattern[str] | None]] = [(re.compile(_trie_pattern(cjk)), None)]
    if latin:  # a Latin name must not match inside a longer Latin word
        bare = _trie_pattern(latin)
        matchers.append((re.compile(r"(?<![A-Za-z0-9])(?:" + bare + r")(?![A-Za-z0-9])"), re.compile(bare)))
    return tuple(matchers)


def _is_other_place(text: str, start: int, zone: Zone) -> bool:
    """True when the name is preceded by another zone's city or province stem: then it
    is that place's park ("潍坊滨海高新区" is not 天津's 滨海高新区)."""
    foreign = place_stems()
    for width in (4, 3, 2):
        stem = text[max(0, start - width) : start]
        if len(stem) == width and stem in foreign:
            return stem not in zone.place_stems
    return False


@memo_by_text  # asked of a line by several rules (does it open with a park?), and by `mentions`
def find(text: str) -> tuple[tuple[Zone, int, int], ...]:
    """(zone, start, end) of every park name in `text`, left to right, longest name
    at each position, never overlapping; names that belong to another place's park
    ("潍坊滨海高新区") are skipped."""
    index = _name_index()
    scans = [pattern.finditer(text) for pattern, gate in _matchers() if gate is None or gate.search(text)]
    matches = sorted((m for scan in scans for m in scan), key=lambda m: m.start())
    found = []
    for m in matches:
        zone = index[m.group()]
        if not _is_other_place(text, m.start(), zone):
            found.append((zone, m.start(), m.end()))
    return tuple(found)  # kept by the memo: no caller may change it


def opening(text: str) -> tuple[Zone, int] | None:
    """The park whose name `text` opens with, and the name's end: what `find` would list first
    with no place's name before it, found without scanning the rest of the text."""
    index = _name_index()
    for pattern, _ in _matchers():
        match = pattern.match(text)
        if match:
            return index[match.group()], match.end()
    return None


@memo_by_text
def mentions(text: str) -> tuple[tuple[Zone, int, int], ...]:
    """(zone, number of mentions, offset of the first) for every zone named in `text`,
    in order of first mention."""
    # one plain dict of [count, first offset] a zone: a zone's hash is worked out over all its names
    # each time it is asked, once a mention here (a Counter is made in Python, several times slower)
    seen: dict[Zone, list[int]] = {}
    for zone, start, _ in find(text):
        mentioned = seen.get(zone)
        if mentioned is None:
            seen[zone] = [1, start]
        else:
            mentioned[0] += 1
    return tuple((zone, count, first) for zone, (count, first) in seen.items())
