"""Build: sources/ -> docs/ (Markdown pages and feeds) -> optionally site/ (MkDocs, Pagefind).

Incremental: a page file whose bytes and parser are unchanged is taken from the build
record instead of being parsed again, so jieba is loaded only when something needs
parsing. Everything else (index pages, feeds, neighbours) is re-rendered in memory
each time, which is cheap, and written only where the bytes differ. See record.py for
how pages edited by hand in docs/ are kept.

A page's keywords use the archive IDF of the build that parsed it; older pages are not
parsed again when new issues arrive, only when the parse code or data changes (then
every page is, and docs/ equals a clean build's). A page parsed again keeps its
articles' ids (identity.py); segmentation changes are reported, not hidden.

Editors' corrections in docs/ (corrections.py) are read before rendering: the site
shows articles as corrected, the build leaves the editors' pages alone, and the
corrections page and feed list what changed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.utils.yaml import yaml_load

from .corrections import Correction, find_editorial
from .errors import DigestError
from .feeds import render_feeds
from .identity import IdChange, carry_ids
from .models import Page, RawPage
from .read import decode, read_issues
from .record import BuildRecord, SyncResult
from .render import SiteConfig, render_pages
from .search_index import write_index
from .site_index import CHINA, CORRECTIONS_PAGE, Archive, PlacedPage

PACKAGE = Path(__file__).resolve().parent
DATA = PACKAGE.parent / "data"
# Modules that turn parses into files; changing them never calls for parsing again.
_RENDER_MODULES = {"__init__.py", "build.py", "check.py", "cli.py", "corrections.py", "feeds.py", "history.py",
                   "identity.py", "markup.py", "pagefile.py", "record.py", "render.py", "search_index.py",
                   "site_index.py"}


@dataclass
class BuildReport:
    sources: int
    parsed: int
    articles: int
    result: SyncResult = field(default_factory=SyncResult)
    seconds: float = 0.0
    corrections: list[Correction] = field(default_factory=list)
    id_changes: list[IdChange] = field(default_factory=list)

    def summary_line(self) -> str:
        r = self.result
        line = (f"{self.sources} page files ({self.parsed} parsed), {self.articles} articles: "
                f"{len(r.written)} files written, {len(r.unchanged)} unchanged, {len(r.removed)} removed")
        if r.kept:
            shown = ", ".join(r.kept[:3]) + (", ..." if len(r.kept) > 3 else "")
            line += f", {len(r.kept)} kept as edited in docs/ ({shown})"
        if self.corrections:
            line += f", {len(self.corrections)} corrections (docs/{CORRECTIONS_PAGE})"
        return line + f" in {self.seconds:.1f} s"

    def notes(self) -> list[str]:
        """Segmentation changes: articles an editor should look at (their pages, if edited, are kept)."""
        return [f"segmentation changed in {change.describe()}" for change in self.id_changes]


def build(sources: Path, docs: Path, site: Path | None = None, progress: bool = True,
          config: Path | None = None) -> BuildReport:
    """Parse what changed under `sources`, write docs/, and with `site` also build the site.

    `config` is mkdocs.yml, by default beside docs/; it gives site_url and the repository link.
    """
    started = time.perf_counter()
    sources, docs = Path(sources), Path(docs)
    config = Path(config) if config else docs.parent / "mkdocs.yml"
    site_config = load_site_config(config)
    if site is not None and site_config.docs_dir != docs.resolve():
        raise DigestError(f"{config} builds the site from {site_config.docs_dir}, not from {docs}")
    docs.mkdir(parents=True, exist_ok=True)
    record = BuildRecord.load(docs)
    placed, parsed, id_changes = _parse_sources(sources, record, progress)
    result, corrections = publish(placed, record, site_config)
    record.save()
    if site is not None:
        build_site(config, Path(site), docs)
    return BuildReport(sources=len(placed), parsed=parsed, articles=sum(len(p.page.articles) for p in placed),
                       result=result, seconds=time.perf_counter() - started, corrections=corrections,
                       id_changes=id_changes)


def publish(placed: list[PlacedPage], record: BuildRecord, config: SiteConfig,
            now: dt.datetime | None = None) -> tuple[SyncResult, list[Correction]]:
    """Render every page and feed of the archive, as the editors corrected it, and bring docs/ up to date.

    `now` dates a correction the build sees for the first time outside git (see corrections.py)."""
    now = now or dt.datetime.now(CHINA).replace(microsecond=0)
    editorial = find_editorial(placed, record, config, now)
    archive = Archive(editorial.apply(placed), editorial.corrections, editorial.kept)
    result = record.sync({**render_pages(archive, config), **render_feeds(archive, config)}, editorial.paths)
    record.corrections = editorial.memory
    return result, archive.corrections


def _parse_sources(sources: Path, record: BuildRecord,
                   progress: bool) -> tuple[list[PlacedPage], int, list[IdChange]]:
    """Every page file of every issue, parsed or taken from the record; the record learns the result.
    Also returns the number parsed and the segmentation changes found in them."""
    parser = parser_fingerprint()
    pending: list[tuple[PlacedPage, str, RawPage]] = []
    placed: list[PlacedPage] = []
    parses: dict[str, tuple[str, Page]] = {}
    for issue in read_issues(sources):
        for entry in issue.pages:
            source = f"{sources.name}/{issue.key}/{entry.file}"
            data = (issue.folder / entry.file).read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            page = record.cached_parse(source, digest, parser)
            item = PlacedPage(issue, entry, source, page or Page(source=entry.file))
            placed.append(item)
            if page is None:
                pending.append((item, digest, RawPage(entry.file, decode(data, source))))
            else:
                page.source = entry.file
                parses[source] = (digest, page)
    changes: list[IdChange] = []
    if pending:
        _parse_pending(pending, placed, progress)
        previous = {item.source: record.previous_parse(item.source) for item, _, _ in pending}
        # Every recorded id is taken: a new article never gets the URL of another, even one gone.
        taken = {article.id for _, page in parses.values() for article in page.articles}
        taken |= {article.id for page in previous.values() if page for article in page.articles}
        for item, digest, _ in pending:
            before = previous[item.source]
            changes += carry_ids(item.source, before.articles if before else [], item.page.articles, taken)
            parses[item.source] = (digest, item.page)
    record.store_parses(parses, parser)
    return placed, len(pending), changes


def _parse_pending(pending: list[tuple[PlacedPage, str, RawPage]], placed: list[PlacedPage], progress: bool) -> None:
    """Parse the new or changed pages, then enrich them with the IDF of the whole archive."""
    from .enrich import build_idf, enrich_page  # loads jieba: only when something needs parsing
    from .pipeline import parse_page

    bar = Progress(len(pending) * 2, "parsing", enabled=progress)
    for item, _, raw in pending:
        item.page = parse_page(raw)
        bar.advance()
    idf = build_idf(article.body_text for item in placed for article in item.page.articles)
    for item, _, _ in pending:
        item.page = enrich_page(item.page, idf)
        bar.advance()
    bar.close()


def parser_fingerprint() -> str:
    """A hash of the code and data that parsing depends on: when it changes, every page is parsed again."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE.glob("*.py")) + sorted(p for p in DATA.iterdir() if p.is_file()):
        if path.parent == PACKAGE and path.name in _RENDER_MODULES:
            continue
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def load_site_config(config: Path) -> SiteConfig:
    """site_url, site_name and the repository link from mkdocs.yml (its !ENV tags resolved)."""
    try:
        with open(config, encoding="utf-8") as f:
            data = yaml_load(f) or {}
    except FileNotFoundError:
        raise DigestError(f"{config}: no such file (the MkDocs configuration)") from None
    site_url = str(data.get("site_url") or "")
    if not site_url.startswith(("http://", "https://")):
        raise DigestError(f"{config}: site_url must be an absolute http(s) URL (feeds need it)")
    repo_url = str(data.get("repo_url") or "").rstrip("/")
    branch = _branch(str(data.get("edit_uri") or ""))
    return SiteConfig(site_url=site_url.rstrip("/") + "/", site_name=str(data.get("site_name") or ""),
                      source_url=f"{repo_url}/blob/{branch}/" if repo_url and branch else "",
                      docs_dir=(config.parent / str(data.get("docs_dir") or "docs")).resolve())


def _branch(edit_uri: str) -> str:
    """main from edit/main/docs/ (GitHub's edit and blob URLs name the branch second)."""
    parts = edit_uri.strip("/").split("/")
    return parts[1] if len(parts) >= 2 and parts[0] in ("edit", "blob") else ""


def build_site(config: Path, site: Path, docs: Path) -> None:
    """MkDocs (strict: a broken link fails the build), then the Pagefind search index."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # Material's end-of-life banner, known (DESIGN.md)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(config), "-d", str(site)]
    if subprocess.run(command, env=env).returncode != 0:
        raise DigestError("mkdocs build failed (its messages are above)")
    write_index(docs, site)


class Progress:
    """A one-line progress bar on stderr for long runs; silent when disabled."""

    def __init__(self, total: int, label: str, enabled: bool = True):
        self.total, self.label, self.done = total, label, 0
        self.enabled = enabled and total > 0

    def advance(self) -> None:
        self.done += 1
        if self.enabled:
            filled = 30 * self.done // self.total
            sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
