"""How the HTML reader uses site rules: which rule applies to a page, and the rule's body
as the first candidate, cleaned as its ``prune`` directive says."""

from __future__ import annotations

import copy
import html
import re

from syndicate.reader.body.clean import drop_boilerplate, drop_junk
from syndicate.reader.body.locate import Located
from syndicate.reader.page import Page
from syndicate.reader.siterules.apply import RuleRun
from syndicate.reader.siterules.store import SiteRules
from syndicate.urls import host_and_path, resolve

_TAG_NAME = re.compile(r"<([A-Za-z]+)\s")
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_LOOKS = 5
"""Places a word is looked at for the tag declaring the address (the word may come first
in a script or a comment)."""


def rule_for(rules: SiteRules | None, url: str) -> RuleRun | None:
    """A run of the rule for ``url``'s host, if one applies."""
    if rules is None or not url:
        return None
    rule = rules.for_url(url)
    return RuleRun(rule) if rule is not None else None


def declared_url(page: Page) -> str:
    """The page's own address (``<link rel=canonical>``, else ``og:url``), for a page read
    without a URL or from a host no rule covers (a saved copy, a mirror, an AMP cache)."""
    for link in page.index.tagged("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            href = page.absolute(link.get("href") or "")
            if href:
                return href
    return page.absolute(page.first("og:url"))


def guessed_url(markup: str, page_url: str) -> str:
    """The address ``declared_url`` will most likely read, guessed from the markup before it
    is parsed (so that a rule rewriting the markup rewrites it first): the ``href`` of the
    first ``<link rel=canonical>``, else the first ``og:url``, found as text. A guess: a
    page whose declaration the guess misses or misreads is parsed again once its rule is
    known."""
    href = _declared(markup, "canonical", "link", ("rel",), "href")
    href = href or _declared(markup, "og:url", "meta", ("property", "name", "itemprop"), "content")
    return resolve(page_url, href) if href else ""


def _declared(markup: str, word: str, tag: str, keys: tuple[str, ...], value: str) -> str:
    """The ``value`` attribute of the first ``tag`` whose first present attribute of
    ``keys`` holds ``word`` (as a token), looked for around the first places ``word`` is."""
    at = markup.find(word)
    for _ in range(_LOOKS):
        if at < 0:
            break
        start, end = markup.rfind("<", 0, at), markup.find(">", at)
        name = _TAG_NAME.match(markup, start) if start >= 0 and end >= 0 else None
        if name is not None and name[1].lower() == tag:
            attributes = {
                m[1].lower(): m[2] or m[3] or m[4] or ""
                for m in _ATTRIBUTE.finditer(markup, name.end(), end)
            }
            named = next((attributes[k] for k in keys if attributes.get(k)), "")
            if word in named.lower().split():
                return " ".join(html.unescape(attributes.get(value, "")).split())
        at = markup.find(word, at + len(word))
    return ""


def same_host(one: str, other: str) -> bool:
    """Whether two URLs name the same host (``www.`` aside)."""
    first, _ = host_and_path(one)
    second, _ = host_and_path(other)
    return first.removeprefix("www.") == second.removeprefix("www.")


def rule_body(run: RuleRun, page: Page) -> Located | None:
    """The rule's body as a candidate, or None when its ``body`` XPaths match nothing.

    The ``body`` XPaths select from the page; the rule's strip, dissolve and wrap
    directives then shape copies of what they selected (each copy is its own document, so
    ``//…`` searches the copy), and a stale rule leaves the page whole for detection. With
    ``prune`` (the format's default) the copies are cleaned like any candidate;
    ``prune: no`` removes only scripts, styles, forms, navigation and hidden elements.
    """
    nodes = [copy.deepcopy(node) for node in run.body(page.root, page.index)]
    if not nodes:
        return None
    for node in nodes:
        run.shape(node)
        drop_junk(node)
        if run.rule.flag("prune"):
            drop_boilerplate(node)
    return Located(nodes, f"site-rule:{run.rule.name}")
