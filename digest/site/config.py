"""What the pages and feeds need from mkdocs.yml, read once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.utils.yaml import yaml_load

from ..errors import DigestError

# Reserved for documentation (RFC 2606): mkdocs.yml's defaults until SITE_URL is set.
PLACEHOLDER_HOSTS = {"example.org", "example.com", "example.net"}


@dataclass(frozen=True)
class SiteConfig:
    """What the pages and feeds need from mkdocs.yml."""

    site_url: str  # absolute, ending in "/"
    site_name: str
    source_url: str = ""  # base for links to source files in the repository, "" for none
    docs_dir: Path | None = None  # where MkDocs reads pages: the build must write there

    @property
    def placeholder(self) -> bool:
        """Whether site_url is mkdocs.yml's stand-in (example.org), not a published address."""
        return urlsplit(self.site_url).hostname in PLACEHOLDER_HOSTS


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
    return SiteConfig(
        site_url=site_url.rstrip("/") + "/",
        site_name=str(data.get("site_name") or ""),
        source_url=f"{repo_url}/blob/{branch}/" if repo_url and branch else "",
        docs_dir=(config.parent / str(data.get("docs_dir") or "docs")).resolve(),
    )


def _branch(edit_uri: str) -> str:
    """main from edit/main/docs/ (GitHub's edit and blob URLs name the branch second)."""
    parts = edit_uri.strip("/").split("/")
    return parts[1] if len(parts) >= 2 and parts[0] in ("edit", "blob") else ""
