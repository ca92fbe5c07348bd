"""OpenGraph (``og:*``, ``article:*``) and Twitter card metadata."""

from __future__ import annotations

from syndicate.reader.metadata.partial import ImageHint, Partial, to_int
from syndicate.reader.page import Page
from syndicate.reader.report import Report


def extract(page: Page, report: Report) -> Partial:
    """OpenGraph fields; ``article:author`` values that are URLs become profile links."""
    found = Partial(source="opengraph")
    found.headline = page.first("og:title")
    found.dek = page.first("og:description")
    found.site_name = page.first("og:site_name")
    found.canonical_url = page.first("og:url")
    found.published = page.first("article:published_time", "og:article:published_time")
    found.modified = page.first("article:modified_time", "og:updated_time")
    found.section = page.first("article:section")
    found.tags = page.all("article:tag")
    found.language = page.first("og:locale").replace("_", "-")
    for author in page.all("article:author"):
        is_url = author.startswith(("http://", "https://"))
        if not is_url:
            found.authors.append((author, ""))
    image = page.first("og:image:secure_url", "og:image", "og:image:url")
    if image:
        found.image = ImageHint(
            url=image,
            alt=page.first("og:image:alt"),
            width=to_int(page.first("og:image:width")),
            height=to_int(page.first("og:image:height")),
        )
    return found


def extract_twitter(page: Page, report: Report) -> Partial:
    """Twitter card fields (title, description, image)."""
    found = Partial(source="twitter")
    found.headline = page.first("twitter:title")
    found.dek = page.first("twitter:description")
    image = page.first("twitter:image", "twitter:image:src")
    if image:
        found.image = ImageHint(url=image, alt=page.first("twitter:image:alt"))
    return found
