"""Build: sources/ -> docs/ (Markdown pages and feeds) -> optionally site/ (MkDocs, Pagefind).

The recipe, phase by phase (`build` below reads in that order):
1. gather   every page file of sources/, each taken from the build record when its bytes
            and the parser are unchanged (editorial/record.py);
2. parse    the new or changed pages (parse/), keeping their articles' ids (editorial/identity.py);
3. enrich   them with the IDF of the whole archive (enrich/);
4. render   the archive as the editors corrected it (editorial/corrections.py) into every
            page and feed (site/), and bring docs/ up to date without touching editors' work;
5. mkdocs   docs/ -> site/ (with --site), then
6. search   the Pagefind index.

Only phases 2 and 3 need jieba, so it loads only when something needs parsing. A page's
keywords use the archive IDF of the build that parsed it; older pages are parsed again
only when the parse code or data changes (then every page is, and docs/ equals a clean
build's). Segmentation changes are reported, not hidden.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .editorial.check import id_problems
from .editorial.corrections import find_editorial
from .editorial.identity import IdChange, carry_ids
from .editorial.record import BuildRecord, SyncResult, body_key, clean_temporary, parse_name
from .editorial.review import THRESHOLD, doubtful_ids, needing_look
from .enrich.continued import join_continued
from .errors import DigestError
from .models import CHINA, Correction, Page, RawPage, SourcePage
from .parse.read import decode_page, read_issues, read_page_bytes
from .resources import DATA, ROOT, TEMPLATES
from .site.archive import Archive
from .site.config import SiteConfig, load_site_config
from .site.feeds import feed_jobs
from .site.keys import Keys
from .site.render import page_jobs
from .site.search_index import write_index
from .site.urls import ARTICLE_PAGES_GLOB, CORRECTIONS_PAGE
from .site.years import KEY_FILE, article_years, built_key, year_keys

PACKAGE = ROOT / "digest"
# What a parse depends on: the rooms that turn a page file into an enriched Page, and the
# data they read. A change anywhere else (site, editorial, build) never calls for parsing again.
PARSE_CODE = ("models.py", "resources.py", "parse", "language", "enrich")
# What rendering depends on besides the data: a change to any of it renders every page again.
RENDER_CODE = (PACKAGE, TEMPLATES)
# What the review list depends on besides the parse code and data.
REVIEW_CODE = PACKAGE / "editorial" / "review.py"
# Parse and enrich run on every core (a process pool, each worker loading jieba once) from
# this many pages to parse; fewer are parsed here, without the pool's start-up.
POOL_FROM = 8


@dataclass
class Pending:
    """A page file to parse: where it stands, the hash of its bytes, its decoded text."""

    placed: SourcePage
    digest: str
    raw: RawPage
    removed: int = 0  # control characters XML cannot carry, dropped when the page was read
    terms: dict[str, list[str]] = field(default_factory=dict)  # body_key -> its term set (the IDF's)


@dataclass
class BuildReport:
    sources: int
    parsed: int
    articles: int
    result: SyncResult = field(default_factory=SyncResult)
    seconds: float = 0.0
    corrections: list[Correction] = field(default_factory=list)
    id_changes: list[IdChange] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # phase -> seconds
    warnings: list[str] = field(default_factory=list)  # printed on stderr as "warning: …"
    controls: int = 0  # control characters removed from the pages parsed
    to_review: int = 0  # articles below the review threshold, corrected ones left out (editorial/review.py)
    published: list[SourcePage] = field(default_factory=list)  # the pages, continued articles joined

    def summary_line(self) -> str:
        r = self.result
        line = (
            f"{self.sources} page files ({self.parsed} parsed), {self.articles} articles: "
            f"{len(r.written)} files written, {len(r.unchanged)} unchanged, {len(r.removed)} removed"
        )
        if r.kept:
            shown = ", ".join(r.kept[:3]) + (", ..." if len(r.kept) > 3 else "")
            line += f", {len(r.kept)} kept as edited in docs/ ({shown})"
        if self.corrections:
            line += f", {len(self.corrections)} corrections (docs/{CORRECTIONS_PAGE})"
        if self.controls:
            line += f", {self.controls} control characters removed"
        return line + f" in {self.seconds:.1f} s"

    def review_line(self) -> str:
        """How many articles an editor should look at, and how to list them."""
        return (
            f"{self.to_review} of {self.articles} articles need a look (review confidence below "
            f"{THRESHOLD}): python build_digest.py review"
        )

    def notes(self) -> list[str]:
        """Segmentation changes: articles an editor should look at (their pages, if edited, are kept)."""
        return [f"segmentation changed in {change.describe()}" for change in self.id_changes]


class Timings(dict):
    """Seconds per phase of one build."""

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self[name] = self.get(name, 0.0) + time.perf_counter() - started


def build(
    sources: Path,
    docs: Path,
    site: Path | None = None,
    progress: bool = True,
    config: Path | None = None,
    workers: int | None = None,
    split_years: bool = False,
) -> BuildReport:
    """Parse what changed under `sources`, write docs/, and with `site` also build the site.

    `config` is mkdocs.yml, by default beside docs/; it gives site_url and the repository link.
    `workers`: processes that parse and enrich (default: every core from POOL_FROM pages on;
    1 parses in this process). The pages are the same whatever the number.
    `split_years`: build the site as a root and one part per year, rebuilding only the years
    whose pages changed (build_split_site); `workers` parts at a time.
    """
    started, timings = time.perf_counter(), Timings()
    sources, docs = Path(sources), Path(docs)
    config = Path(config) if config else docs.parent / "mkdocs.yml"
    site_config = load_site_config(config)
    if site is not None and site_config.docs_dir != docs.resolve():
        raise DigestError(f"{config} builds the site from {site_config.docs_dir}, not from {docs}")
    docs.mkdir(parents=True, exist_ok=True)
    with build_lock(docs):
        return _build(
            sources, docs, site, progress, config, site_config, started, timings, workers, split_years
        )


def _build(
    sources, docs, site, progress, config, site_config, started, timings, workers=None, split_years=False
) -> BuildReport:
    clean_temporary(docs)  # what a killed build was writing
    record, parser = BuildRecord.load(docs), parser_fingerprint()
    warnings: list[str] = []
    with timings.phase("gather"):
        placed, pending, parses = gather(sources, record, parser, warnings)
    problems = id_problems(docs, record)
    if problems:
        raise DigestError(f"{problems[0]} (run build_digest.py check)")
    with worker_pool(len(pending), workers) as pool:
        with timings.phase("parse"), Progress(len(pending), "parsing", progress) as bar:
            parse(pending, bar, pool)
        with timings.phase("enrich"), Progress(len(pending), "enriching", progress) as bar:
            terms = enrich(pending, placed, bar, pool, record, parses)
    id_changes = keep_ids(pending, parses, record)
    record.store_parses(parses, parser, {item.placed.source for item in pending})
    record.store_terms(terms, parses)
    placed, unjoined = join_continued(placed)  # the record keeps each page file's own parse
    warnings += unjoined
    doubtful = review_pages(placed, parses, {item.placed.source for item in pending}, record, parser)
    with timings.phase("render"):
        result, corrections = publish(placed, record, site_config)
        record.save()
    if site is not None:
        if site_config.placeholder:
            warnings.append(
                f"site_url is the placeholder {site_config.site_url}: feeds and links point there; "
                "set SITE_URL (and REPO_URL) for the published site"
            )
        with new_site(Path(site)) as building:
            if split_years:
                with timings.phase("mkdocs_and_search_index_by_year"):
                    build_split_site(config, docs, building, Path(site), workers)
            else:
                with timings.phase("mkdocs"):
                    run_mkdocs(config, building)
                with timings.phase("search_index"):
                    write_index(docs, building)
    return BuildReport(
        sources=len(placed),
        parsed=len(pending),
        articles=sum(len(p.page.articles) for p in placed),
        result=result,
        seconds=time.perf_counter() - started,
        corrections=corrections,
        id_changes=id_changes,
        timings=dict(timings),
        warnings=warnings,
        controls=sum(item.removed for item in pending),
        to_review=needing_look(placed, {c.path for c in corrections}, doubtful),
        published=placed,
    )


@contextmanager
def build_lock(docs: Path) -> Iterator[None]:
    """One build of a docs/ at a time (an advisory lock on docs/.digest/lock)."""
    import fcntl

    folder = docs / ".digest"
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "lock", "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DigestError(f"another build is running on {docs} (it holds {folder / 'lock'})") from None
        yield


@contextmanager
def new_site(site: Path) -> Iterator[Path]:
    """A folder beside `site` to build the site into, swapped in whole when the build succeeds:
    an interrupted or failed build leaves the previous complete site as it was."""
    site.parent.mkdir(parents=True, exist_ok=True)
    for stale in site.parent.glob(f".{site.name}.*.tmp"):  # left by a killed build
        shutil.rmtree(stale, ignore_errors=True)
    temporary = site.parent / f".{site.name}.{os.getpid()}.tmp"
    building, old = temporary / site.name, temporary / "previous"  # MkDocs sees the site's own name
    shutil.rmtree(temporary, ignore_errors=True)
    temporary.mkdir()
    try:
        yield building
        if site.exists():
            site.rename(old)
        building.rename(site)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def _die_with_parent() -> None:  # pragma: no cover - runs in the child, before it starts
    """Linux: the kernel stops the child (SIGTERM) when the build dies, even by SIGKILL, so
    MkDocs is never left running as an orphan. (Ctrl-C reaches it through the terminal.)"""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def gather(
    sources: Path, record: BuildRecord, parser: str, warnings: list[str] | None = None
) -> tuple[list[SourcePage], list[Pending], dict[str, tuple[str, Page]]]:
    """Every page file of every issue, placed; those the record holds a parse of (by `parser`)
    come with it ({source: (digest, page)}), the others are pending. Two page files with the
    same bytes are both published (each with its own ids) and reported in `warnings`."""
    placed: list[SourcePage] = []
    pending: list[Pending] = []
    parses: dict[str, tuple[str, Page]] = {}
    seen: dict[str, str] = {}  # digest -> the first source with those bytes
    for issue in read_issues(sources):
        for entry in issue.pages:
            source = f"{sources.name}/{issue.key}/{entry.file}"
            data = read_page_bytes(issue.folder / entry.file, source)
            digest = hashlib.sha256(data).hexdigest()
            if digest in seen and warnings is not None:
                warnings.append(f"{source} has the same bytes as {seen[digest]}")
            seen.setdefault(digest, source)
            page = record.cached_parse(source, digest, parser)
            item = SourcePage(issue, entry, source, page or Page(source=entry.file))
            placed.append(item)
            if page is None:
                text, removed = decode_page(data, source)
                pending.append(Pending(item, digest, RawPage(entry.file, text), removed))
            else:
                page.source = entry.file
                parses[source] = (digest, page)
    return placed, pending, parses


def worker_pool(pages: int, workers: int | None = None):
    """A process pool for parsing `pages` page files, or a null context (None) when one
    process does: few pages, one core, or workers=1."""
    count = workers if workers is not None else (os.cpu_count() or 1) if pages >= POOL_FROM else 1
    count = min(count, pages)
    return ProcessPoolExecutor(max_workers=count) if count > 1 else nullcontext(None)


def parse(pending: list[Pending], bar: Progress, pool: Executor | None = None) -> None:
    """Articles of the new or changed pages, and each article's term set (loads jieba, so
    only called with work to do; in the pool's workers when there is one)."""
    if not pending:
        return
    raws = [item.raw for item in pending]
    results = pool.map(_parse_one, raws, chunksize=4) if pool else map(_parse_one, raws)
    for item, (page, terms) in zip(pending, results):
        item.placed.page, item.terms = page, terms
        bar.advance()


def _parse_one(raw: RawPage) -> tuple[Page, dict[str, list[str]]]:
    """One page parsed, with the term sets of its articles (run in a worker of the pool)."""
    from .enrich import article_terms
    from .parse import parse_page

    page = parse_page(raw)
    return page, {body_key(text): article_terms(text) for text in (a.body_text for a in page.articles)}


def enrich(
    pending: list[Pending],
    placed: list[SourcePage],
    bar: Progress,
    pool: Executor | None = None,
    record: BuildRecord | None = None,
    parses: dict[str, tuple[str, Page]] | None = None,
) -> dict[tuple[str, str], dict[str, list[str]]]:
    """Metadata of the newly parsed pages, with the IDF of the whole archive: summed from
    each article's term set, the parsed pages' from parse(), the others' from the record
    (jieba runs only over an article the record has none for). Returns the term sets the
    record lacks, {(source, digest): {body_key: terms}}, for record.store_terms."""
    if not pending:
        return {}
    from .enrich import article_terms, idf_from_terms

    pages = {(item.placed.source, item.digest): (item.placed.page, item.terms) for item in pending}
    for source, (digest, page) in (parses or {}).items():
        pages[(source, digest)] = (page, record.stored_terms(source, digest) if record else {})
    missing = {
        body_key(text): text
        for page, terms in pages.values()
        for text in (a.body_text for a in page.articles)
        if body_key(text) not in terms
    }
    run = partial(pool.map, chunksize=16) if pool else map
    found = dict(zip(missing, run(article_terms, missing.values())))
    every = {k: v for _, terms in pages.values() for k, v in terms.items()} | found
    parsed = {(item.placed.source, item.digest) for item in pending}
    to_store: dict[tuple[str, str], dict[str, list[str]]] = {}
    for key, (page, terms) in pages.items():
        wanted = {body_key(a.body_text) for a in page.articles}
        if key in parsed or terms.keys() != wanted:  # new, or a record without them
            to_store[key] = {k: every[k] for k in wanted}
    idf = idf_from_terms(every[body_key(a.body_text)] for item in placed for a in item.page.articles)
    parts = _chunks(pool, len(pending))
    chunks = [pending[i::parts] for i in range(parts)]
    pages_of = [[item.placed.page for item in chunk] for chunk in chunks]
    results = pool.map(_enrich_some, pages_of, [idf] * parts) if pool else map(_enrich_some, pages_of, [idf])
    for chunk, enriched in zip(chunks, results):
        for item, page in zip(chunk, enriched):
            item.placed.page = page
            bar.advance()
    return to_store


def _chunks(pool: Executor | None, pages: int) -> int:
    """How many parts the enrichment is cut in: a few per worker (each carries the IDF once)."""
    return 1 if pool is None else max(1, min(pages, 4 * getattr(pool, "_max_workers", 2)))


def _enrich_some(pages: list[Page], idf) -> list[Page]:
    """Pages enriched with the archive IDF (run in a worker of the pool)."""
    from .enrich import enrich_page

    return [enrich_page(page, idf) for page in pages]


def keep_ids(
    pending: list[Pending], parses: dict[str, tuple[str, Page]], record: BuildRecord
) -> list[IdChange]:
    """Give the new parses the ids of the articles they continue; add them to `parses`."""
    changes: list[IdChange] = []
    previous = {item.placed.source: record.previous_parse(item.placed.source) for item in pending}
    # Every recorded id is taken: a new article never gets the URL of another, even one gone.
    taken = {article.id for _, page in parses.values() for article in page.articles}
    taken |= {article.id for page in previous.values() if page for article in page.articles}
    for item in pending:
        before = previous[item.placed.source]
        changes += carry_ids(
            item.placed.source, before.articles if before else [], item.placed.page.articles, taken
        )
        parses[item.placed.source] = (item.digest, item.placed.page)
    return changes


def review_pages(
    placed: list[SourcePage],
    parses: dict[str, tuple[str, Page]],
    parsed: set[str],
    record: BuildRecord,
    parser: str,
) -> dict[str, list[str]]:
    """{source: ids of its articles that need a look}, of the pages as published: from the
    record for a page file parsed before, reviewed by the same code and left as it was parsed,
    else reviewed now. The record keeps the reviews of each page file's own parse; a page the
    join of continued articles changed depends on other pages, so it is always reviewed again."""
    code = _files_hash([(REVIEW_CODE.name, REVIEW_CODE)], parser)
    known = record.reviews if record.review_code == code else {}
    names = {source: parse_name(source, digest) for source, (digest, _) in parses.items()}
    own = {
        source: doubtful_ids(page) if source in parsed or names[source] not in known else known[names[source]]
        for source, (_, page) in parses.items()
    }
    record.review_code = code
    record.reviews = {names[source]: ids for source, ids in own.items()}
    joined = {item.source: item.page for item in placed if item.page is not parses[item.source][1]}
    return own | {source: doubtful_ids(page) for source, page in joined.items()}


def publish(
    placed: list[SourcePage], record: BuildRecord, config: SiteConfig, now: dt.datetime | None = None
) -> tuple[SyncResult, list[Correction]]:
    """Render every page and feed of the archive, as the editors corrected it, and bring docs/ up to date.

    `now` dates a correction the build sees for the first time outside git (see editorial/corrections.py)."""
    now = now or dt.datetime.now(CHINA).replace(microsecond=0)
    editorial = find_editorial(placed, record, config, now)
    archive = Archive(editorial.apply(placed), editorial.corrections, editorial.kept)
    keys = Keys(renderer_fingerprint(), config)
    result = record.sync(
        {**page_jobs(archive, config, keys), **feed_jobs(archive, config, keys)}, editorial.paths
    )
    record.corrections = editorial.memory
    return result, archive.corrections


def process_page(raw: RawPage, idf=None) -> Page:
    """Parse and enrich one page on its own: what `parse --format json` prints."""
    from .enrich import enrich_page
    from .parse import parse_page

    return enrich_page(parse_page(raw), idf)


def parser_fingerprint() -> str:
    """A hash of the code and data that parsing depends on: when it changes, every page is parsed again."""
    code = sorted(
        path
        for name in PARSE_CODE
        for path in ([PACKAGE / name] if name.endswith(".py") else (PACKAGE / name).rglob("*.py"))
    )
    files = code + sorted(p for p in DATA.iterdir() if p.is_file())
    return _files_hash([(path.relative_to(ROOT).as_posix(), path) for path in files])


def renderer_fingerprint() -> str:
    """A hash of the code, templates and libraries that render pages and feeds (the whole
    package: the correction notices' wording lives in models and editorial too)."""
    files = [
        (f"{folder.name}/{path.relative_to(folder).as_posix()}", path)
        for folder in RENDER_CODE
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    ]
    return _files_hash(files, _render_libraries())


def _render_libraries() -> str:
    """The versions of Jinja2, Python-Markdown and PyYAML, which write pages and feeds."""
    import jinja2
    import markdown
    import yaml

    return f"jinja2 {jinja2.__version__}, markdown {markdown.__version__}, pyyaml {yaml.__version__}"


def _files_hash(files: list[tuple[str, Path]], extra: str = "") -> str:
    """A hash of files' names and bytes, after `extra`."""
    h = hashlib.sha256(extra.encode())
    for name, path in files:
        h.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def run_mkdocs(config: Path, site: Path) -> None:
    """MkDocs, strict: a broken link fails the build, and its warning is shown.

    Never --quiet: it sets MkDocs' log level to ERROR, so --strict counted no warnings and
    a broken link was published with exit 0. MkDocs' INFO lines are left out (but for its
    timing), its WARNINGs and errors are shown. One line on stderr before MkDocs and one
    before the search index (the next step of the build): each is silent for a minute at
    5,000 articles."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)]
    docs = load_site_config(config).docs_dir or config.parent / "docs"
    pages = [p for p in docs.rglob("*.md") if not p.relative_to(docs).as_posix().startswith(".")]
    articles = sum(1 for p in docs.glob(ARTICLE_PAGES_GLOB))
    print(f"mkdocs: building {site.name}/ from {len(pages)} pages…", file=sys.stderr, flush=True)
    _run_mkdocs_command(command, "mkdocs")
    print(f"search index: indexing {articles} articles with Pagefind…", file=sys.stderr, flush=True)


def _run_mkdocs_command(command: list[str], label: str, env: dict[str, str] | None = None) -> None:
    """MkDocs' warnings and errors on stderr as they come, each INFO line left out but its timing."""
    env = {**os.environ, **(env or {}), "NO_MKDOCS_2_WARNING": "1"}  # Material's end-of-life banner, known
    with subprocess.Popen(
        command,
        env=env,
        preexec_fn=_die_with_parent,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    ) as process:
        assert process.stderr is not None
        for line in process.stderr:
            if not line.startswith("INFO") or "Documentation built" in line:
                sys.stderr.write(f"{label}: " + line if line.startswith("INFO") else line)
                sys.stderr.flush()
    if process.returncode != 0:
        raise DigestError(f"{label}: mkdocs build failed (its messages are above)")


def build_split_site(
    config: Path, docs: Path, building: Path, previous: Path, workers: int | None = None
) -> list[str]:
    """The site as parts (digest/site/years.py): the root and each year whose key changed since
    `previous` (the site being replaced), MkDocs and Pagefind in parallel, each into its own
    folder beside `building`, then put together in `building`; the other years are linked from
    `previous`. Returns the years rebuilt."""
    years = article_years(docs)
    keys = year_keys(config, docs, years)
    changed = [year for year in years if built_key(previous, year) != keys[year]]
    print(
        f"mkdocs: the root and {len(changed)} of {len(years)} years ({' '.join(changed) or 'none'})…",
        file=sys.stderr,
        flush=True,
    )
    with tempfile.TemporaryDirectory(dir=building.parent, prefix=".parts-") as folder:
        work = Path(folder)
        with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
            root = pool.submit(_build_part, config, work / "root", ["--root", *years])
            parts = [
                pool.submit(_build_year, config, docs, work / year, year, keys[year]) for year in changed
            ]
            for part in [root, *parts]:
                part.result()
        (work / "root").rename(building)
        for year in years:
            if year in changed:
                (work / year / year).rename(building / year)
            else:  # unchanged: the previous site's files, linked (the previous site stays whole)
                shutil.copytree(previous / year, building / year, copy_function=os.link)
    return changed


def _build_part(config: Path, output: Path, part: list[str]) -> None:
    command = [sys.executable, "-m", "digest.site.mkdocs_part", str(config), str(output), *part]
    # This package, wherever the build is run from.
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    _run_mkdocs_command(command, f"mkdocs {part[1] if part[0] == '--year' else 'root'}", {"PYTHONPATH": path})


def _build_year(config: Path, docs: Path, output: Path, year: str, key: str) -> None:
    """A year's pages, its sitemap and search index, and the key they were built from, in output/<year>/."""
    _build_part(config, output, ["--year", year])
    (output / "sitemap.xml").rename(output / year / "sitemap.xml")
    write_index(docs, output, year)
    (output / year / KEY_FILE).write_text(key + "\n", encoding="utf-8")


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

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_) -> None:
        self.close()
