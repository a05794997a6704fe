"""Command line: parse one page, build the site, check docs/, list articles to review.

Exit codes: 0 ok, 1 failure (bad input, failed check), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from pathlib import Path

from .errors import DigestError
from .models import Page

MESSAGE_LIMIT = 300  # characters of an error line


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if getattr(args, "split_years", False) and args.site is None:
        parser.error("--split-years splits the site: give --site too")
    try:
        return args.run(args)
    except DigestError as error:
        _error(str(error))
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `parse … | head`: the reader has what it wanted
        _quiet_stdout()
        return 1
    except Exception as error:  # a bug: still one line, and where to report it
        _error(
            f"{type(error).__name__}: {error} "
            "(an unexpected failure: please report it with the command you ran)"
        )
        return 1


def _error(message: str) -> None:
    """`error: message`: its first line cut to MESSAGE_LIMIT (a quoted value may be huge); the
    lines after it (a manifest to copy, say) as they are."""
    first, *rest = message.split("\n")
    line = f"error: {first}"
    if len(line) > MESSAGE_LIMIT:
        line = line[: MESSAGE_LIMIT - 1] + "…"
    line = line.encode("utf-8", "backslashreplace").decode("utf-8")  # a name that is not UTF-8
    print("\n".join([line, *rest]), file=sys.stderr)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so Python's flush at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="build_digest.py", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    parse = commands.add_parser(
        "parse",
        help="parse one raw page into articles",
        description="Parse one raw page (PDF-extracted text) into articles.",
    )
    parse.add_argument("page", help="page text file (UTF-8, UTF-8 with BOM, or GB18030)")
    parse.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: a readable view for editors (default); json: the parse contract",
    )
    parse.set_defaults(run=_parse)

    build = commands.add_parser(
        "build",
        help="turn sources/ into docs/ (and site/ with --site)",
        description="Parse and enrich every page under sources/, write docs/.",
    )
    build.add_argument(
        "--sources", type=Path, default=Path("sources"), help="issue folders (default: sources)"
    )
    build.add_argument("--docs", type=Path, default=Path("docs"), help="Markdown output (default: docs)")
    build.add_argument(
        "--site",
        type=Path,
        default=None,
        help="also run MkDocs and the search indexer into this folder (e.g. site)",
    )
    build.add_argument(
        "--split-years",
        action="store_true",
        help="with --site: build the site as a root and one part per year, rebuilding only the "
        "years whose pages changed (the search merges the years' indexes)",
    )
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    build.add_argument(
        "--timings",
        type=Path,
        default=None,
        metavar="FILE",
        help="write the seconds of each phase as JSON to FILE",
    )
    build.add_argument(
        "--summary",
        type=Path,
        default=None,
        metavar="FILE",
        help="append a Markdown summary (articles added, corrected, removed; those needing a look) "
        "to FILE, e.g. $GITHUB_STEP_SUMMARY",
    )
    build.add_argument(
        "--since",
        default=None,
        metavar="COMMIT",
        help="with --summary: count articles as added, corrected or removed against this git "
        "commit (default: HEAD, else what this build wrote when docs/ is not in git)",
    )
    build.set_defaults(run=_build)

    check = commands.add_parser(
        "check",
        help="check docs/ after hand edits (for editors and CI)",
        description="Check the pages of docs/ that editors changed or wrote: front "
        "matter, required fields, headings, links, source page files. "
        "Prints FILE:LINE: message for each problem; exit 1 if there is any.",
    )
    check.add_argument(
        "--docs",
        type=Path,
        default=Path("docs"),
        help="Markdown pages (default: docs); source paths are relative to its parent folder",
    )
    check.set_defaults(run=_check)

    review = commands.add_parser(
        "review",
        help="list the articles of the last build an editor should look at, worst first",
        description="List the articles of the last build (its parses in docs/.digest/) worst "
        "first: each with its review confidence, the docs/ file and line of its title "
        "heading to open, and the reasons to doubt its parse. Articles an editor "
        "corrected are left out. Exit 0 when listed, 1 without a build record.",
    )
    review.add_argument(
        "--sources", type=Path, default=Path("sources"), help="issue folders (default: sources)"
    )
    review.add_argument("--docs", type=Path, default=Path("docs"), help="the built docs (default: docs)")
    review.add_argument("--issue", default=None, metavar="KEY", help="only this issue (its folder name)")
    review.add_argument(
        "--limit",
        type=int,
        default=20,
        metavar="N",
        help="list at most N articles (default 20; 0 for all)",
    )
    review.set_defaults(run=_review)
    return parser


def _parse(args: argparse.Namespace) -> int:
    from .parse.read import read_raw_page

    raw = read_raw_page(args.page)  # bad input is reported before the dictionaries load
    from .build import process_page

    page = process_page(raw)
    if args.format == "json":
        json.dump(page.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(render_text(page))
    return 0


def _build(args: argparse.Namespace) -> int:
    from .build import build

    report = build(
        args.sources,
        args.docs,
        site=args.site,
        progress=not args.quiet and sys.stderr.isatty(),
        split_years=args.split_years,
    )
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(report.summary_line())
    print(report.review_line())
    for note in report.notes():
        print(note)
    if args.timings:
        args.timings.write_text(json.dumps(report.timings, indent=1) + "\n", encoding="utf-8")
    if args.summary:
        with open(args.summary, "a", encoding="utf-8") as out:
            out.write(_summary(args, report))
    return 0


def _summary(args: argparse.Namespace, report) -> str:
    """The build's Markdown summary (editorial/build_summary.py)."""
    from .editorial.build_summary import ArticleChanges, summary_markdown
    from .editorial.history import changed_since
    from .editorial.record import BuildRecord
    from .editorial.review import review_list
    from .site.archive import place

    placed, record = report.published, BuildRecord.load(args.docs)  # as the build just left them
    base = args.since or "HEAD"
    statuses = changed_since(args.docs, base)
    if statuses is None and args.since:
        raise DigestError(f"--since {args.since}: git cannot compare {args.docs} with that commit")
    if statuses is None:  # docs/ outside git: what this build wrote (new and changed alike)
        base, statuses = "", {p: "M" for p in report.result.written} | {p: "D" for p in report.result.removed}
    listed, _ = review_list(placed, record)
    titles = {entry.path: entry.article.title for entry in place(placed)[0]}
    return summary_markdown(
        report.summary_line(),
        ArticleChanges.of(statuses),
        base,
        titles,
        report.corrections,
        listed,
        args.docs.as_posix(),
    )


def _check(args: argparse.Namespace) -> int:
    from .editorial.check import check

    if not args.docs.is_dir():
        raise DigestError(f"{args.docs}: no such folder")
    report = check(args.docs)
    for problem in report.problems:
        print(problem)
    print(
        f"{args.docs}: {report.checked} of {report.pages} pages checked "
        "(the rest are as the build wrote them), "
        f"{len(report.problems) or 'no'} problems",
        file=sys.stderr,
    )
    return 1 if report.problems else 0


def _review(args: argparse.Namespace) -> int:
    from .editorial.review import THRESHOLD, describe, review_list

    if args.limit < 0:
        raise DigestError("--limit must be 0 or more")
    placed, pending, record = _last_build(args.sources, args.docs)
    if args.issue is not None:
        placed = [item for item in placed if item.issue.key == args.issue]
        if not placed:
            raise DigestError(f"no issue {args.issue!r} under {args.sources}")
    listed, corrected = review_list(placed, record)
    below = sum(1 for item in listed if item.review.needs_look)
    shown = listed[: args.limit] if args.limit else listed
    for item in shown:
        print("\n".join(describe(item, args.docs.as_posix())))
    print(
        f"{below} of {len(listed)} articles need a look (confidence below {THRESHOLD}), "
        f"{len(shown)} listed, {corrected} corrected by editors left out",
        file=sys.stderr,
    )
    if pending:
        print(
            f"{len(pending)} page files changed since the last build: run build_digest.py build",
            file=sys.stderr,
        )
    return 0


def _last_build(sources: Path, docs: Path):
    """The pages of the last build (from its record), the page files changed since, the record."""
    from .build import gather
    from .editorial.record import BuildRecord
    from .enrich.continued import join_continued

    record = BuildRecord.load(docs)
    if not record.sources:
        raise DigestError(f"{docs}: no build record (run build_digest.py build first)")
    placed, pending, _ = gather(sources, record, record.parser)
    for item in pending:  # changed since the last build: the parse that build published
        item.placed.page = record.previous_parse(item.placed.source) or item.placed.page
    placed, _ = join_continued(placed)  # continued articles as the build published them
    return placed, pending, record


def render_text(page: Page, width: int = 76) -> str:
    """The parse as an editor reads it: each article's headlines, people, body and captions."""
    out = [f"{page.source}: {len(page.articles)} articles"]
    for number, article in enumerate(page.articles, 1):
        out.append("")
        heads = [h for h in (article.kicker, article.title or "(no title)", article.subtitle) if h]
        out.append(f"[{number}] " + " / ".join(heads) + f"  ({article.id})")
        people = ", ".join(f"{a.name}({a.role})" if a.role else a.name for a in article.authors)
        tags = " · ".join(x for x in (article.park, article.province, "、".join(article.topics)) if x)
        for label, value in (
            ("dateline", article.dateline),
            ("authors", people),
            ("tags", tags),
            ("keywords", "、".join(article.keywords)),
            ("summary", article.summary),
        ):
            if value:
                out += ["    " + line for line in wrap(f"{label}: {value}", width - 4)]
        for block in article.blocks:
            prefix = "  ## " if block.type == "heading" else "    "
            out += [""] + [prefix + line for line in wrap(block.text, width - 4)]
        for caption in article.captions:
            out.append(f"    [图] {caption.text} {caption.label}{caption.credit}".rstrip())
    for label, lines in (("furniture", page.furniture), ("unassigned", page.unassigned)):
        if lines:
            out += ["", f"{label}:"] + [f"    {line}" for line in lines]
    return "\n".join(out)


def wrap(text: str, columns: int) -> list[str]:
    """Cut text into lines of at most `columns` terminal columns (a Chinese character takes two)."""
    lines, line, used = [], "", 0
    for ch in text:
        cost = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + cost > columns:
            lines.append(line)
            line, used = "", 0
        line += ch
        used += cost
    return lines + [line] if line else lines
