"""How an article is presented, decided once for every writer.

``present(article)`` gives a ``Presentation``: the kicker over the headline, the headline,
the dek, the byline and the dates with their precision, the lead figure, the body with its
dateline attached, related links, the editors' credit, and for feeds the summary and the
categories. Each decision lives in one small module (``labels``, ``people``, ``dates``,
``figures``, ``body``); writers only render what it holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from syndicate.content import Block, Link
from syndicate.model import Article
from syndicate.urls import safe
from syndicate.writers.presentation import body, figures, labels, people
from syndicate.writers.presentation.dates import Stamp, format_date, stamps
from syndicate.writers.presentation.figures import FigureView

__all__ = ["FigureView", "Presentation", "Stamp", "format_date", "present"]

UNTITLED = "Untitled"
RELATED = "Related"


@dataclass(frozen=True, slots=True)
class Presentation:
    """What a reader sees of ``article``, in the order a page shows it."""

    article: Article
    kicker: str
    headline: str
    dek: str
    byline: str
    published: Stamp | None
    modified: Stamp | None
    lead: FigureView | None
    body: tuple[Block, ...]
    related: tuple[Link, ...]
    editors: str
    link: str
    language: str
    direction: str

    @property
    def title(self) -> str:
        """The headline, or 'Untitled' where a format needs a title."""
        return self.headline or UNTITLED

    @property
    def stamps(self) -> tuple[Stamp, ...]:
        """The dates to show: published, then updated."""
        return tuple(s for s in (self.published, self.modified) if s is not None)

    @property
    def dates(self) -> str:
        """'Published … · Updated …', or ''."""
        return " · ".join(s.line for s in self.stamps)

    @property
    def byline_and_dates(self) -> str:
        """The byline and the dates on one line."""
        return " · ".join(p for p in (self.byline, self.dates) if p)

    @property
    def section(self) -> str:
        """Where the article is filed (see ``labels.section``)."""
        return labels.section(self.article)

    @property
    def categories(self) -> tuple[str, ...]:
        """Feed categories: the section, then the tags."""
        return labels.categories(self.article)

    @property
    def summary(self) -> str:
        """The dek, else the start of the body."""
        return labels.summary(self.article)


def present(article: Article) -> Presentation:
    """The presentation of ``article``."""
    published, modified = stamps(article)
    lead = article.lead_image
    return Presentation(
        article=article,
        kicker=labels.kicker(article),
        headline=article.headline,
        dek=labels.dek(article),
        byline=people.byline(article),
        published=published,
        modified=modified,
        lead=figures.view(lead) if lead is not None else None,
        body=body.with_dateline(article.body, article.dateline),
        related=article.related,
        editors=people.editors(article),
        link=safe(article.link),
        language=article.language,
        direction=labels.direction(article.language, article.headline or article.dek),
    )
