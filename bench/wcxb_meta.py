"""Metadata scoring on wcxb-dev: the page's human-reviewed title, author and publish date
against what an extractor found, per half of the fixed domain split (``bench.wcxb``).

* title: equal after case and whitespace folding and trimming punctuation at both ends;
* authors: F1 of the sets of normalised names (the truth's "A, B and C" split the same way
  as the extractor's list; academic and professional post-nominals such as "MD", "Ph.D."
  are not names);
* published: the same calendar day as the page states it (the truth is a bare date);
* invented: a date found on a page whose truth has none.

Each field is scored over the pages whose truth has a value; ``invented`` over those whose
truth has no date.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date, datetime

from bench.wcxb import WcxbPage
from syndicate import Article

_SPLIT = re.compile(r"\s*(?:;|,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\n)\s*", re.I)
_POSTNOMINAL = re.compile(r"^[A-Z][A-Z.\-0-9 ]*$|^[A-Z][a-z]?\.(?:[A-Z][a-z]?\.)+$|^Ph\.?D\.?$")


@dataclass(frozen=True)
class Meta:
    title: str = ""
    authors: tuple[str, ...] = ()
    published: date | None = None


_TYPOGRAPHY = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "}
)


def from_article(article: Article) -> Meta:
    """What syndicate found: the headline, the authors (else the credit line), the day
    published as the page states it."""
    authors = tuple(p.name for p in article.authors) or (
        (article.credit,) if article.credit else ()
    )
    day = article.published.date() if article.published else None
    return Meta(article.headline, authors, day)


def fold(text: str) -> str:
    """Case, whitespace and typographic quotes and dashes folded; end punctuation trimmed."""
    text = text.translate(_TYPOGRAPHY)
    return " ".join(text.casefold().split()).strip(string.punctuation + " «»")


def names(values: tuple[str, ...] | str) -> set[str]:
    """Normalised person names from a truth string or an extractor's list."""
    text = values if isinstance(values, str) else "; ".join(values)
    found = set()
    for part in _SPLIT.split(text):
        part = part.strip()
        if len(part) < 2 or (_POSTNOMINAL.match(part) and len(part) <= 8):
            continue
        found.add(fold(part))
    found.discard("")
    return found


def author_f1(truth: str, got: tuple[str, ...]) -> float:
    want, have = names(truth), names(got)
    if not want:
        return 1.0 if not have else 0.0
    overlap = len(want & have)
    if not overlap:
        return 0.0
    p, r = overlap / len(have), overlap / len(want)
    return 2 * p * r / (p + r)


def as_day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def score(page: WcxbPage, got: Meta) -> dict[str, float]:
    """Per field, 0..1 for the fields this page has truth for ('invented' when it has no date)."""
    result: dict[str, float] = {}
    if page.title.strip():
        result["title"] = float(fold(page.title) == fold(got.title))
    if page.author.strip():
        result["authors"] = author_f1(page.author, got.authors)
    want = as_day(page.date)
    if want is not None:
        result["published"] = float(got.published == want)
    elif not page.date.strip():
        result["invented"] = float(got.published is not None)
    return result
