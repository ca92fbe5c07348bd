"""One RSS ``<item>`` written straight to text, as feedgen 1.0 builds it and lxml prints
it (``pretty_print``, inside ``<channel>``): the same elements in the same order (title,
link, description, ``content:encoded``, guid, categories, enclosure, pubDate, then the
``dc`` and ``news`` extensions), text escaped as lxml escapes it, and a string XML cannot
hold refused with ``ValueError`` as lxml refuses it. Going through feedgen's entry objects
and lxml's tree cost more than the rest of the feed; the tests hold the two to the same
bytes."""

from __future__ import annotations

from datetime import datetime

from syndicate.model import Article
from syndicate.urls import safe
from syndicate.writers import feedtools
from syndicate.writers.fragment import article_html, text, xml_value
from syndicate.writers.identity import article_id
from syndicate.writers.presentation import present
from syndicate.writers.safetext import html_text, xml_safe, xml_text

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_IN_ITEM = "\n      "
_IN_MEDIA = "\n        "


def checked(value: str) -> str:
    """``value`` when XML can hold it; else the ``ValueError`` lxml raises."""
    if xml_safe(value) != value:
        raise ValueError(
            "All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control "
            "characters"
        )
    return value


def rfc2822(value: datetime) -> str:
    """feedgen's date: 'Tue, 05 Mar 2024 00:00:00 +0300' (English names in any locale)."""
    day, month = _DAYS[value.weekday()], _MONTHS[value.month - 1]
    return value.strftime(f"{day}, %d {month} %Y %H:%M:%S %z")


def item(article: Article) -> str:
    """The ``<item>`` of ``article``, indented for its place in the channel."""
    shown = present(article)
    lines = [f"<title>{text(xml_text(article.headline, 'Untitled'))}</title>"]
    link = safe(article.link)
    if link:
        lines.append(f"<link>{text(checked(link))}</link>")
    # with no description feedgen would move the content into <description>, which readers
    # render as HTML: the summary is plain text, so it goes in escaped
    summary = xml_text(shown.summary, "") or xml_text(article.headline, "-")
    lines.append(f"<description>{text(html_text(summary))}</description>")
    lines.append(f"<content:encoded>{text(article_html(shown))}</content:encoded>")
    guid = checked(article_id(article))
    permalink = "true" if guid.startswith(("http://", "https://")) else "false"
    lines.append(f'<guid isPermaLink="{permalink}">{text(guid)}</guid>')
    lines.extend(f"<category>{text(xml_safe(term))}</category>" for term in shown.categories)
    lead = shown.lead
    image = lead.image if lead is not None and safe(lead.image.url) else None
    kind = checked(feedtools.image_type(image.url)) if image is not None else ""
    url = xml_value(checked(image.url)) if image is not None else ""
    if image is not None:
        lines.append(f'<enclosure url="{url}" length="0" type="{xml_value(kind)}"/>')
    if article.published:
        lines.append(f"<pubDate>{rfc2822(article.published)}</pubDate>")
    lines.extend(
        f"<dc:creator>{text(xml_text(person.name, 'Unknown'))}</dc:creator>"
        for person in article.authors
    )
    if article.language:
        lines.append(f"<dc:language>{text(checked(article.language))}</dc:language>")
    if article.modified and article.modified != article.published:
        lines.append(f"<dcterms:modified>{article.modified.isoformat()}</dcterms:modified>")
    if lead is not None and image is not None:
        size = f' width="{image.width}"' if image.width else ""
        size += f' height="{image.height}"' if image.height else ""
        media = f'<media:content url="{url}" medium="image" type="{xml_value(kind)}"{size}'
        inner = []
        if caption := xml_safe(lead.description):
            inner.append(f"<media:description>{text(caption)}</media:description>")
        if image.credit:
            inner.append(f"<media:credit>{text(xml_safe(image.credit))}</media:credit>")
        if inner:
            media += f">{_IN_MEDIA}{_IN_MEDIA.join(inner)}{_IN_ITEM}</media:content>"
        else:
            media += "/>"
        lines.append(media)
        lines.append(f'<media:thumbnail url="{url}"/>')
    return f"    <item>{_IN_ITEM}{_IN_ITEM.join(lines)}\n    </item>\n"
