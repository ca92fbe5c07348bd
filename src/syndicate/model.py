"""The canonical article model: ``Article``, ``Person``, ``Feed`` and provenance.

All types are frozen, slotted, keyword-only dataclasses holding tuples and
enums. Datetimes must be timezone-aware: a naive one is refused at
construction with ``ModelError``, so no writer ever has to guess a zone. URLs
must be absolute http(s) (a person's may be ``mailto:``; see ``urls.model_url``):
any other scheme is refused the same way, so no writer can emit one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from syndicate.content import Block, Image, Link, block_text, require_url
from syndicate.errors import ModelError


class Role(str, Enum):
    """What a person did for an article."""

    AUTHOR = "author"
    EDITOR = "editor"
    PHOTOGRAPHER = "photographer"
    ILLUSTRATOR = "illustrator"
    TRANSLATOR = "translator"
    CONTRIBUTOR = "contributor"


class Severity(str, Enum):
    """How serious a diagnostic is; in strict mode warnings and errors raise."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """A person credited on an article, with a role and an optional profile URL."""

    name: str
    url: str = ""
    role: Role = Role.AUTHOR
    title: str = ""
    """The job title the byline gives ("Senior Editor" in "Jane Doe, Senior Editor")."""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ModelError("Person.name must not be empty")
        require_url("Person.url", self.url, mailto=True)


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic:
    """Something the reader noticed and worked around (feedparser's ``bozo``)."""

    code: str
    message: str
    severity: Severity = Severity.WARNING


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldSource:
    """Provenance of one metadata field: which source won and which disagreed."""

    field: str
    source: str
    disagreed: tuple[str, ...] = ()
    precision: str = ""
    """For datetimes: "date" when the page gave no time of day, else "time"."""
    zone_assumed: bool = False
    """For datetimes: the page gave no UTC offset and the reader assumed one."""


def _require_aware(name: str, value: datetime | None) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ModelError(f"{name} must be timezone-aware, got naive {value.isoformat()}")


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceEvidence:
    """How the reader got what it got: encoding, content node, field sources."""

    encoding: str = ""
    encoding_source: str = ""
    content_source: str = ""
    fields: tuple[FieldSource, ...] = ()
    origin: str = ""
    """Where the page came from: a file path, or a WARC file and record id."""
    fetched: datetime | None = None
    """When the page was fetched (a WARC record's date), if known."""
    site_rule: str = ""
    """The site-rule file(s) that shaped the read, e.g. ``bundled:nytimes.com.txt``."""
    site_rule_directives: tuple[str, ...] = ()
    """The rule's directives that matched something on this page."""
    pages: tuple[str, ...] = ()
    """The URL of every page fetched and merged into the article, in order."""

    def __post_init__(self) -> None:
        _require_aware("SourceEvidence.fetched", self.fetched)

    def source_of(self, field: str) -> FieldSource | None:
        """The provenance record of ``field``, if the reader recorded one."""
        return next((f for f in self.fields if f.field == field), None)


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news article, from any reader, for every writer."""

    headline: str = ""
    url: str = ""
    canonical_url: str = ""
    kicker: str = ""
    section: str = ""
    dek: str = ""
    authors: tuple[Person, ...] = ()
    contributors: tuple[Person, ...] = ()
    credit: str = ""
    published: datetime | None = None
    modified: datetime | None = None
    dateline: str = ""
    language: str = ""
    site_name: str = ""
    tags: tuple[str, ...] = ()
    lead_image: Image | None = None
    body: tuple[Block, ...] = ()
    related: tuple[Link, ...] = ()
    evidence: SourceEvidence = SourceEvidence()
    diagnostics: tuple[Diagnostic, ...] = ()
    id: str = ""
    """The identity a source feed gave the item (its guid or id), kept as is; writers use
    it before the canonical URL."""

    def __post_init__(self) -> None:
        _require_aware("Article.published", self.published)
        _require_aware("Article.modified", self.modified)
        require_url("Article.url", self.url)
        require_url("Article.canonical_url", self.canonical_url)

    @property
    def body_text(self) -> str:
        """The body alone as plain text, blocks separated by blank lines."""
        return block_text(self.body)

    @property
    def link(self) -> str:
        """The best URL to point readers at: canonical, else the page URL."""
        return self.canonical_url or self.url

    @property
    def editors(self) -> tuple[Person, ...]:
        """Contributors credited as editors."""
        return tuple(p for p in self.contributors if p.role is Role.EDITOR)


@dataclass(frozen=True, slots=True, kw_only=True)
class Feed:
    """A channel of articles: the input of feed, digest and wire writers."""

    title: str
    link: str = ""
    id: str = ""
    self_url: str = ""
    description: str = ""
    language: str = ""
    authors: tuple[Person, ...] = ()
    updated: datetime | None = None
    icon: str = ""
    logo: str = ""
    rights: str = ""
    articles: tuple[Article, ...] = ()

    def __post_init__(self) -> None:
        _require_aware("Feed.updated", self.updated)
        for name in ("link", "self_url", "icon", "logo"):
            require_url(f"Feed.{name}", getattr(self, name))
