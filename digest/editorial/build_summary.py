"""What a build changed, in Markdown for CI's job summary: articles added and removed,
corrections, and the articles an editor should look at first.

CI builds a docs/ that is already committed, so "added" cannot come from the build's own
writes there: it comes from git, as the article pages that differ from a base commit (the
commit before the push, or a pull request's base). Without a base, the build's writes are
what changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Correction
from ..site.urls import ARTICLE_PAGE
from .review import THRESHOLD, Listed

LISTED_TO_REVIEW = 10  # the worst articles shown; the rest are a `review` away


@dataclass
class ArticleChanges:
    """Article pages (docs-relative) added, changed and removed since the base."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, statuses: dict[str, str]) -> ArticleChanges:
        """From git's name-status letters ({path: "A" | "M" | "D"}), article pages only."""
        changes = cls()
        kinds = {"A": changes.added, "M": changes.changed, "D": changes.removed}
        for path, status in sorted(statuses.items()):
            if ARTICLE_PAGE.match(path) and status in kinds:
                kinds[status].append(path)
        return changes


def summary_markdown(
    summary_line: str,
    changes: ArticleChanges,
    base: str,
    titles: dict[str, str],
    corrections: list[Correction],
    to_review: list[Listed],
    docs: str = "docs",
) -> str:
    """The job summary: the build's line, what changed since `base`, the review list's head."""
    touched = set(changes.added + changes.changed + changes.removed)
    corrected = [c for c in corrections if c.path in touched]
    below = [item for item in to_review if item.review.needs_look]
    lines = ["## Digest build", "", summary_line, ""]
    if base:
        lines += [
            f"### Articles since {base}: {len(changes.added)} added, {len(corrected)} corrected, "
            f"{len(changes.removed)} removed",
            "",
        ]
        lines += [f"- added: {_cell(titles.get(path, ''))} (`{docs}/{path}`)" for path in changes.added]
        lines += [
            f"- corrected ({'、'.join(c.kinds)}): {_cell(c.title)} (`{docs}/{c.path}`)" for c in corrected
        ]
    else:  # no git to compare with: a page written may be new or changed
        lines += [
            f"### Articles this build wrote: {len(changes.changed)} written, {len(changes.removed)} removed "
            f"({docs}/ is not in git)",
            "",
        ]
        lines += [f"- written: {_cell(titles.get(path, ''))} (`{docs}/{path}`)" for path in changes.changed]
    lines += [f"- removed: `{docs}/{path}`" for path in changes.removed]
    lines += [
        "",
        f"### Needing a look: {len(below)} of {len(to_review)} articles (confidence below {THRESHOLD})",
        "",
    ]
    if below:
        lines += ["| confidence | article | open | reasons |", "|---|---|---|---|"]
        lines += [_review_row(item, docs) for item in below[:LISTED_TO_REVIEW]]
        if len(below) > LISTED_TO_REVIEW:
            lines += ["", f"{len(below) - LISTED_TO_REVIEW} more: `python build_digest.py review --limit 0`"]
    return "\n".join(lines) + "\n"


def _review_row(item: Listed, docs: str) -> str:
    title = _cell(item.review.article.title or "(无标题)")
    reasons = _cell("; ".join(reason.text for reason in item.review.reasons))
    return f"| {item.review.confidence:.2f} | {title} | `{docs}/{item.path}:{item.line}` | {reasons} |"


def _cell(text: str) -> str:
    """Text that cannot break a Markdown table row."""
    return text.replace("|", "\\|").replace("\n", " ")
