"""When and why pages in docs/ last changed, from git: the date and reason of a correction.

One `git status` and one `git log` over the pages asked about (the corrected ones,
a handful), not over the archive. A page with uncommitted changes, or docs/ outside a
git work tree (or no git at all), has no entry: the caller falls back to the date the
build first saw the change. CI needs the full history (checkout with fetch-depth: 0).

committed_version finds an earlier version of a page by its hash: what a new correction
is compared with when the build record does not hold that version's text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..models import CHINA

# "更正：标题误读" or "Correction: title misread" on a line of its own in the commit message.
_REASON = re.compile(r"^\s*(?:更正|correction)\s*[:：]\s*(.+?)\s*$", re.I | re.M)
_RECORD, _FIELD = "\x1e", "\x1f"


@dataclass(frozen=True)
class Change:
    date: dt.datetime  # the commit's date, in China time
    message: str

    @property
    def reason(self) -> str:
        match = _REASON.search(self.message)
        return match.group(1) if match else ""


def last_changes(docs: Path, paths: set[str]) -> dict[str, Change]:
    """{docs-relative path: its last commit} for the given pages whose working copy is committed."""
    if not paths:
        return {}
    prefix = _git(docs, "rev-parse", "--show-prefix")
    if prefix is None:
        return {}
    status = _git(
        docs, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames", "--", *sorted(paths)
    )
    log = _git(
        docs,
        "-c",
        "core.quotePath=off",
        "log",
        "--no-renames",
        "--relative",
        "--name-only",
        f"--format={_RECORD}%cI{_FIELD}%B{_FIELD}",
        "--",
        *sorted(paths),
    )
    if status is None or log is None:
        return {}
    prefix = prefix.strip()
    dirty = {entry[3:].removeprefix(prefix) for entry in status.split("\0") if entry}
    changes: dict[str, Change] = {}
    for commit in log.split(_RECORD)[1:]:  # newest first: the first mention of a path is its last change
        date, message, names = commit.split(_FIELD)
        change = Change(dt.datetime.fromisoformat(date).astimezone(CHINA), message.strip())
        for name in names.splitlines():
            if name in paths and name not in dirty:
                changes.setdefault(name, change)
    return changes


def committed_version(docs: Path, path: str, sha256: str, limit: int = 20) -> str | None:
    """The text of docs/`path` as committed, in the newest of its last `limit` commits whose
    bytes have this sha256; None if none has (or no git)."""
    log = _git(docs, "log", f"-n{limit}", "--format=%H", "--", path)
    for commit in (log or "").split():
        data = _git_bytes(docs, "show", f"{commit}:./{path}")
        if data is not None and hashlib.sha256(data).hexdigest() == sha256:
            return data.decode("utf-8", errors="replace")
    return None


def _git_bytes(docs: Path, *args: str) -> bytes | None:
    try:
        done = subprocess.run(["git", "-C", str(docs), *args], capture_output=True)
    except OSError:
        return None
    return done.stdout if done.returncode == 0 else None


def _git(docs: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(docs), *args], capture_output=True, text=True, encoding="utf-8"
        )
    except OSError:  # no git installed
        return None
    return done.stdout if done.returncode == 0 else None


def changed_since(docs: Path, base: str) -> dict[str, str] | None:
    """{docs-relative path: "A" | "M" | "D"} for the pages of docs/ whose working copy differs
    from commit `base`; None when git cannot tell (no git, not a work tree, unknown commit)."""
    diff = _git(docs, "-c", "core.quotePath=off", "diff", "--name-status", "--no-renames", "--relative", base)
    untracked = _git(docs, "-c", "core.quotePath=off", "ls-files", "--others", "--exclude-standard")
    if diff is None or untracked is None:
        return None
    statuses = {path: "A" for path in untracked.splitlines()}
    for line in diff.splitlines():
        status, _, path = line.partition("\t")
        statuses[path] = status[:1]
    return statuses
