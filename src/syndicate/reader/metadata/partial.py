"""What one metadata source found: every field optional, raw where parsing needs context."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class ImageHint:
    """A lead-image candidate as a source describes it."""

    url: str
    alt: str = ""
    caption: str = ""
    credit: str = ""
    width: int | None = None
    height: int | None = None


@dataclass(slots=True)
class Partial:
    """Fields one source found. Dates stay strings: the merge parses them."""

    source: str
    headline: str = ""
    alt_headline: str = ""
    """A second headline the source offers (JSON-LD ``name`` beside ``headline``)."""
    sole_heading: str = ""
    """The text of the page's only ``<h1>`` (the DOM source): the headline as shown."""
    headings: list[str] = field(default_factory=list)
    """The texts of the page's ``<h1>``, ``<h2>`` and ``<h3>`` (the DOM source)."""
    kicker: str = ""
    section: str = ""
    dek: str = ""
    authors: list[tuple[str, str]] = field(default_factory=list)
    """(name, profile URL) pairs, uncleaned."""
    published: str = ""
    modified: str = ""
    language: str = ""
    canonical_url: str = ""
    site_name: str = ""
    tags: list[str] = field(default_factory=list)
    image: ImageHint | None = None


def to_int(value: object) -> int | None:
    """A positive int from a width/height value, else None."""
    try:
        number = int(str(value).strip().removesuffix("px"))
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def split_keywords(value: str) -> list[str]:
    """Keywords from a comma- or semicolon-separated string, trimmed, empties dropped."""
    return [k.strip() for k in value.replace(";", ",").split(",") if k.strip()]
