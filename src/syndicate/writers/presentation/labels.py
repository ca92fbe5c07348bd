"""The words around an article: its kicker and section, the dek to show, its categories
for feeds, its summary, and the direction of its script."""

from __future__ import annotations

import unicodedata

from syndicate.content import Paragraph, block_text, folded
from syndicate.model import Article

SUMMARY_CHARS = 280

_RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi"}
)
_RTL_SCRIPTS = frozenset({"arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"})
_LTR_SCRIPTS = frozenset({"latn", "cyrl", "grek", "deva", "hans", "hant", "jpan", "kore"})


def kicker(article: Article) -> str:
    """The label over the headline: the kicker, else the section.

    The one kicker/section rule: a kicker is what the page shows over the headline, a
    section is where the article is filed; each stands in for the other when missing.
    """
    return article.kicker or article.section


def section(article: Article) -> str:
    """Where the article is filed (feed category, digest section): the section, else the
    kicker (see ``kicker``)."""
    return article.section or article.kicker


def categories(article: Article) -> tuple[str, ...]:
    """The section first, then the tags, without repeats or blanks."""
    return tuple(dict.fromkeys(t for t in (section(article), *article.tags) if t.strip()))


_OPENING_BLOCKS = 4
"""Blocks at the top of a body in which the dek may stand as a paragraph."""


def dek(article: Article) -> str:
    """The dek to show over the body: none when the body opens with it (a page whose
    description repeats its first paragraph, or shows its standfirst inside the article),
    so that it is read once, in the body."""
    wanted = folded(article.dek)
    if wanted and any(
        isinstance(block, Paragraph) and folded(block_text((block,))) == wanted
        for block in article.body[:_OPENING_BLOCKS]
    ):
        return ""
    return article.dek


def summary(article: Article) -> str:
    """The dek, else the start of the body cut at a word boundary."""
    if article.dek:
        return article.dek
    text = " ".join(article.body_text.split())
    if len(text) <= SUMMARY_CHARS:
        return text
    return text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + "…"


def direction(language: str, sample: str = "") -> str:
    """'rtl' or 'ltr': from the language tag (its script subtag first), else from the
    first strongly directional letter of ``sample``."""
    parts = language.lower().replace("_", "-").split("-")
    script = next((p for p in parts[1:] if len(p) == 4), "")
    if script in _RTL_SCRIPTS:
        return "rtl"
    if script in _LTR_SCRIPTS:
        return "ltr"
    if parts[0]:
        return "rtl" if parts[0] in _RTL_LANGUAGES else "ltr"
    for char in sample:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"
