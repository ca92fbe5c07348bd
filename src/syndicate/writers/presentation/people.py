"""Who is credited, as one line each: the byline and the editors."""

from __future__ import annotations

from collections.abc import Sequence

from syndicate.model import Article


def names(people: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(people) > 1:
        return ", ".join(people[:-1]) + " and " + people[-1]
    return people[0] if people else ""


def byline(article: Article) -> str:
    """'By A, B and C (PTI)', the credit line alone, or '' when nobody is credited."""
    text = names([p.name for p in article.authors])
    text = f"By {text}" if text else ""
    if article.credit:
        text = f"{text} ({article.credit})" if text else article.credit
    return text


def editors(article: Article) -> str:
    """'Edited by X and Y' or ''."""
    edited = names([p.name for p in article.editors])
    return f"Edited by {edited}" if edited else ""
